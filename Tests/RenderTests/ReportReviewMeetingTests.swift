import APGJSON
import Compiler
import Diagnostics
import Foundation
import PlanModel
@testable import Render
import Testing

/// The follow-up report as the review meeting reads it: at-risk first, red/amber/green
/// by a stated rule, owners' countries, the baseline by date, in German on request.
@Suite struct ReportReviewMeetingTests {
    static func date(_ text: String) -> PlanDate { ReportRendererTests.date(text) }

    static func report() -> FollowUpReport {
        var model = AccountModel(account: "Kessler Group")
        model.sources = [
            SourceFileInfo(path: "global.md", country: nil, region: nil, language: "en", updated: nil, authors: [], isGlobal: true),
            SourceFileInfo(path: "de.md", country: "DE", region: nil, language: "de-DE", updated: nil, authors: [], isGlobal: false),
        ]
        var anna = Member(id: "amueller", title: "Anna Müller", location: SourceLocation(file: "global.md", line: 3, column: 1))
        anna.country = "FR"
        model.team = [anna]
        func action(_ id: String, file: String = "global.md", due: String, status: ActionStatus? = nil, history: [HistoryEntry] = []) -> ActionItem {
            let location = SourceLocation(file: file, line: 10 + model.actions.count, column: 1)
            var action = ActionItem(id: id, title: "Action \(id)", idSource: .code, location: location)
            action.owners = [PersonRef(handle: "amueller", location: location)]
            action.strategy = Reference(id: "S1", location: location)
            action.due = date(due)
            action.status = status
            action.history = history
            return action
        }
        var goal = Goal(id: "G1", title: "Grow", idSource: .code, location: SourceLocation(file: "global.md", line: 5, column: 1))
        goal.metric = "revenue"
        goal.target = Quantity(value: 2_500_000, unit: "EUR", text: "EUR 2.5M")
        model.goals = [goal]
        var strategy = Strategy(id: "S1", title: "Partner", idSource: .code, location: SourceLocation(file: "global.md", line: 6, column: 1))
        strategy.goal = Reference(id: "G1", location: strategy.location)
        model.strategies = [strategy]
        let atRisk = HistoryEntry(date: date("2027-03-20"), status: .atRisk, text: "Lieferant zögert", location: SourceLocation(file: "de.md", line: 30, column: 1))
        model.actions = [
            action("A1", due: "2027-06-30"),
            action("A2", file: "de.md", due: "2027-05-31", history: [atRisk]),
            action("A3", due: "2027-02-01", status: .dropped),
        ]
        let asOf = date("2027-03-31")
        return FollowUpReport(
            account: model.account, asOf: asOf,
            status: FollowUpStatus(model: model, asOf: asOf, dueSoonDays: 30),
            baseline: .init(kind: .revision, name: "HEAD~1", commit: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", date: "2026-10-15"),
            changes: PlanChanges(),
            trend: [
                FollowUpTrendPoint(revision: "aaaaaaaa", date: "2027-01-10", total: 3, done: 0, dropped: 0, overdue: 0, slipDays: 0),
                FollowUpTrendPoint(revision: "bbbbbbbb", date: "2027-02-10", total: 2, done: 0, dropped: 1, overdue: 0, slipDays: 5, hasErrors: true),
            ]
        )
    }

    static func files(language: String?, sheets: Bool = false) throws -> [OutputFile] {
        try FollowUpReportRenderer(includeSheets: sheets, language: language, fallbackLanguage: "en").render(report())
    }

    @Test func atRiskAndBlockedComeFirst() throws {
        let markdown = try #require(ReportRendererTests.file(try Self.files(language: nil), "follow-up-report.md"))
        let sections = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(sections.first == "## At risk and blocked")
        #expect(sections.dropFirst().first == "## Summary")
        #expect(markdown.contains("| A2 | Action A2 | at risk | @amueller | 2027-05-31 | FR | 2027-03-20: at risk — Lieferant zögert |"))
    }

    @Test func sinceIsTheBaselineDateAndShortHash() throws {
        let markdown = try #require(ReportRendererTests.file(try Self.files(language: nil), "follow-up-report.md"))
        #expect(markdown.contains("As of 2027-03-31 · changes since 2026-10-15 (a1b2c3d4)"))
        #expect(markdown.contains("## Changes since 2026-10-15 (a1b2c3d4)"))
        #expect(!markdown.contains("HEAD~1"))
        let json = FollowUpReportJSON.value(for: Self.report())
        #expect(json["baseline"]?["date"] == "2026-10-15")
    }

    @Test func redAmberGreenWithItsRule() throws {
        let markdown = try #require(ReportRendererTests.file(try Self.files(language: nil), "follow-up-report.md"))
        #expect(markdown.contains("Red: an action is blocked or overdue. Amber: an action is at risk, or due within 14 days and not done."))
        #expect(markdown.contains("| G1 | Grow | amber | 0/2 |"))
        #expect(markdown.contains("| S1 | Partner | G1 | amber |"))
        // By Anna's country, though A1 and A3 are written in the global file.
        #expect(markdown.contains("| FR | amber | 2 | 1 | 0 | 0 | 1 |"))
        #expect(!markdown.contains("| global |"))
        let html = try #require(ReportRendererTests.file(try Self.files(language: nil), "follow-up-report.html"))
        #expect(html.contains("<span class=\"badge tone-warning\">amber</span>"))
    }

    @Test func trendHasNoEmptyColumn() throws {
        let markdown = try #require(ReportRendererTests.file(try Self.files(language: nil), "follow-up-report.md"))
        #expect(markdown.contains("| Date | Revision | Actions done | Dropped | Overdue | Slipped days |\n"))
        #expect(markdown.contains("| 2027-02-10 | bbbbbbbb (has errors) | 0/2 | 1 | 0 | 5 |\n"))
        #expect(markdown.contains("| 2027-01-10 | aaaaaaaa | 0/3 | 0 | 0 | 0 |\n"))
    }

    @Test func droppedIsNeverDone() throws {
        let files = try Self.files(language: nil)
        let markdown = try #require(ReportRendererTests.file(files, "follow-up-report.md"))
        #expect(markdown.contains("| A3 | Action A3 | dropped |"))
        #expect(markdown.contains("- 3 actions: 1 open, 1 at risk, 1 dropped"))
        let json = FollowUpReportJSON.value(for: Self.report())
        #expect(json["actions"]?["A3"] == "dropped")
        #expect(json["completed"] == .array([]))
        #expect(json["goals"]?.arrayValue?.first?["done"] == .int(0))
    }

    @Test func mermaidTimelineLeavesDroppedActionsOut() throws {
        var compilation = PackFixture.compilation()
        compilation.model.actions[0].status = .dropped
        let markdown = try #require(try PackFixture.render(WorkshopPackRenderer(format: .markdown), compilation)["workshop-pack.md"])
        let gantt = try #require(markdown.components(separatedBy: "```mermaid\ngantt\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(!gantt.contains("technology day"))
        #expect(!gantt.contains("agenda agreed"))
        #expect(gantt.contains("Send the SiC roadmap under NDA"))
    }

    @Test func germanReportSpeaksGerman() throws {
        let files = try Self.files(language: "de", sheets: true)
        let markdown = try #require(ReportRendererTests.file(files, "follow-up-report.md"))
        let html = try #require(ReportRendererTests.file(files, "follow-up-report.html"))
        #expect(markdown.hasPrefix("# Follow-up-Bericht: Kessler Group\n\nStand 31.03.2027 · Änderungen seit 15.10.2026 (a1b2c3d4)\n"))
        #expect(markdown.contains("## Gefährdet und blockiert"))
        #expect(markdown.contains("| A2 | Action A2 | gefährdet | @amueller | 31.05.2027 | FR | 20.03.2027: gefährdet — Lieferant zögert |"))
        #expect(markdown.contains("| G1 | Grow | gelb | 0/2 |"))
        #expect(markdown.contains("Rot: eine Maßnahme ist blockiert oder überfällig."))
        #expect(markdown.contains("| revenue | — | — | 2,5 Mio. EUR | — |"))
        #expect(html.contains(">10.02.2027</text>"))
        // No English sentence left: every section title and table header is translated.
        for english in ["## Summary", "## Overdue", "## All actions", "## Countries", "| Action |", "| Due |", "at risk", "days", "Trend over"] {
            #expect(!markdown.contains(english), "\(english)")
        }
        #expect(html.contains("<html lang=\"de\">"))
        #expect(html.contains("Erledigte Maßnahmen und verschobene Tage je Revision"))

        // The sheet in German; the line to paste in the language of the file it goes into.
        let sheet = try #require(ReportRendererTests.file(files, "sheets/amueller.md"))
        #expect(sheet.hasPrefix("# Follow-up-Blatt: Anna Müller (@amueller)\n\nStand 31.03.2027: 2 offene Maßnahmen, 0 überfällig, 0 erledigt.\n"))
        #expect(sheet.contains("- Letzte Notiz: 20.03.2027: gefährdet — Lieferant zögert\n"))
        #expect(sheet.contains("```markdown\n- Status: gefährdet\n- 2027-03-31: gefährdet — …\n```"))
        #expect(sheet.contains("```markdown\n- Status: on track\n- 2027-03-31: on track — …\n```"))
        #expect(!sheet.contains("at risk"))
    }

    @Test func unknownReportLanguageIsAnError() {
        #expect(ReportLocale.languages == ["de", "en", "es", "fr", "it", "ja", "pt", "zh"])
        #expect(throws: RenderError.unknownReportLanguage("ko", available: ReportLocale.languages)) {
            try FollowUpReportRenderer(language: "ko", fallbackLanguage: "en")
        }
        // Without --lang, a Korean global file gets an English report rather than none.
        #expect((try? FollowUpReportRenderer(language: nil, fallbackLanguage: "ko-KR"))?.language == "en")
        #expect((try? FollowUpReportRenderer(language: nil, fallbackLanguage: "fr-FR"))?.language == "fr")
        #expect((try? FollowUpReportRenderer(language: nil, fallbackLanguage: "de-AT"))?.language == "de")
    }

    @Test(arguments: ["de", "fr", "es", "it", "pt", "ja", "zh"])
    func everyReportLanguageTranslatesEverySentence(language: String) throws {
        let table = try #require(ReportWords.tables[language])
        #expect(Set(table.sentences.keys) == Set(ReportWords.german.keys))
        #expect(Set(table.nouns.keys) == Set(ReportWords.germanNouns.keys))
        for (english, translated) in table.sentences {
            let placeholders = { (text: String) in text.matches(of: /\{\d\}/).map { String(text[$0.range]) }.sorted() }
            #expect(placeholders(english) == placeholders(translated), "\(language): \(english)")
            #expect(english.filter { $0 == "`" } == translated.filter { $0 == "`" }, "\(language): \(english)")
        }

        let files = try Self.files(language: language, sheets: true)
        let markdown = try #require(ReportRendererTests.file(files, "follow-up-report.md"))
        let html = try #require(ReportRendererTests.file(files, "follow-up-report.html"))
        let sheet = try #require(ReportRendererTests.file(files, "sheets/amueller.md"))
        #expect(html.contains("<html lang=\"\(language)\">"))
        // No English sentence left: no phrase of a translated sentence, no heading or
        // table header whose word the language changes, no English status or RAG word.
        for (english, translated) in table.sentences where english != translated {
            let phrases = english.split(separator: /\{\d\}/).map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
            for phrase in phrases where phrase.contains(" ") && phrase.count >= 5 {
                #expect(!markdown.contains(phrase), "\(language): \(phrase)")
                #expect(!sheet.contains(phrase), "\(language): \(phrase)")
            }
        }
        for word in ["Summary", "Overdue", "All actions", "Countries", "Goals", "Owners"] where table.sentences[word] != word {
            #expect(!markdown.contains("## \(word)"), "\(language): \(word)")
        }
        for word in ["Action", "Due", "Owner", "Title", "Country"] where table.sentences[word] != word {
            #expect(!markdown.contains("| \(word) |"), "\(language): \(word)")
        }
        for word in ["at risk", "amber", "dropped", "days", "Trend over"] {
            #expect(!markdown.contains(word), "\(language): \(word)")
            #expect(!sheet.contains(word), "\(language): \(word)")
        }
        #expect(markdown.contains("## \(table.sentences["At risk and blocked"] ?? "")\n"))
        #expect(markdown.contains("| G1 | Grow | \(table.sentences["amber"] ?? "") | 0/2 |"))
        #expect(markdown.contains(WorkbookLanguage.statusWord("at-risk", language: language)))
    }

    @Test func reportJSONStaysValidAgainstItsSchema() throws {
        let schemaURL = PackFixture.repositoryRoot.appendingPathComponent("schemas/report.schema.json")
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8))
        let value = FollowUpReportJSON.value(for: Self.report())
        #expect(validator.validate(try JSONParser.parse(JSONWriter.serialize(value))).isEmpty)
        #expect(value["version"] == .int(2))
        #expect(value["atRiskOrBlocked"] == ["A2"])
        #expect(value["strategies"]?.arrayValue?.first?["rag"] == "amber")
        #expect(value["countries"]?.arrayValue?.first?["country"] == "FR")
    }

    static let hasChromium = ExternalProgram.run(["sh", "-c", "command -v chromium || command -v chromium-browser"]).status == 0

    /// At a phone's width (390 px) the page itself never scrolls sideways: wide tables
    /// scroll inside their wrapper. Measured by Chromium laying the page out.
    @Test(.enabled(if: hasChromium, "needs chromium (apt-get install chromium)"), .timeLimit(.minutes(3)))
    func tablesFitA390PixelScreen() throws {
        var report = Self.report()
        report.status.actions[0].title = String(repeating: "Lieferantenbeziehungen ", count: 12)
        let html = try #require(ReportRendererTests.file(FollowUpReportRenderer().render(report), "follow-up-report.html"))
        // Headless Chromium will not make its window narrower than 500 px, so the report
        // is laid out in a 390 px frame; the frame's document reports its own width.
        let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        let host = """
        <!DOCTYPE html><html><head><title>pending</title></head><body style="margin:0">
        <iframe id="phone" style="width:390px;height:900px;border:0" srcdoc="\(escaped)"></iframe>
        <script>document.getElementById('phone').addEventListener('load', function () {
          var page = this.contentDocument.documentElement;
          document.title = 'width:' + page.scrollWidth + ':' + this.contentDocument.querySelectorAll('.table-wrap').length;
        });</script></body></html>
        """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-390-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("phone.html")
        try Data(host.utf8).write(to: page)
        let browser = ExternalProgram.run(["sh", "-c", "command -v chromium || command -v chromium-browser"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = ExternalProgram.run([
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=800,1000",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path, "--virtual-time-budget=5000", "--dump-dom", page.absoluteString,
        ])
        let title = try #require(result.output.firstRange(of: "<title>width:").map { result.output[$0.upperBound...].prefix { $0 != "<" } })
        let parts = title.split(separator: ":")
        #expect(Int(parts.first ?? "") ?? .max <= 390, "the page is \(title) px wide at 390 px")
        #expect(Int(parts.last ?? "") ?? 0 == 7)
    }
}
