/// The words of one language, for help that quotes what an author should write: a fix in
/// a German file says `Verantwortlich:` and `gefährdet`, not `Owner:` and `at risk`.
///
/// A word missing in the language falls back to English, then to the canonical key, so
/// help is never empty.
public struct LocalizedWords: Sendable {
    public let vocabulary: Vocabulary
    /// The primary language subtag (`de` for `de-AT`).
    public let language: String

    public init(_ vocabulary: Vocabulary, language: String) {
        self.vocabulary = vocabulary
        self.language = language.split(separator: "-").first.map { $0.lowercased() } ?? language.lowercased()
    }

    /// The first word for a canonical key in this language.
    public func word(_ key: String, in category: VocabularyCategory) -> String {
        vocabulary.words(for: key, in: category, language: language).first
            ?? vocabulary.words(for: key, in: category, language: "en").first
            ?? key
    }

    /// An attribute key as written in this language: `Verantwortlich` for `owner`.
    public func attribute(_ key: String) -> String { word(key, in: .attributes) }

    /// A section name as written in this language: `Maßnahmen` for `actions`.
    public func section(_ key: String) -> String { word(key, in: .sections) }

    /// Enum values as written in this language, in the order of `keys`.
    public func values(_ keys: [String], in category: VocabularyCategory) -> [String] {
        keys.map { word($0, in: category) }
    }

    /// Every word of this language in a category (all synonyms), for near-miss search.
    public func allWords(in category: VocabularyCategory) -> [String] {
        vocabulary.words(in: category, language: language)
    }
}

extension Vocabulary {
    /// Every word of one language in a category, sorted.
    public func words(in category: VocabularyCategory, language: String) -> [String] {
        allKeys(in: category).flatMap { words(for: $0, in: category, language: language) }.sorted()
    }
}
