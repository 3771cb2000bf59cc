import APGJSON
import Compiler
import Diagnostics
import Foundation
import PlanModel
@testable import Render
import Testing

@Suite("Follow-up report rendering")
struct ReportRendererTests {
    static func date(_ text: String) -> PlanDate { (try? PlanDate.parse(text).get()) ?? PlanDate(dayNumber: 0) }

    /// A report whose titles carry markup, to prove it is escaped everywhere.
    static func report() -> FollowUpReport {
        var model = AccountModel(account: "Bosch <Group> & Co")
        let location = SourceLocation(file: "global.md", line: 12, column: 1)
        model.sources = [SourceFileInfo(path: "global.md", country: nil, region: nil, language: "en", updated: nil, authors: [], isGlobal: true)]
        var action = ActionItem(id: "A1", title: "<script>alert(\"x\")</script> | pipe", idSource: .code, location: location)
        action.owners = [PersonRef(handle: "j.weber", location: location), PersonRef(handle: "../evil", location: location)]
        action.due = date("2027-03-01")
        action.milestones = [Milestone(date: date("2027-02-01"), title: "agenda <b>agreed</b>", location: location)]
        model.actions = [action]
        var goal = Goal(id: "G1", title: "Grow", idSource: .code, location: location)
        goal.baseline = Quantity(value: 6, text: "6")
        goal.target = Quantity(value: 12, text: "12")
        goal.current = Quantity(value: 9, text: "9")
        model.goals = [goal]
        let asOf = date("2027-03-31")
        var changes = PlanChanges()
        changes.dueMoves = [PlanChanges.DateMove(actionID: "A1", from: date("2027-02-01"), to: date("2027-03-01"))]
        return FollowUpReport(
            account: model.account, asOf: asOf,
            status: FollowUpStatus(model: model, asOf: asOf, dueSoonDays: 30),
            baseline: .init(kind: .revision, name: "v1", commit: "0123456789abcdef0123456789abcdef01234567"),
            changes: changes,
            trend: [
                FollowUpTrendPoint(revision: "aaaaaaaa", date: "2027-01-10", total: 3, done: 0, dropped: 0, overdue: 0, slipDays: 0),
                FollowUpTrendPoint(revision: "<bbbbbbb", date: "2027-02-10", total: 3, done: 2, dropped: 0, overdue: 1, slipDays: 28),
            ]
        )
    }

    static func file(_ files: [OutputFile], _ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }

    @Test("the HTML report escapes every text from the guides and is self-contained")
    func htmlEscaping() throws {
        let html = try #require(Self.file(FollowUpReportRenderer().render(Self.report()), "follow-up-report.html"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("agenda &lt;b&gt;agreed&lt;/b&gt;"))
        #expect(html.contains("Bosch &lt;Group&gt; &amp; Co"))
        #expect(html.contains("&lt;bbbbbbb"))
        #expect(html.contains("<style>") && !html.contains("<link") && !html.contains("src=\"http"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<polyline points=\""))
    }

    @Test("the Markdown report escapes table pipes and markup")
    func markdownEscaping() throws {
        let markdown = try #require(Self.file(FollowUpReportRenderer().render(Self.report()), "follow-up-report.md"))
        #expect(markdown.contains("\\<script\\>alert(\"x\")\\</script\\> \\| pipe"))
        #expect(markdown.hasPrefix("# Follow-up report: Bosch \\<Group\\> & Co\n\nAs of 2027-03-31 · changes since v1 (01234567)\n"))
        #expect(markdown.contains("| A1 | 2027-02-01 | 2027-03-01 | +28 |"))
    }

    @Test("report.json has exactly the keys its schema requires")
    func jsonMatchesSchema() throws {
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/report.schema.json").standardizedFileURL
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let required = try #require(schema["required"] as? [String])
        let properties = try #require(schema["properties"] as? [String: Any])

        let value = FollowUpReportJSON.value(for: Self.report())
        guard case .object(let members) = value else {
            Issue.record("report.json is not an object")
            return
        }
        let keys = members.map(\.key)
        #expect(Set(required).isSubset(of: Set(keys)))
        #expect(Set(keys).isSubset(of: Set(properties.keys)))
        #expect(keys.first == "version")
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8))
        let errors = validator.validate(try JSONParser.parse(JSONWriter.serialize(value)))
        #expect(errors.isEmpty, "\(errors)")
        #expect(!validator.isValid(["version": 1]), "the schema must reject a report without its keys")
        #expect(value["overdue"] == ["A1"])
        #expect(value["slipped"] == [["id": "A1", "from": "2027-02-01", "to": "2027-03-01", "days": 28]])
        #expect(value["goals"]?.arrayValue?.first?["metricProgress"] == .number(0.5))
        #expect(value["milestones"] == [["id": "A1", "title": "agenda <b>agreed</b>", "date": "2027-02-01", "daysLate": 58]])
    }

    @Test("owner sheets get safe file names and the dated line to add")
    func sheets() throws {
        let files = FollowUpReportRenderer(includeSheets: true).render(Self.report())
        #expect(files.map(\.path).filter { $0.hasPrefix("sheets/") }.sorted() == ["sheets/-evil.md", "sheets/j.weber.md"])
        let sheet = try #require(Self.file(files, "sheets/j.weber.md"))
        #expect(sheet.contains("overdue by 30 days"))
        #expect(sheet.contains("- Status: on track\n- 2027-03-31: on track — …\n"))
        #expect(sheet.contains("Milestone passed: 2027-02-01"))
        #expect(OwnerSheets.fileName(for: ".hidden") == "hidden")
        #expect(OwnerSheets.fileName(for: "Ü") == "-")
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        #expect(FollowUpReportRenderer(includeSheets: true).render(Self.report()) == FollowUpReportRenderer(includeSheets: true).render(Self.report()))
    }
}
