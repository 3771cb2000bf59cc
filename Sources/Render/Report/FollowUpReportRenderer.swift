import APGJSON
import Compiler

/// Renders a follow-up report: `follow-up-report.html`, `follow-up-report.md`,
/// `report.json` and, on request, one sheet per owner. Never writes; `OutputWriter` does.
public struct FollowUpReportRenderer: Sendable {
    public var includeSheets: Bool
    /// The language of the words, numbers and dates (`report.json` is the same in all).
    public let language: String

    /// An English report.
    public init(includeSheets: Bool = false) {
        self.includeSheets = includeSheets
        language = "en"
    }

    /// A report in `language` (`--lang`), which must have report words, or without one
    /// in `fallbackLanguage` (the global file's) when it has, else in English.
    public init(includeSheets: Bool = false, language: String?, fallbackLanguage: String) throws {
        self.includeSheets = includeSheets
        self.language = try ReportLocale.resolve(requested: language, fallback: fallbackLanguage).language
    }

    /// The languages a report can be written in.
    public static var languages: [String] { ReportLocale.languages }

    public func render(_ report: FollowUpReport) -> [OutputFile] {
        let locale = ReportLocale(language: language)
        let document = FollowUpReportDocument.make(report, locale: locale)
        var files = [
            OutputFile(path: "follow-up-report.html", text: ReportHTMLWriter.write(document)),
            OutputFile(path: "follow-up-report.md", text: ReportMarkdownWriter.write(document)),
            OutputFile(path: "report.json", text: JSONWriter.serialize(FollowUpReportJSON.value(for: report))),
        ]
        if includeSheets { files += OwnerSheets.files(for: report, locale: locale) }
        return files
    }
}
