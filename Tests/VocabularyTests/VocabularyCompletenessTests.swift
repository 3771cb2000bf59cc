import Foundation
import Testing
import Yams
@testable import Vocabulary

/// Checks the shipped data file itself: every key speaks every supported language, and
/// no word is claimed by two keys of one category (the lookup table would silently keep
/// only the last one).
@Suite struct VocabularyCompletenessTests {
    static let languages = ["en", "de", "fr", "es", "it", "pt", "ja", "zh"]

    /// category name → key → language → words, read straight from the resource file.
    static func tables() throws -> [String: [String: [String: [String]]]] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Vocabulary/Resources/vocabulary.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        var tables: [String: [String: [String: [String]]]] = [:]
        for category in VocabularyCategory.allCases {
            let raw = category.isValueList
                ? (root["values"] as? [String: Any])?[category.rawValue]
                : root[category.rawValue]
            let entries = try #require(raw as? [String: Any], "missing category \(category.rawValue)")
            for (key, perLanguage) in entries {
                let perLanguage = try #require(perLanguage as? [String: Any], "\(category.rawValue).\(key)")
                for (language, list) in perLanguage {
                    tables[category.rawValue, default: [:]][key, default: [:]][language] = (list as? [Any])?.map { "\($0)" } ?? []
                }
            }
        }
        return tables
    }

    @Test func everyKeyHasWordsInEveryLanguage() throws {
        var missing: [String] = []
        for (category, keys) in try Self.tables() {
            for (key, perLanguage) in keys {
                for language in Self.languages where (perLanguage[language] ?? []).isEmpty {
                    missing.append("\(category).\(key).\(language)")
                }
            }
        }
        #expect(missing.sorted() == [])
    }

    @Test func noWordMapsToTwoKeysInOneCategory() throws {
        var clashes: [String] = []
        for (category, keys) in try Self.tables() {
            var owner: [String: String] = [:]
            for key in keys.keys.sorted() {
                for word in Set(keys[key, default: [:]].values.flatMap { $0 }.map(Vocabulary.normalize)) {
                    if let other = owner[word], other != key {
                        clashes.append("\(category): '\(word)' is both \(other) and \(key)")
                    }
                    owner[word] = key
                }
            }
        }
        #expect(clashes.sorted() == [])
    }

    @Test(arguments: [
        ("Responsabile", "owner"), ("Responsável", "owner"), ("責任者", "owner"), ("Scadenza", "due"),
        ("Prazo", "due"), ("期限", "due"), ("優先度", "priority"), ("Prioridade", "priority"), ("Priorità", "priority"),
    ])
    func italianPortugueseJapaneseAttributes(word: String, key: String) {
        #expect(Vocabulary.bundled.attribute(word) == key)
    }

    @Test func italianPortugueseJapaneseValues() {
        let vocabulary = Vocabulary.bundled
        #expect(vocabulary.key("alta", in: .priority) == "high")
        #expect(vocabulary.key("em andamento", in: .actionStatus) == "on-track")
        #expect(vocabulary.key("却下", in: .strategyStatus) == "rejected")
        #expect(vocabulary.key("子会社", in: .unitType) == "subsidiary")
        #expect(vocabulary.key("意思決定者", in: .buyingRole) == "decision-maker")
    }
}
