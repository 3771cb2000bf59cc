import Foundation
import Testing
import Yams
@testable import Vocabulary

/// The vocabulary is read without a YAML parser and its lookups run on tables built once
/// at load: both must give exactly what the straightforward code gave.
@Suite struct VocabularyTablesTests {
    @Test func theLineReaderAcceptsTheBundledData() throws {
        let read = try #require(VocabularyDataReader.read(EmbeddedVocabulary.yaml), "the reader must accept vocabulary.yaml, or every start pays for YAML parsing")
        let parsed = try #require(try Yams.load(yaml: EmbeddedVocabulary.yaml) as? [String: Any])
        #expect(Self.canonical(read) == Self.canonical(parsed))
    }

    @Test(arguments: [
        "sections:\n  team: { en: [Team], de: &a [Team] }\n",
        "sections:\n  team: { en: [yes, Team] }\n",
        "sections:\n  team: { en: [2027] }\n",
        "sections:\n  team:\n    en: [Team]\n",
        "sections:\n  team: { en: [\"a\\\"b\"] }\n",
        "sections:\n  team: { en: [Team] } # trailing\n",
        "sections:\n  team: { en: [Team], en: [Other] }\n",
    ])
    func textOutsideTheShapeIsLeftToYAML(_ text: String) {
        #expect(VocabularyDataReader.read(text) == nil)
    }

    @Test func quotedWordsKeepTheirColons() throws {
        let read = try #require(VocabularyDataReader.read("sections:\n  stakeholders: { de: [\"Ansprechpartner:innen\", Kontakte] }\nvalues:\n  stance:\n    neutral: { en: [neutral] }\n"))
        #expect(Self.canonical(read) == "sections.stakeholders.de=Ansprechpartner:innen|Kontakte\nvalues.stance.neutral.en=neutral")
    }

    @Test func theASCIIPathAgreesWithFoundationFolding() {
        var samples = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
        samples += ["  Next  Steps:  ", "MASSNAHMEN", "Owner :", "To-dos", "Goals & Strategies!?", "a\r\nb", "\t\u{0B}x\u{0C}", "x...", "[x]", "(note)", "100%", "$", "a_", "~", "`x`", "#", "x\u{1F}"]
        for sample in samples {
            #expect(Vocabulary.normalizeASCII(sample) == Vocabulary.normalizeUnicode(sample), "\(sample.debugDescription)")
        }
        #expect(Vocabulary.normalizeASCII("Maßnahmen") == nil)
        #expect(Vocabulary.normalize("Maßnahmen:") == Vocabulary.normalize("MASSNAHMEN"))
    }

    @Test func languagesAndWordListsMatchTheirDefinitions() {
        let vocabulary = Vocabulary.bundled
        for category in VocabularyCategory.allCases {
            let everyWord = vocabulary.allKeys(in: category).flatMap { key in
                ["en", "de", "fr", "es", "it", "pt", "ja", "zh"].flatMap { vocabulary.words(for: key, in: category, language: $0) }
            }
            #expect(vocabulary.allWords(in: category) == Set(everyWord).sorted())
            for word in everyWord {
                let normalized = Vocabulary.normalize(word)
                let key = vocabulary.key(word, in: category)
                let expected = ["de", "en", "es", "fr", "it", "ja", "pt", "zh"].filter { language in
                    key.map { vocabulary.words(for: $0, in: category, language: language).contains { Vocabulary.normalize($0) == normalized } } ?? false
                }
                #expect(vocabulary.languages(of: word, in: category) == expected, "\(category) \(word)")
            }
        }
        let extended = vocabulary.extended(with: ["de": ["sections": ["actions": ["Tätigkeiten"]]]])
        #expect(extended.languages(of: "Tätigkeiten", in: .sections) == ["de"])
        #expect(extended.allWords(in: .sections, language: "de").contains("Tätigkeiten"))
        #expect(!vocabulary.allWords(in: .sections, language: "de").contains("Tätigkeiten"))
    }

    /// `category.key.language=word|word` lines, sorted: the shape both readers give.
    static func canonical(_ root: [String: Any]) -> String {
        var lines: [String] = []
        func walk(_ value: Any, _ path: String) {
            if let map = value as? [String: Any] {
                for (key, inner) in map { walk(inner, path.isEmpty ? key : "\(path).\(key)") }
            } else if let list = value as? [Any] {
                lines.append("\(path)=\(list.map { "\($0)" }.joined(separator: "|"))")
            } else {
                lines.append("\(path)=?\(value)")
            }
        }
        walk(root, "")
        return lines.sorted().joined(separator: "\n")
    }
}
