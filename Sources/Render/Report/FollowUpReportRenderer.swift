import APGJSON
import Compiler

/// Renders a follow-up report: `follow-up-report.html`, `follow-up-report.md`,
/// `report.json` and, on request, one sheet per owner. Never writes; `OutputWriter` does.
public struct FollowUpReportRenderer: Sendable {
    public var includeSheets: Bool

    public init(includeSheets: Bool = false) {
        self.includeSheets = includeSheets
    }

    public func render(_ report: FollowUpReport) -> [OutputFile] {
        let document = FollowUpReportDocument.make(report)
        var files = [
            OutputFile(path: "follow-up-report.html", text: ReportHTMLWriter.write(document)),
            OutputFile(path: "follow-up-report.md", text: ReportMarkdownWriter.write(document)),
            OutputFile(path: "report.json", text: JSONWriter.serialize(FollowUpReportJSON.value(for: report))),
        ]
        if includeSheets { files += OwnerSheets.files(for: report) }
        return files
    }
}
