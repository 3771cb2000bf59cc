/// The follow-up report's sentences in the languages besides English, keyed by the
/// English sentence (`ReportLocale`); one file per language (`ReportWords+French.swift`).
/// A test renders a report with every section in each language and finds no English
/// sentence left in it, and checks every table has every German key.
enum ReportWords {
    /// The tables by base language code; English needs none.
    static let tables: [String: ReportWordTable] = [
        "de": ReportWordTable(sentences: german, nouns: germanNouns),
        "fr": ReportWordTable(sentences: french, nouns: frenchNouns, zeroIsSingular: true),
        "es": ReportWordTable(sentences: spanish, nouns: spanishNouns),
        "it": ReportWordTable(sentences: italian, nouns: italianNouns),
        "pt": ReportWordTable(sentences: portuguese, nouns: portugueseNouns),
        "ja": ReportWordTable(sentences: japanese, nouns: japaneseNouns),
        "zh": ReportWordTable(sentences: chinese, nouns: chineseNouns),
    ]
}

/// One language's report words.
struct ReportWordTable {
    let sentences: [String: String]
    /// Singular and plural of the nouns `ReportLocale.count` counts. A form with `{0}`
    /// places the number itself, for languages that count with a counter word
    /// (`{0}件のアクション`) rather than a plural.
    let nouns: [String: (one: String, other: String)]
    /// French says `0 action`, English `0 actions`.
    var zeroIsSingular = false
}
