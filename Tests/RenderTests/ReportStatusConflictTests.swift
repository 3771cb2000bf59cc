import APGJSON
import Compiler
import Diagnostics
import Foundation
import PlanModel
@testable import Render
import Testing

/// The follow-up report shows an action whose `Status:` and latest history line
/// disagree, in every format (spec §5, v1.1).
@Suite struct ReportStatusConflictTests {
    static func date(_ text: String) -> PlanDate { (try? PlanDate.parse(text).get()) ?? PlanDate(dayNumber: 0) }

    static func report(asOf: String = "2027-02-01") -> FollowUpReport {
        var model = AccountModel(account: "Kessler Group")
        model.sources = [SourceFileInfo(path: "at.md", country: "AT", region: nil, language: "de", updated: nil, authors: [], isGlobal: false)]
        var conflicting = ActionItem(id: "AT-A1", title: "Technologietag", idSource: .code, location: SourceLocation(file: "at.md", line: 10, column: 1))
        conflicting.status = .open
        conflicting.owners = [PersonRef(handle: "esteiner", location: conflicting.location)]
        conflicting.history = [
            HistoryEntry(date: date("2027-01-09"), status: .atRisk, text: "Termin verschoben", location: SourceLocation(file: "at.md", line: 14, column: 5)),
        ]
        var agreeing = ActionItem(id: "AT-A2", title: "Einkauf", idSource: .code, location: SourceLocation(file: "at.md", line: 20, column: 1))
        agreeing.status = .onTrack
        agreeing.history = [HistoryEntry(date: date("2027-01-09"), status: .onTrack, text: "gebucht", location: SourceLocation(file: "at.md", line: 24, column: 5))]
        model.actions = [conflicting, agreeing]
        let asOf = date(asOf)
        return FollowUpReport(account: model.account, asOf: asOf, status: FollowUpStatus(model: model, asOf: asOf, dueSoonDays: 30))
    }

    @Test func theStatusShownIsStatusAndTheConflictIsKept() throws {
        let status = Self.report().status
        #expect(status.actions.map(\.status) == [.open, .onTrack])
        #expect(status.statusConflicts.map(\.id) == ["AT-A1"])
        #expect(status.actions[0].statusConflict?.summary == "Status says open, history 2027-01-09 says at risk")
    }

    @Test func aConflictBeforeLaterNewsIsNotShown() {
        // On 2027-01-05 the 2027-01-09 line is later news: the history decides, nothing disagrees.
        #expect(Self.report(asOf: "2027-01-05").status.statusConflicts.isEmpty)
    }

    @Test func htmlAndMarkdownShowTheConflict() throws {
        let files = FollowUpReportRenderer().render(Self.report())
        for name in ["follow-up-report.html", "follow-up-report.md"] {
            let text = try #require(files.first { $0.path == name }.map { String(decoding: $0.contents, as: UTF8.self) })
            #expect(text.contains("Status conflicts"), "\(name)")
            #expect(text.contains("status conflict: Status says open, history 2027-01-09 says at risk"), "\(name)")
            #expect(text.contains("1 action whose Status disagrees with the latest history line"), "\(name)")
        }
    }

    @Test func reportJSONCarriesTheConflictAndValidates() throws {
        let value = FollowUpReportJSON.value(for: Self.report())
        #expect(value["statusConflicts"] == ["AT-A1"])
        let details = try #require(value["actionDetails"]?.arrayValue)
        #expect(details[0]["statusConflict"] == [
            "status": "open", "historyStatus": "at-risk", "historyDate": "2027-01-09", "historyLine": 14,
            "summary": "Status says open, history 2027-01-09 says at risk",
        ])
        #expect(details[1]["statusConflict"] == .null)
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/report.schema.json").standardizedFileURL
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8))
        let errors = validator.validate(try JSONParser.parse(JSONWriter.serialize(value)))
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func withoutConflictsTheReportHasNoSuchSection() throws {
        var report = Self.report()
        report.status = FollowUpStatus(model: AccountModel(account: "Kessler Group"), asOf: report.asOf, dueSoonDays: 30)
        let markdown = try #require(FollowUpReportRenderer().render(report).first { $0.path == "follow-up-report.md" })
        #expect(!String(decoding: markdown.contents, as: UTF8.self).contains("Status conflicts"))
    }
}
