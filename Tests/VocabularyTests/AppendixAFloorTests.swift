import Foundation
import Testing
@testable import Vocabulary

/// The spec's Appendix A is the floor every implementation must know. The fixture is a
/// verbatim copy of its tables; every word of every listed language must resolve to
/// the row's canonical key, through the same lookup the front end uses.
@Suite struct AppendixAFloorTests {
    struct Expectation: CustomStringConvertible {
        let category: VocabularyCategory
        let key: String
        let language: String
        let word: String
        var description: String { "\(category.rawValue).\(key).\(language): '\(word)'" }
    }

    static func expectations() throws -> [Expectation] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/appendix-a.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [Expectation] = []
        // Tables follow a bold caption ("**Sections**", "**Attribute keys**", "**Values:**").
        for block in text.components(separatedBy: "\n**").dropFirst() {
            let rows = block.split(separator: "\n").filter { $0.hasPrefix("|") }.map(cells)
            guard let header = rows.first else { continue }
            let languages = Array(header.dropFirst())
            for row in rows.dropFirst(2) {
                if block.hasPrefix("Sections") {
                    let isSubheading = row[0].hasPrefix("(subheading) ")
                    let key = row[0].replacingOccurrences(of: "(subheading) ", with: "")
                    for (language, word) in zip(languages, row.dropFirst()) {
                        result.append(Expectation(category: isSubheading ? .subheadings : .sections, key: key, language: language, word: word))
                    }
                } else if block.hasPrefix("Attribute keys") {
                    for (language, cell) in zip(languages, row.dropFirst()) {
                        for word in list(cell) {
                            result.append(Expectation(category: .attributes, key: row[0], language: language, word: word))
                        }
                    }
                } else if block.hasPrefix("Values") {
                    let category = try #require(VocabularyCategory(rawValue: row[0].replacingOccurrences(of: " ", with: "-")), "unknown list \(row[0])")
                    // The English words name the keys: "on track (in progress)" is on-track.
                    let keys = list(row[1]).map { alternatives($0)[0].replacingOccurrences(of: " ", with: "-") }
                    for (language, cell) in zip(languages, row.dropFirst()) {
                        let words = list(cell)
                        #expect(words.count == keys.count, "\(row[0]) \(language)")
                        for (key, word) in zip(keys, words) {
                            for alternative in alternatives(word) {
                                result.append(Expectation(category: category, key: key, language: language, word: alternative))
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    private static func cells(_ row: Substring) -> [String] {
        row.trimmingCharacters(in: CharacterSet(charactersIn: "|"))
            .components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func list(_ cell: String) -> [String] {
        cell.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// "im Plan (in Arbeit)" → ["im Plan", "in Arbeit"].
    private static func alternatives(_ word: String) -> [String] {
        word.components(separatedBy: CharacterSet(charactersIn: "()"))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func theFixtureCoversEveryTable() throws {
        let expectations = try Self.expectations()
        let categories = Set(expectations.map(\.category))
        #expect(categories == Set(VocabularyCategory.allCases))
        #expect(Set(expectations.filter { $0.category == .sections }.map(\.language)) == ["en", "de", "fr", "es", "it", "pt", "ja", "zh"])
        #expect(expectations.count > 400)
    }

    @Test func everyWordOfAppendixAIsRecognised() throws {
        let vocabulary = Vocabulary.bundled
        let unrecognised = try Self.expectations().filter { vocabulary.key($0.word, in: $0.category) != $0.key }
        #expect(unrecognised.map(\.description) == [])
    }

    @Test func wordsAreRecognisedInAnyCaseWithTrailingPunctuation() throws {
        let vocabulary = Vocabulary.bundled
        let unrecognised = try Self.expectations().filter {
            vocabulary.key($0.word.uppercased() + ":", in: $0.category) != $0.key
        }
        #expect(unrecognised.map(\.description) == [])
    }
}
