import APGTestSupport
import APGCommandLine
import APGJSON
import Foundation
import Testing

/// End to end: `apg report` over a throw-away git repository whose workspace changes in
/// three commits (fixtures `report/v1` → `v2` → `v3`).
@Suite("apg report", .serialized)
struct ReportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/report", isDirectory: true)
    static let workspacePath = "accounts/bosch"

    /// A repository with the three versions committed; the work tree holds v3.
    static func repository() throws -> (ScratchRepository, hashes: [String]) {
        let repository = try ScratchRepository()
        try repository.write("README.md", "not part of the workspace\n")
        var hashes: [String] = []
        for (version, date) in [("v1", "2027-01-10"), ("v2", "2027-02-20"), ("v3", "2027-03-20")] {
            try repository.replace(workspacePath, with: fixtures.appendingPathComponent(version))
            hashes.append(try repository.commit(version, date: date))
        }
        return (repository, hashes)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("apg-report-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../schemas/report.schema.json").standardizedFileURL

    /// Reads report.json and checks it against its schema.
    static func json(_ folder: URL) throws -> JSONValue {
        let text = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        let value = try JSONParser.parse(text)
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8))
        let errors = validator.validate(value)
        #expect(errors.isEmpty, "report.json does not match its schema: \(errors)")
        return value
    }

    static func ids(_ value: JSONValue?) -> [String] {
        value?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    static func rows(_ value: JSONValue?, _ keys: [String]) -> [String] {
        (value?.arrayValue ?? []).map { row in
            keys.map { key in
                switch row[key] {
                case .string(let text)?: text
                case .number(let number)?: String(Int(number))
                case .array(let values)?: values.compactMap(\.stringValue).joined(separator: ",")
                default: "-"
                }
            }.joined(separator: " ")
        }
    }

    /// Checks every kind of change between v1 and v3.
    static func expectChangesSinceV1(_ report: JSONValue) {
        #expect(ids(report["added"]) == ["A5"])
        #expect(ids(report["removed"]) == ["A3"])
        #expect(ids(report["completed"]) == ["A1"])
        #expect(ids(report["dropped"]) == ["A2"])
        #expect(rows(report["slipped"], ["id", "from", "to", "days"]) == ["A4 2027-04-30 2027-05-31 31"])
        #expect(rows(report["milestoneMoves"], ["id", "milestone", "from", "to", "days"]) == ["A4 Termin bestätigt 2027-03-15 2027-04-15 31"])
        #expect(rows(report["ownerChanges"], ["id", "from", "to"]) == ["A6 tlee jweber"])
        #expect(Set(rows(report["statusChanges"], ["id", "from", "to"])) == ["A1 on-track done", "A2 on-track dropped", "A6 on-track blocked"])
        #expect(ids(report["itemsAdded"]) == ["I-02"])
        #expect(ids(report["itemsRemoved"]) == ["I-03"])
        #expect(rows(report["goalMetricChanges"], ["id", "field", "from", "to"]) == ["G1 current 6 8"])
    }

    @Test("status as of a date and every kind of change since a revision")
    func sinceRevision() async throws {
        let (repository, hashes) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", "HEAD~2", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(output)
        #expect(report["version"] == 2)
        #expect(report["baseline"]?["date"] == "2027-01-10")
        #expect(report["asOf"] == "2027-03-31")
        #expect(report["since"] == "HEAD~2")
        #expect(report["actions"]?["A1"] == "done")
        #expect(report["actions"]?["A2"] == "dropped")
        #expect(report["actions"]?["A4"] == "on-track")
        #expect(report["actions"]?["A5"] == "open")
        #expect(report["actions"]?["A6"] == "blocked")
        #expect(Self.ids(report["overdue"]) == ["A5"])
        #expect(Self.ids(report["dueSoon"]) == ["A6"])
        #expect(Self.rows(report["milestones"], ["id", "title", "daysLate"]) == ["A5 kickoff 30"])
        #expect(Self.rows(report["goals"], ["id", "done", "total", "metricCurrent", "metricTarget"]) == ["G1 1 4 8 12"])
        #expect(Self.rows(report["owners"], ["handle", "open", "overdue", "done"]) == ["jweber 2 0 1", "tlee 1 1 0"])
        // By the owners' countries in the Team section, not the files the actions are in.
        #expect(Self.rows(report["countries"], ["country", "open", "done"]) == ["DE 2 1", "US 1 0"])
        Self.expectChangesSinceV1(report)

        let html = try String(contentsOf: output.appendingPathComponent("follow-up-report.html"), encoding: .utf8)
        // The baseline as the meeting remembers it: its date and short hash, not HEAD~2.
        #expect(html.contains("Changes since 2027-01-10 (\(hashes[0].prefix(8)))"))
        #expect(!html.contains("HEAD~2"))
        #expect(html.contains("Termin bestätigt"))
        let markdown = try String(contentsOf: output.appendingPathComponent("follow-up-report.md"), encoding: .utf8)
        #expect(markdown.contains("## Overdue"))
        #expect(markdown.contains("| A5 |"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sheets").path))
    }

    @Test("the same inputs give byte-identical outputs")
    func deterministic() async throws {
        let (repository, _) = try Self.repository()
        let first = try Self.temporaryFolder()
        let second = try Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path
        for output in [first, second] {
            let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", "HEAD~2", "--history", "3", "--sheets", "--output", output.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        for name in ["follow-up-report.html", "follow-up-report.md", "report.json", "sheets/jweber.md", "sheets/tlee.md"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test("--since a folder with an earlier copy finds the same changes")
    func sinceFolder() async throws {
        let workspace = try Self.temporaryFolder()
        let output = try Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: workspace)
            try? FileManager.default.removeItem(at: output)
        }
        let current = workspace.appendingPathComponent("bosch")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("v3"), to: current)
        let baseline = Self.fixtures.appendingPathComponent("v1").path

        let result = await APGMain.runCaptured(["report", current.path, "--as-of", "2027-03-31", "--since", baseline, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(output)
        #expect(report["baseline"]?["kind"] == "folder")
        Self.expectChangesSinceV1(report)
    }

    @Test("a newline in a path of an old commit does not mix up the files read from git")
    func newlineInAPathInHistory() async throws {
        let repository = try ScratchRepository()
        let strangePath = "ws/nl\nHEAD:ws/global.md"
        let strangeText = "# not a guide\n"
        try repository.replace("ws", with: Self.fixtures.appendingPathComponent("v1"))
        try repository.write(strangePath, strangeText)
        try repository.commit("v1 with a strange name", date: "2027-01-10")
        try repository.replace("ws", with: Self.fixtures.appendingPathComponent("v3"))
        try repository.commit("v3", date: "2027-03-20")
        // The same tree as a folder.
        let scratch = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let baseline = scratch.appendingPathComponent("baseline")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("v1"), to: baseline)
        let strange = baseline.appendingPathComponent(String(strangePath.dropFirst("ws/".count)))
        try FileManager.default.createDirectory(at: strange.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(strangeText.utf8).write(to: strange)

        let workspace = repository.root.appendingPathComponent("ws").path
        var reports: [JSONValue] = []
        for since in ["HEAD~1", baseline.path] {
            let output = scratch.appendingPathComponent("out-\(reports.count)")
            let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", since, "--output", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try Self.json(output)
            guard case .object(let members) = report else { Issue.record("report.json is not an object"); return }
            reports.append(.object(members.filter { $0.key != "baseline" && $0.key != "since" }))
            #expect(report["baseline"]?["errors"] == 1, "only the strange file lacks front matter")
        }
        #expect(reports[0] == reports[1])
        Self.expectChangesSinceV1(reports[0])
    }

    @Test("--lang de writes the report and the sheets in German; an unknown language stops the command")
    func germanReport() async throws {
        let (repository, hashes) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", "HEAD~1", "--lang", "de", "--sheets", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: output.appendingPathComponent("follow-up-report.md"), encoding: .utf8)
        #expect(markdown.contains("Stand 31.03.2027 · Änderungen seit 20.02.2027 (\(hashes[1].prefix(8)))"))
        #expect(markdown.hasPrefix("# Follow-up-Bericht: "))
        #expect(markdown.contains("## Gefährdet und blockiert"))
        let sheets = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("sheets").path).filter { $0.hasSuffix(".md") }
        #expect(!sheets.isEmpty)
        for sheet in sheets {
            let text = try String(contentsOf: output.appendingPathComponent("sheets/\(sheet)"), encoding: .utf8)
            #expect(text.hasPrefix("# Follow-up-Blatt: "))
        }
        // report.json is for tools: the same in every language.
        #expect(try Self.json(output)["actions"]?["A6"] == "blocked")

        let korean = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--lang", "ko", "--output", output.path])
        #expect(korean.status == 2)
        #expect(korean.stderr.contains("no report words in language 'ko' for --lang (the report is written in de, en, es, fr, it, ja, pt, zh)"))
    }

    @Test("--lang fr and --lang ja write the report and the sheets in French and Japanese")
    func frenchAndJapaneseReports() async throws {
        let (repository, hashes) = try Self.repository()
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path
        let hash = hashes[1].prefix(8)
        let expected: [(language: String, lines: [String], sheet: String)] = [
            ("fr", ["# Rapport de suivi : ", "Au 31/03/2027 · modifications depuis 20/02/2027 (\(hash))", "## À risque et bloquées\n",
                    "## Synthèse\n", "## Toutes les actions\n", "| Action | Titre | Statut | Responsable | Échéance | Pays | Dernière note |", "bloquée"],
             "# Fiche de suivi : "),
            ("ja", ["# フォローアップレポート：", "2027-03-31時点 · 2027-02-20 (\(hash))以降の変更", "## リスクあり・停止中\n",
                    "## 概要\n", "## 全アクション\n", "| アクション | タイトル | ステータス | 担当者 | 期限 | 国 | 最新メモ |", "停止中"],
             "# フォローアップシート："),
        ]
        for (language, lines, sheetTitle) in expected {
            let output = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: output) }
            let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", "HEAD~1", "--lang", language, "--sheets", "--output", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            let markdown = try String(contentsOf: output.appendingPathComponent("follow-up-report.md"), encoding: .utf8)
            for line in lines { #expect(markdown.contains(line), "\(language): \(line)") }
            #expect(!markdown.contains("## At risk and blocked"))
            let html = try String(contentsOf: output.appendingPathComponent("follow-up-report.html"), encoding: .utf8)
            #expect(html.contains("<html lang=\"\(language)\">"))
            let sheets = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("sheets").path).filter { $0.hasSuffix(".md") }
            #expect(!sheets.isEmpty)
            for sheet in sheets {
                let text = try String(contentsOf: output.appendingPathComponent("sheets/\(sheet)"), encoding: .utf8)
                #expect(text.hasPrefix(sheetTitle), "\(language): \(sheet)")
            }
            // report.json is for tools: the same in every language.
            #expect(try Self.json(output)["actions"]?["A6"] == "blocked")
        }
    }

    @Test("with --format json, stdout holds the diagnostics document alone")
    func machineFormatKeepsStdout() async throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = Self.fixtures.appendingPathComponent("v3").path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--format", "json", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(throws: Never.self) { try JSONParser.parse(result.stdout) }
        #expect(result.stderr.contains("wrote the follow-up report"))
    }

    @Test("--since the previous revision sees only the last commit's change")
    func sinceLastCommit() async throws {
        let (repository, hashes) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", String(hashes[1].prefix(12)), "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(output)
        #expect(report["baseline"]?["commit"] == .string(hashes[1]))
        #expect(Self.rows(report["statusChanges"], ["id", "from", "to"]) == ["A6 at-risk blocked"])
        #expect(Self.ids(report["added"]).isEmpty && Self.ids(report["removed"]).isEmpty)
        #expect(report["slipped"]?.arrayValue?.isEmpty == true)
    }

    @Test("--history draws the trend over the last revisions")
    func history() async throws {
        let (repository, hashes) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--history", "5", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(output)
        #expect(Self.rows(report["history"], ["date", "revision", "done", "total"]) == [
            "2027-01-10 \(hashes[0].prefix(8)) 0 5",
            "2027-02-20 \(hashes[1].prefix(8)) 1 4",
            "2027-03-20 \(hashes[2].prefix(8)) 1 4",
        ])
        // A4's due date and milestone each slipped 31 days after v1.
        #expect(Self.rows(report["history"], ["slipDays"]) == ["0", "62", "62"])
        let html = try String(contentsOf: output.appendingPathComponent("follow-up-report.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(html.contains("<polyline"))
        #expect(report["since"] == .null)
    }

    @Test("--sheets writes one sheet per owner with the lines to update")
    func sheets() async throws {
        let (repository, _) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--sheets", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let tlee = try String(contentsOf: output.appendingPathComponent("sheets/tlee.md"), encoding: .utf8)
        #expect(tlee.contains("## A5: Prepare the SiC sample kit"))
        #expect(tlee.contains("overdue by 16 days"))
        #expect(tlee.contains("- 2027-03-31: on track — …"))
        #expect(!tlee.contains("A2"))
        let jweber = try String(contentsOf: output.appendingPathComponent("sheets/jweber.md"), encoding: .utf8)
        #expect(jweber.contains("## A4:") && jweber.contains("## A6:"))
        #expect(jweber.contains("- Status: blocked"))
        #expect(jweber.contains("`de.md`"))
        #expect(!jweber.contains("## A1:"))
    }

    @Test("an unknown revision stops the command with status 2")
    func badRevision() async throws {
        let (repository, _) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path

        let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", "no-such-tag", "--output", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no commit 'no-such-tag'"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("report.json").path))
    }

    @Test("--since '~' names a revision or a folder called '~', never the home folder")
    func sinceTildeIsLiteral() async throws {
        let (repository, _) = try Self.repository()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = repository.root.appendingPathComponent(Self.workspacePath).path
        for since in ["~", "~/"] {
            let result = await APGMain.runCaptured(["report", workspace, "--as-of", "2027-03-31", "--since", since, "--output", output.path])
            #expect(result.status == 2, "\(since): \(result.stderr)")
            #expect(result.stderr.contains("no folder named '\(since)'"), "\(result.stderr)")
        }
    }

    @Test("a revision outside a git work tree stops the command with status 2")
    func notAGitTree() async throws {
        let workspace = try Self.temporaryFolder()
        let output = try Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: workspace)
            try? FileManager.default.removeItem(at: output)
        }
        let current = workspace.appendingPathComponent("bosch")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("v3"), to: current)

        for arguments in [["--since", "HEAD~1"], ["--history", "2"]] {
            let result = await APGMain.runCaptured(["report", current.path, "--as-of", "2027-03-31", "--output", output.path] + arguments)
            #expect(result.status == 2)
            #expect(result.stderr.contains("is not inside a git work tree"))
        }
    }

    @Test("a workspace with errors writes nothing and exits with 1")
    func workspaceErrors() async throws {
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let broken = Self.fixtures.appendingPathComponent("broken").path
        let result = await APGMain.runCaptured(["report", broken, "--as-of", "2027-03-31", "--output", output.path])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("report.json").path))
    }
}
