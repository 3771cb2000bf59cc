import Foundation
import Render
import StatusUpdate
import Testing

@Suite struct CSVImportTests {
    @Test func germanHeadersSemicolonsAndByteOrderMark() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let csv = "\u{FEFF}ID;Status;Fällig;Neuer Status;Neu fällig;Neuer Istwert;Kommentar\r\n"
            + "A1;im Plan;2027-02-15;blockiert;;;Raum fehlt\r\n"
            + "A2;at risk;2027-01-31;done;;;\r\n"
            + "DE-A1;;;;15.04.2027;;\r\n"
            + "DE-A2;;;;;;\r\n"
        let sheet = try UpdateSheet.csv(csv, fileName: "actions.csv")
        let outcome = try await workspace.prepare(sheet, partial: true)
        let messages = outcome.refusals.map(\.description)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.hasPrefix("actions.csv, row 3: action 'A2' changed in the guides since the export (the sheet says 'at risk'") })
        #expect(messages.contains("actions.csv, row 4, column 'new due' (5): '15.04.2027' is not an ISO date; did you mean '2027-04-15'?"))
        let global = try #require(outcome.edits.first { $0.path == "global.md" })
        #expect(global.edited.contains("    - Status: blocked\n    - 2027-01-10: on track — venue booked\n    - 2027-03-10: blocked — Raum fehlt\n"))
    }

    @Test func theExportedCSVHasTheUpdateColumnsAndReadsBack() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let files = try ActionsCSVRendererFiles.render(try await workspace.compile())
        var csv = try #require(files["actions.csv"])
        #expect(csv.hasPrefix("\u{FEFF}id,title,goal,strategy,tactic,owners,country,org unit,due,status,milestones,done,metric,target,actual,unit,new status,new due,new actual,comment\r\n"))
        // The owner fills in the first row's new status, comma-separated as exported.
        let lines = csv.components(separatedBy: "\r\n")
        var first = lines[1]
        first.removeLast(4)
        first += ",at risk,,,late"
        csv = ([lines[0], first] + lines.dropFirst(2)).joined(separator: "\r\n")
        let outcome = try await workspace.prepare(try UpdateSheet.csv(csv, fileName: "actions.csv"))
        #expect(outcome.refusals.isEmpty, "\(outcome.refusals)")
        #expect(outcome.changes.count == 1)
        #expect(outcome.changes.first?.status == .atRisk)
    }

    @Test(arguments: [CSVSeparator.semicolon, .tab])
    func anExportWithAnotherSeparatorReadsBack(separator: CSVSeparator) async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let files = try ActionsCSVRendererFiles.render(try await workspace.compile(), options: RenderOptions(csvDelimiter: separator))
        var lines = try #require(files["actions.csv"]).components(separatedBy: "\r\n")
        // The owner fills in the first row's new status and comment, in the file's separator.
        let cut = String(separator.character)
        var fields = lines[1].components(separatedBy: cut)
        fields[fields.count - 4] = "at risk"
        fields[fields.count - 1] = "late"
        lines[1] = fields.joined(separator: cut)
        let outcome = try await workspace.prepare(try UpdateSheet.csv(lines.joined(separator: "\r\n"), fileName: "actions.csv"))
        #expect(outcome.refusals.isEmpty, "\(outcome.refusals)")
        #expect(outcome.changes.first?.status == .atRisk)
    }

    @Test func aFileWithoutUpdateColumnsIsNotAnUpdate() {
        #expect(throws: UpdateSheetError.self) { try UpdateSheet.csv("id,title\nA1,x\n", fileName: "x.csv") }
        #expect(throws: UpdateSheetError.self) { try UpdateSheet.csv("title,new status\nx,done\n", fileName: "x.csv") }
    }
}
