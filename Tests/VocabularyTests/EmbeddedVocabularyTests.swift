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

/// The natural-inputs data file has its embedded copy too, and covers what the issue asks.
@Suite struct NaturalInputsTests {
    @Test func theEmbeddedCopyIsTheDataFile() throws {
        let dataFile = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Vocabulary/Resources/natural-inputs.yaml")
        let text = try String(contentsOf: dataFile, encoding: .utf8)
        #expect(EmbeddedNaturalInputs.yaml + "\n" == text || EmbeddedNaturalInputs.yaml == text, "run scripts/embed-vocabulary")
    }

    @Test func countryNamesInEveryLanguageGiveTheirCode() {
        let inputs = NaturalInputs.bundled
        #expect(inputs.countryCode(forName: "Österreich") == "AT")
        #expect(inputs.countryCode(forName: "OSTERREICH") == "AT")
        #expect(inputs.countryCode(forName: "Allemagne") == "DE")
        #expect(inputs.countryCode(forName: "中国") == "CN")
        #expect(inputs.countryCode(forName: "Estados Unidos") == "US")
        #expect(inputs.countryCode(forName: "Stati Uniti") == "US")
        #expect(inputs.countryCode(forName: "アメリカ") == "US")
        #expect(inputs.countryCode(forName: "Norway") == "NO", "a bare NO in YAML must not turn into false")
        #expect(inputs.countryCode(forName: "Atlantis") == nil)
        #expect(inputs.countryCodesCovered.count >= 60)
    }

    @Test func everyCountryIsNamedInAllEightLanguages() throws {
        let dataFile = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Vocabulary/Resources/natural-inputs.yaml")
        let lines = try String(contentsOf: dataFile, encoding: .utf8).split(separator: "\n")
        let countryLines = lines.filter { $0.hasPrefix("  '") }
        #expect(countryLines.count >= 60)
        for line in countryLines {
            for language in ["en", "de", "fr", "es", "it", "pt", "ja", "zh"] {
                #expect(line.contains(" \(language): ["), "\(line) lacks \(language)")
            }
        }
    }
}
