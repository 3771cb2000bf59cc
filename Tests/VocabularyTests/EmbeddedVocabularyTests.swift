import Foundation
import Testing
@testable import Vocabulary

/// The binary carries a copy of the vocabulary data file; this keeps the two the same.
@Suite struct EmbeddedVocabularyTests {
    @Test func theEmbeddedCopyIsTheDataFile() throws {
        let dataFile = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Vocabulary/Resources/vocabulary.yaml")
        let text = try String(contentsOf: dataFile, encoding: .utf8)
        // The generator writes the file and then the closing delimiter on its own line.
        #expect(EmbeddedVocabulary.yaml + "\n" == text || EmbeddedVocabulary.yaml == text, "run scripts/embed-vocabulary")
    }

    @Test func theBundledVocabularyLoads() {
        #expect(Vocabulary.bundled.section("Kundenorganisation") == "organization")
        #expect(Vocabulary.bundled.allWords(in: .sections).count > 40)
    }
}
