import Compiler
import Foundation
import PlanModel
import Render
import Spreadsheet
import StatusUpdate
import Testing

/// Export, edit the workbook as an owner would, import: the guides change exactly as
/// expected, and a row that is refused stops everything unless `--partial`.
@Suite struct WorkbookRoundTripTests {
    /// The owner's edits: a new status with a comment, a new due date and actual, a done
    /// action in a German file, an unknown id, and a row whose action changed meanwhile.
    static func edited(_ workspace: UpdateWorkspace) async throws -> UpdateSheet {
        var edit = try WorkbookEdit(try await workspace.exportWorkbook())
        edit.set(row: "A1", column: "New status", to: .text("at risk"))
        edit.set(row: "A1", column: "Comment", to: .text("XC postponed\nthe review"))
        edit.set(row: "A2", column: "New due", to: .date(CalendarDay(year: 2027, month: 4, day: 15)!))
        edit.set(row: "A2", column: "New actual", to: .number(7))
        edit.set(row: "DE-A1", column: "New status", to: .text("done"))
        edit.set(row: "DE-A2", column: "New status", to: .text("blocked"))
        edit.set(row: "ZZ1", column: "New status", to: .text("blocked"))
        // Meanwhile someone moved DE-A2's due date in git.
        try workspace.write("de.md", try workspace.text("de.md").replacingOccurrences(of: "Fällig: 2027-Q2", with: "Fällig: 2027-05-31"))
        return try UpdateSheet.workbook(try edit.data(), fileName: "actions.xlsx")
    }

    static func expectedGlobal(_ original: String) -> String {
        original
            .replacingOccurrences(of: "    - Status: on track\n    - 2027-01-10: on track — venue booked\n",
                                  with: "    - Status: at risk\n    - 2027-01-10: on track — venue booked\n    - 2027-03-10: at risk — XC postponed the review\n")
            .replacingOccurrences(of: "    - Due: 2027-01-31\n    - Metric: architects invited\n    - Target: 12\n",
                                  with: "    - Due: 2027-04-15\n    - Metric: architects invited\n    - Target: 12\n    - Actual: 7\n")
    }

    static func expectedGerman(_ original: String) -> String {
        original
            .replacingOccurrences(of: "- [ ] DE-A1:", with: "- [x] DE-A1:")
            .replacingOccurrences(of: "  - Zielwert: 8\n", with: "  - Zielwert: 8\n  - Erledigt am: 2027-03-10\n  - 2027-03-10: erledigt\n")
    }

    @Test func refusedRowsStopEverythingAndNameSheetRowAndColumn() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let outcome = try await workspace.prepare(try await Self.edited(workspace))
        #expect(outcome.edits.isEmpty)
        #expect(outcome.guidesChangedSinceExport == true)
        let messages = outcome.refusals.map(\.description)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("actions.xlsx: sheet 'Actions', row ") && $0.contains("column 'id' (A): no action has the id 'ZZ1'") })
        #expect(messages.contains { $0.contains("action 'DE-A2' changed in the guides since the export") && $0.contains("due 2027-05-31") })
    }

    @Test func partialAppliesTheRestWithMinimalEdits() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let sheet = try await Self.edited(workspace)
        let global = try workspace.text("global.md")
        let german = try workspace.text("de.md")
        let before = try await workspace.compile().diagnostics.map(\.rule)
        let outcome = try await workspace.prepare(sheet, partial: true)
        #expect(outcome.refusals.count == 2)
        #expect(outcome.changes.map(\.actionID).sorted() == ["A1", "A2", "DE-A1"])
        let edits = Dictionary(uniqueKeysWithValues: outcome.edits.map { ($0.path, $0.edited) })
        #expect(edits["global.md"] == Self.expectedGlobal(global))
        #expect(edits["de.md"] == Self.expectedGerman(german))

        for edit in outcome.edits { try GuideEditor.write(edit.edited, to: workspace.root.appendingPathComponent(edit.path)) }
        let after = try await workspace.compile()
        // Clean where it was clean: no diagnostic that was not there before.
        #expect(after.diagnostics.map(\.rule).filter { !before.contains($0) }.isEmpty, "\(after.diagnostics)")
        let actions = Dictionary(uniqueKeysWithValues: after.model.actions.map { ($0.id, $0) })
        #expect(actions["A1"]?.effectiveStatus == .atRisk)
        #expect(actions["A1"]?.statusConflict == nil)
        #expect(actions["A2"]?.due == PlanDate(year: 2027, month: 4, day: 15))
        #expect(actions["A2"]?.actual?.value == 7)
        #expect(actions["DE-A1"]?.effectiveStatus == .done)
        #expect(actions["DE-A1"]?.done == UpdateWorkspace.asOf)
    }

    @Test func aRowIsRefusedOnceItsActionChangedAfterTheExport() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        var edit = try WorkbookEdit(try await workspace.exportWorkbook())
        edit.set(row: "A1", column: "New status", to: .text("blocked"))
        let sheet = try UpdateSheet.workbook(try edit.data(), fileName: "actions.xlsx")
        #expect(try await workspace.prepare(sheet).refusals.isEmpty)
        let outcome = try await workspace.prepare(sheet)
        for edit in outcome.edits { try GuideEditor.write(edit.edited, to: workspace.root.appendingPathComponent(edit.path)) }
        // The same sheet again: the guide moved on, the row is stale.
        let again = try await workspace.prepare(sheet)
        #expect(again.refusals.map(\.description).first?.contains("changed in the guides since the export (it is now 'blocked'") == true)
    }

    @Test func unparsableValuesAreRefusedWithTheFix() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        var edit = try WorkbookEdit(try await workspace.exportWorkbook())
        edit.set(row: "A1", column: "New status", to: .text("at rsik"))
        edit.set(row: "A2", column: "New due", to: .text("15.04.2027"))
        edit.set(row: "DE-A1", column: "New actual", to: .text("lots"))
        let outcome = try await workspace.prepare(try UpdateSheet.workbook(try edit.data(), fileName: "actions.xlsx"))
        let messages = outcome.refusals.map(\.description).joined(separator: "\n")
        #expect(messages.contains("column 'new status' (M): 'at rsik' is not a status; did you mean 'at risk'?"))
        #expect(messages.contains("column 'new due' (N): '15.04.2027' is not an ISO date; did you mean '2027-04-15'?"))
        #expect(messages.contains("column 'new actual' (O): 'lots' is not a number"))
        #expect(outcome.edits.isEmpty)
    }

    @Test func theWorkbookIsFoundBehindARenamedSheet() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        var edit = try WorkbookEdit(try await workspace.exportWorkbook())
        edit.sheets[0].name = "Meine Maßnahmen"
        edit.sheets.swapAt(0, 2)
        edit.sheets.swapAt(0, 2)
        edit.set(row: "A2", column: "Comment", to: .text("agenda drafted"))
        let sheet = try UpdateSheet.workbook(try edit.data(), fileName: "actions.xlsx")
        #expect(sheet.sheetName == "Meine Maßnahmen")
        #expect(sheet.checksums?["a1"] != nil)
        let outcome = try await workspace.prepare(sheet)
        #expect(outcome.edits.first?.edited.contains("    - Target: 12\n    - 2027-03-10: agenda drafted\n") == true)
    }

    @Test func buildsAreByteIdenticalAndCustomerEditionsCarryNoHandles() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let first = try await workspace.exportWorkbook()
        #expect(first == (try await workspace.exportWorkbook()))
        let team = try XLSXReader.read(first)
        #expect(team[0].cell(row: 2, column: 4).text.contains("(@jweber)"))
        let customer = try XLSXReader.read(try await workspace.exportWorkbook(options: RenderOptions(audience: .customer)))
        for sheet in customer {
            for row in sheet.rows.values {
                for cell in row.values { #expect(!cell.text.contains("@"), "\(sheet.name): \(cell.text)") }
            }
        }
        #expect(customer[0].cell(row: 2, column: 4).text == "Jonas Weber")
    }

    /// A German workbook: German headers and status words; the line written into an
    /// English guide is in English.
    @Test func aWorkbookInTheOwnersLanguage() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        var edit = try WorkbookEdit(try await workspace.exportWorkbook(options: RenderOptions(language: "de")))
        let actions = edit.sheets[0]
        #expect(actions.cell(row: 1, column: 12) == .text("Neuer Status"))
        #expect(actions.cell(row: 2, column: 6) == .text("im Plan"))
        #expect(edit.sheets[3].cell(row: 3, column: 1) == .text("de"))
        edit.set(row: "A1", column: "Neuer Status", to: .text("gefährdet"))
        edit.set(row: "A1", column: "Kommentar", to: .text("Termin verschoben"))
        let outcome = try await workspace.prepare(try UpdateSheet.workbook(try edit.data(), fileName: "actions.xlsx"))
        #expect(outcome.refusals.isEmpty)
        #expect(outcome.guidesChangedSinceExport == false)
        #expect(outcome.edits.first?.edited.contains("    - Status: at risk\n    - 2027-01-10: on track — venue booked\n    - 2027-03-10: at risk — Termin verschoben\n") == true)
    }
}
