import Foundation
import PlanModel
import Spreadsheet
import StatusUpdate
import Testing

/// Proof with programs that are not apg: openpyxl reads and edits the workbook, and
/// LibreOffice converts it. Each test is skipped, saying why, where the program is missing.
@Suite struct SpreadsheetProgramTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("openpyxl_roundtrip.py")

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let hasOpenpyxl = run(["python3", "-c", "import openpyxl"]).status == 0
    static let hasLibreOffice = run(["sh", "-c", "command -v soffice"]).status == 0

    /// A LibreOffice profile of the test's own: two instances sharing one lock each other out.
    static func profile(_ workspace: UpdateWorkspace) -> String {
        "-env:UserInstallation=file://" + workspace.root.appendingPathComponent(".lo-profile").path
    }

    @Test(.enabled(if: hasOpenpyxl, "needs python3 with openpyxl (python3 -m pip install openpyxl)"))
    func openpyxlReadsDatesNumbersValidationAndProtection() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent("actions.xlsx")
        try await workspace.exportWorkbook().write(to: file)
        let result = Self.run(["python3", Self.script.path, "check", file.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: hasOpenpyxl, "needs python3 with openpyxl (python3 -m pip install openpyxl)"))
    func aWorkbookEditedWithOpenpyxlUpdatesTheGuides() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let exported = workspace.root.appendingPathComponent("actions.xlsx")
        let edited = workspace.root.appendingPathComponent("edited.xlsx")
        try await workspace.exportWorkbook().write(to: exported)
        let result = Self.run(["python3", Self.script.path, "edit", exported.path, edited.path])
        try #require(result.status == 0, "\(result.output)")
        try workspace.write("de.md", try workspace.text("de.md").replacingOccurrences(of: "Fällig: 2027-Q2", with: "Fällig: 2027-05-31"))
        let original = try workspace.text("global.md")

        let sheet = try UpdateSheet.read(edited)
        #expect(sheet.sheetName == "My actions")
        let strict = try await workspace.prepare(sheet)
        #expect(strict.edits.isEmpty)
        #expect(strict.refusals.count == 2)

        let outcome = try await workspace.prepare(sheet, partial: true)
        #expect(outcome.edits.map(\.path) == ["global.md"])
        let diff = UnifiedDiff.diff(old: original, new: try #require(outcome.edits.first).edited, path: "global.md")
        #expect(diff.hasSuffix("""
             - Metric: XC engineers attending
             - Target: 20
        -    - Status: on track
        +    - Status: at risk
             - 2027-01-10: on track — venue booked
        +    - 2027-03-10: at risk — XC postponed the review
           - [ ] A2: Send the agenda to the XC architects
             - Owner: @amueller
        -    - Due: 2027-01-31
        +    - Due: 2027-04-15
             - Metric: architects invited
             - Target: 12

        """), "\(diff)")
    }

    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice (soffice) on the PATH"))
    func libreOfficeConvertsTheWorkbook() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent("actions.xlsx")
        try await workspace.exportWorkbook().write(to: file)
        // Filter options 44,34,76: comma, double quote, UTF-8.
        let result = Self.run(["soffice", Self.profile(workspace), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", workspace.root.path, file.path])
        try #require(result.status == 0, "\(result.output)")
        let csv = try String(contentsOf: workspace.root.appendingPathComponent("actions.csv"), encoding: .utf8)
        let lines = csv.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("ID,Title,Goal,Strategy,Owner,Due,Status") == true)
        #expect(lines.contains { $0.hasPrefix("A1,") && $0.contains("2027-02-15") && $0.contains(",20,") })
    }

    /// A workbook edited and saved again by LibreOffice (its own shared strings, styles
    /// and date formats) still reads back, and its update applies.
    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice (soffice) on the PATH"))
    func aWorkbookSavedByLibreOfficeReadsBack() async throws {
        let workspace = try UpdateWorkspace()
        defer { workspace.remove() }
        var edit = try WorkbookEdit(try await workspace.exportWorkbook())
        edit.set(row: "A2", column: "New due", to: .date(CalendarDay(year: 2027, month: 4, day: 15)!))
        edit.set(row: "A2", column: "New status", to: .text("at risk"))
        let edited = workspace.root.appendingPathComponent("edited.xlsx")
        try edit.data().write(to: edited)
        let resaved = workspace.root.appendingPathComponent("resaved", isDirectory: true)
        let result = Self.run(["soffice", Self.profile(workspace), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved.path, edited.path])
        try #require(result.status == 0, "\(result.output)")
        let sheet = try UpdateSheet.read(resaved.appendingPathComponent("edited.xlsx"))
        let outcome = try await workspace.prepare(sheet)
        #expect(outcome.refusals.isEmpty, "\(outcome.refusals)")
        #expect(outcome.changes.first?.due == PlanDate(year: 2027, month: 4, day: 15))
        #expect(outcome.changes.first?.status == .atRisk)
    }
}
