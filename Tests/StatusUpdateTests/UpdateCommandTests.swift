import APGCommandLine
import Foundation
import Spreadsheet
import Testing

/// `apg build`, `apg report --sheets` and `apg update` end to end, on a copy of the fixture.
@Suite struct UpdateCommandTests {
    @Test func buildWritesTheWorkbookAndOnePerOwner() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let output = workspace.root.appendingPathComponent("out")
        let build = await APGMain.runCaptured(["build", workspace.root.path, "-o", output.path, "--owner", "@amueller", "--as-of", "2027-03-10"])
        #expect(build.status == 0, "\(build.stderr)")
        let own = try XLSXReader.read(try Data(contentsOf: output.appendingPathComponent("actions-amueller.xlsx")))
        #expect(own[0].rowNumbers.dropFirst().map { own[0].cell(row: $0, column: 0).text } == ["A2", "DE-A1"])

        let report = await APGMain.runCaptured(["report", workspace.root.path, "-o", output.path, "--sheets", "--as-of", "2027-03-10"])
        #expect(report.status == 0, "\(report.stderr)")
        let sheet = try XLSXReader.read(try Data(contentsOf: output.appendingPathComponent("sheets/jweber.xlsx")))
        #expect(sheet[0].rowNumbers.dropFirst().map { sheet[0].cell(row: $0, column: 0).text } == ["A1", "DE-A2"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sheets/jweber.md").path))
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let csv = workspace.root.appendingPathComponent("update.csv")
        try Data("id,new status,comment\nA2,on track,invitations out\n".utf8).write(to: csv)
        let before = try workspace.text("global.md")
        func findings() async -> Set<String> {
            let check = await APGMain.runCaptured(["check", workspace.root.path, "--as-of", "2027-03-10", "--format", "short"])
            // Without the location: lines below an inserted one move.
            return Set(check.stdout.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" })
        }
        let clean = await findings()
        let result = await APGMain.runCaptured(["update", "--from", csv.path, workspace.root.path, "--as-of", "2027-03-10", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("--- a/global.md\n+++ b/global.md\n@@ "))
        #expect(result.stdout.contains("\n+    - 2027-03-10: on track — invitations out\n"))
        #expect(result.stderr.contains("would update 1 action in 1 file as of 2027-03-10"))
        #expect(try workspace.text("global.md") == before)

        let applied = await APGMain.runCaptured(["update", "--from", csv.path, workspace.root.path, "--as-of", "2027-03-10"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(try workspace.text("global.md").contains("    - Target: 12\n    - 2027-03-10: on track — invitations out\n"))
        #expect(await findings() == clean)
    }

    @Test func aRefusedRowExitsOneAndAppliesNothingUnlessPartial() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let csv = workspace.root.appendingPathComponent("update.csv")
        try Data("id;neuer status\nA2;blockiert\nA99;erledigt\n".utf8).write(to: csv)
        let before = try workspace.text("global.md")
        let strict = await APGMain.runCaptured(["update", "--from", csv.path, workspace.root.path, "--as-of", "2027-03-10"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: update.csv, row 3, column 'id' (1): no action has the id 'A99'"))
        #expect(strict.stderr.contains("nothing applied: 1 row refused"))
        #expect(try workspace.text("global.md") == before)

        let partial = await APGMain.runCaptured(["update", "--from", csv.path, workspace.root.path, "--as-of", "2027-03-10", "--partial"])
        #expect(partial.status == 1)
        #expect(try workspace.text("global.md").contains("    - 2027-03-10: blocked\n"))
    }

    @Test func aFileThatIsNoUpdateSheetExitsTwo() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent("notes.xlsx")
        try Data("not a zip".utf8).write(to: file)
        let result = await APGMain.runCaptured(["update", "--from", file.path, workspace.root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("notes.xlsx: not an .xlsx workbook"))
    }
}
