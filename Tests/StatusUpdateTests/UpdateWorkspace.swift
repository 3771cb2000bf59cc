import Compiler
import Foundation
import PlanModel
import Render
import Spreadsheet
import StatusUpdate
import Testing

/// A throw-away copy of the fixture workspace, compiled and exported.
struct UpdateWorkspace {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workspace", isDirectory: true)
    static let asOf = PlanDate(year: 2027, month: 3, day: 10)!

    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-update-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: Self.fixture, to: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func compile() async throws -> Compilation {
        try await AccountCompiler(options: .init(asOf: Self.asOf)).compile(root: root)
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// `actions.xlsx` as `apg build` writes it.
    func exportWorkbook(options: RenderOptions = RenderOptions()) async throws -> Data {
        let files = try ActionsWorkbookRenderer().render(try await compile(), options: options)
        let workbook = try #require(files.first { $0.path == "actions.xlsx" })
        return Data(workbook.contents)
    }

    /// Updates planned from a sheet against the current guides.
    func prepare(_ sheet: UpdateSheet, partial: Bool = false) async throws -> StatusUpdater.Outcome {
        try StatusUpdater(compilation: try await compile(), root: root, asOf: Self.asOf).prepare(sheet, partial: partial)
    }
}

/// Edits an exported workbook the way an owner does in a spreadsheet program, without
/// one: read every sheet, change cells, write it back (the hidden sheet included).
struct WorkbookEdit {
    var sheets: [ReadSheet]

    init(_ data: Data) throws {
        sheets = try XLSXReader.read(data)
    }

    /// Sets a cell of the Actions sheet by its header and the row holding `id` (a new
    /// row at the end when no row does).
    mutating func set(row id: String, column: String, to value: ReadCell) {
        let sheet = sheets[0]
        guard let position = (sheet.rows[1] ?? [:]).first(where: { $0.value.text == column })?.key else { return }
        let row = sheet.rowNumbers.first { sheet.cell(row: $0, column: 0).text == id } ?? ((sheet.rowNumbers.last ?? 1) + 1)
        if sheet.rows[row] == nil { sheets[0].rows[row] = [0: .text(id)] }
        sheets[0].rows[row]?[position] = value
    }

    func data() throws -> Data {
        let workbook = Workbook(sheets: sheets.map { read in
            let last = read.rowNumbers.last ?? 0
            let width = (read.rows.values.flatMap(\.keys).max() ?? -1) + 1
            var sheet = Worksheet(name: read.name, rows: (1...max(1, last)).map { row in
                (0..<width).map { column in
                    switch read.cell(row: row, column: column) {
                    case .empty: .empty
                    case .text(let text): .text(text)
                    case .number(let value): .number(value)
                    case .date(let day): .date(day)
                    case .boolean(let value): .text(value ? "TRUE" : "FALSE")
                    }
                }
            })
            sheet.isHidden = read.isHidden
            return sheet
        })
        return try XLSXWriter.data(for: workbook)
    }
}
