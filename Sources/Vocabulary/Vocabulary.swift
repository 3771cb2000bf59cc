import Foundation
import Yams

/// The localized words of the guide format: section names, subheadings, attribute keys
/// and enum values in every supported language, mapped to canonical keys.
///
/// Lookups are O(1) in a table of normalized words; every language's words are accepted
/// in every file.
public struct Vocabulary: Sendable {
    /// category → normalized word → canonical key.
    private var lookup: [VocabularyCategory: [String: String]] = [:]
    /// category → canonical key → language → words, as written (for suggestions, labels
    /// and language detection).
    private var words: [VocabularyCategory: [String: [String: [String]]]] = [:]
    /// Derived from the two above once per load (`rebuildDerivedTables`), so that lookups
    /// never normalize or sort the vocabulary's own words again.
    /// category → normalized word → the languages that name it, sorted.
    private var languagesByWord: [VocabularyCategory: [String: [String]]] = [:]
    /// category → every word as written, deduplicated and sorted.
    private var sortedWords: [VocabularyCategory: [String]] = [:]
    /// category → language → its words as written, deduplicated and sorted.
    private var sortedWordsByLanguage: [VocabularyCategory: [String: [String]]] = [:]

    public init() {}

    /// The vocabulary shipped with apg: `Resources/vocabulary.yaml`, compiled in.
    public static let bundled: Vocabulary = {
        // The embedded copy is checked against the data file by a test, so a failure
        // here is a build fault; an empty vocabulary then makes every section unknown,
        // which is loud, rather than stopping the program.
        (try? Vocabulary(yaml: EmbeddedVocabulary.yaml)) ?? Vocabulary()
    }()

    /// Loads the data-file shape: category → key → language → words, with value lists
    /// under `values:`.
    public init(yaml: String) throws {
        guard let root = try VocabularyDataReader.read(yaml) ?? Yams.load(yaml: yaml) as? [String: Any] else {
            throw VocabularyError.malformed("the vocabulary must be a mapping")
        }
        for category in VocabularyCategory.allCases {
            let table: Any? = category.isValueList
                ? (root["values"] as? [String: Any])?[category.rawValue]
                : root[category.rawValue]
            guard let entries = table as? [String: Any] else { continue }
            // Sorted, so that a word listed under two keys maps to the same one in every run.
            for (key, perLanguage) in entries.sorted(by: { $0.key < $1.key }) {
                guard let perLanguage = perLanguage as? [String: Any] else {
                    throw VocabularyError.malformed("\(category.rawValue).\(key) must map languages to word lists")
                }
                for (language, list) in perLanguage.sorted(by: { $0.key < $1.key }) {
                    let list = (list as? [Any])?.map { "\($0)" } ?? [(list as? String)].compactMap { $0 }
                    add(list, for: key, in: category, language: language)
                }
            }
        }
        rebuildDerivedTables()
    }

    /// Adds words: `apg.yaml`'s `vocabulary:` (language → category → key → words).
    public func extended(with extra: [String: [String: [String: [String]]]]) -> Vocabulary {
        // Most workspaces add no words: then the tables are the bundled ones, not rebuilt.
        guard !extra.isEmpty else { return self }
        var copy = self
        // Sorted, so that a word listed under two keys maps to the same one in every run.
        for (language, categories) in extra.sorted(by: { $0.key < $1.key }) {
            for (categoryName, keys) in categories.sorted(by: { $0.key < $1.key }) {
                guard let category = VocabularyCategory(rawValue: categoryName) else { continue }
                for (key, list) in keys.sorted(by: { $0.key < $1.key }) { copy.add(list, for: key, in: category, language: language) }
            }
        }
        copy.rebuildDerivedTables()
        return copy
    }

    private mutating func rebuildDerivedTables() {
        languagesByWord = [:]
        sortedWords = [:]
        sortedWordsByLanguage = [:]
        for (category, keys) in words {
            var languages: [String: Set<String>] = [:]
            var all: Set<String> = []
            var byLanguage: [String: Set<String>] = [:]
            for (key, perLanguage) in keys {
                for (language, list) in perLanguage {
                    all.formUnion(list)
                    byLanguage[language, default: []].formUnion(list)
                    for word in list {
                        let normalized = Vocabulary.normalize(word)
                        // A word some later key took over names that key, not this one.
                        if lookup[category]?[normalized] == key { languages[normalized, default: []].insert(language) }
                    }
                }
            }
            languagesByWord[category] = languages.mapValues { $0.sorted() }
            sortedWords[category] = all.sorted()
            sortedWordsByLanguage[category] = byLanguage.mapValues { $0.sorted() }
        }
    }

    private mutating func add(_ list: [String], for key: String, in category: VocabularyCategory, language: String) {
        for word in list {
            lookup[category, default: [:]][Vocabulary.normalize(word)] = key
        }
        words[category, default: [:]][key, default: [:]][language, default: []].append(contentsOf: list)
    }

    // MARK: Lookups

    /// The canonical key of `text` in `category`, or nil when it is not a known word.
    public func key(_ text: String, in category: VocabularyCategory) -> String? {
        lookup[category]?[Vocabulary.normalize(text)]
    }

    /// Canonical section key (`team`, `organization`, …) of a level-2 heading.
    public func section(_ heading: String) -> String? { key(heading, in: .sections) }

    /// Canonical attribute key (`owner`, `covered-by`, …).
    public func attribute(_ key: String) -> String? { self.key(key, in: .attributes) }

    /// Every known word of a category, as written, sorted (for "did you mean …?").
    public func allWords(in category: VocabularyCategory) -> [String] {
        sortedWords[category] ?? []
    }

    /// Every word of a category in one language, as written, sorted (for "did you mean
    /// …?" in the language of the file it points into).
    public func allWords(in category: VocabularyCategory, language: String) -> [String] {
        sortedWordsByLanguage[category]?[language] ?? []
    }

    /// The canonical keys of a category, sorted.
    public func allKeys(in category: VocabularyCategory) -> [String] {
        (words[category] ?? [:]).keys.sorted()
    }

    /// The words for a canonical key in one language (labels for rendering).
    public func words(for key: String, in category: VocabularyCategory, language: String) -> [String] {
        words[category]?[key]?[language] ?? []
    }

    /// The languages whose words name `text` in `category`, sorted.
    public func languages(of text: String, in category: VocabularyCategory) -> [String] {
        languagesByWord[category]?[Vocabulary.normalize(text)] ?? []
    }

    /// Guesses a file's language from its section headings: the language that names the
    /// most of them exclusively wins; nil when none does.
    public func detectLanguage(headings: [String]) -> String? {
        var scores: [String: Int] = [:]
        for heading in headings {
            let languages = languages(of: heading, in: .sections)
            // A heading shared by many languages ("Team", "Vision") says little.
            guard !languages.isEmpty, languages.count <= 2 else { continue }
            for language in languages { scores[language, default: 0] += 1 }
        }
        return scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    // MARK: Normalization

    /// Folds case and accents, maps `ß` to `ss`, collapses white space and drops trailing
    /// punctuation, so `Maßnahmen:` and `MASSNAHMEN` match.
    public static func normalize(_ text: String) -> String {
        normalizeASCII(text) ?? normalizeUnicode(text)
    }

    /// The same for text that is all ASCII — most keys and headings — by byte, with no
    /// Foundation folding: for ASCII, folding is lowercasing `A`–`Z`. nil for other text.
    static func normalizeASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if asciiWhitespace[Int(byte)] {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            bytes.append(byte.asciiLowercased)
        }
        while let last = bytes.last, asciiPunctuation[Int(last)] || asciiWhitespace[Int(last)] { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Which ASCII bytes are white space and punctuation as `Character` sees them, so the
    /// byte path agrees with `normalizeUnicode` by construction.
    private static let asciiWhitespace: [Bool] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))).isWhitespace }
    private static let asciiPunctuation: [Bool] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))).isPunctuation }

    /// Case, accents and width folded, `ß` as `ss`; white space and punctuation as they were.
    static func foldUnicode(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
    }

    static func normalizeUnicode(_ text: String) -> String {
        // Scalar by scalar where every scalar is tabled: the vocabulary's own words at
        // every start, and most headings.
        collapsingSpaces(in: ScalarFolding.vocabulary.fold(text) ?? foldUnicode(text))
    }

    /// Runs of white space as one space, none at the ends, no trailing punctuation.
    static func collapsingSpaces(in folded: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in folded {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(character)
        }
        while let last = result.last, last.isPunctuation || last.isWhitespace || last == "：" {
            result.removeLast()
        }
        return result
    }
}

public enum VocabularyError: Error, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let message): message
        }
    }
}
