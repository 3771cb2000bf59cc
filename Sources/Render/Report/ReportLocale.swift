import Compiler
import PlanModel

/// The follow-up report's words, numbers and dates in one language. Sentences are
/// looked up by their English text (`ReportWords`), so English needs no table and a
/// missing translation shows the English sentence rather than nothing; `{0}`, `{1}` are
/// filled in after the lookup.
struct ReportLocale {
    /// A language with report words (`en`, `de`, `fr`, …).
    let language: String
    let format: LocalizedFormat
    private let table: ReportWordTable?

    static let languages = (Array(ReportWords.tables.keys) + ["en"]).sorted()

    /// The report's language: `requested` (`--lang`) must have report words; without
    /// one, `fallback` (the global file's language) when it has, else English.
    static func resolve(requested: String?, fallback: String) throws -> ReportLocale {
        if let requested {
            let base = WorkbookLanguage.base(requested)
            guard languages.contains(base) else {
                throw RenderError.unknownReportLanguage(requested, available: languages)
            }
            return ReportLocale(language: base)
        }
        let base = WorkbookLanguage.base(fallback)
        return ReportLocale(language: languages.contains(base) ? base : "en")
    }

    init(language: String = "en") {
        self.language = language
        format = LocalizedFormat(language: language)
        table = ReportWords.tables[language]
    }

    /// A sentence in the report's language, `{0}`… replaced by `arguments`.
    func callAsFunction(_ english: String, _ arguments: String...) -> String {
        var text = table?.sentences[english] ?? english
        for (index, argument) in arguments.enumerated() {
            text = text.replacing("{\(index)}", with: argument)
        }
        return text
    }

    /// `3 actions`, `1 Maßnahme`, `3件のアクション`.
    func count(_ number: Int, _ noun: String) -> String {
        let forms = table?.nouns[noun]
        let isOne = number == 1 || (number == 0 && table?.zeroIsSingular == true)
        let word = isOne ? forms?.one ?? noun : forms?.other ?? noun + "s"
        let figure = format.integer(number)
        return word.contains("{0}") ? word.replacing("{0}", with: figure) : "\(figure) \(word)"
    }

    /// A status in the report's language: the vocabulary's first word for it, which is
    /// what authors write (`gefährdet`), so a German report never says "at risk".
    func status(_ status: ActionStatus) -> String {
        language == "en" ? status.label : WorkbookLanguage.statusWord(status.rawValue, language: language)
    }

    func rag(_ rag: RAGStatus) -> String {
        switch rag {
        case .red: self("red")
        case .amber: self("amber")
        case .green: self("green")
        }
    }

    func date(_ date: PlanDate) -> String { format.date(date) }

    func number(_ number: Int) -> String { format.integer(number) }
}
