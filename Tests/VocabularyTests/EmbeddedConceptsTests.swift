import Foundation
import Testing
@testable import Vocabulary

/// concepts.yaml is assembled from its parts and compiled in; this keeps the three the same
/// and checks the contract every entry follows.
@Suite struct EmbeddedConceptsTests {
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Vocabulary/Resources")

    @Test func theEmbeddedCopyIsTheAssembledDataFile() throws {
        let text = try String(contentsOf: Self.resources.appendingPathComponent("concepts.yaml"), encoding: .utf8)
        #expect(EmbeddedConcepts.yaml + "\n" == text, "run scripts/embed-concepts")
        let parts = try FileManager.default.contentsOfDirectory(atPath: Self.resources.path)
            .filter { $0.hasPrefix("concepts-part-") && $0.hasSuffix(".yaml") }.sorted()
        #expect(!parts.isEmpty)
        for part in parts {
            let partText = try String(contentsOf: Self.resources.appendingPathComponent(part), encoding: .utf8)
            let body = partText.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { $0.trimmingCharacters(in: .whitespaces) != "concepts:" }.joined(separator: "\n")
            #expect(text.contains(body), "\(part) is not in concepts.yaml: run scripts/embed-concepts")
        }
    }

    @Test func everyConceptHasAllEightLanguagesAndAKnownCategory() {
        let lexicon = ConceptLexicon.bundled
        #expect(lexicon.concepts.count >= 150)
        let categories: Set<String> = ["commercial", "supply", "technical", "operations", "organization", "digital", "time"]
        for concept in lexicon.concepts.values.sorted(by: { $0.id < $1.id }) {
            #expect(Set(concept.words.keys) == ["en", "de", "fr", "es", "it", "pt", "ja", "zh"], "\(concept.id)")
            #expect(concept.category.map(categories.contains) == true, "\(concept.id): \(concept.category ?? "no category")")
        }
    }
}
