import Foundation
import Render
import Spreadsheet

/// The rows of an edited workbook or CSV file, by the columns `apg update` reads.
public struct UpdateSheet: Sendable {
    /// The file name, for messages.
    public var fileName: String
    /// The sheet the rows come from (`Actions`, or the name the user gave it); nil for CSV.
    public var sheetName: String?
    public var rows: [UpdateRow]
    /// Checksums per action id from the hidden sheet; nil when the file has none (CSV).
    public var checksums: [String: String]?
    public var revision: String?

    /// Reads `.xlsx` or `.csv` by the file's extension.
    public static func read(_ url: URL) throws -> UpdateSheet {
        let data: Data
        do {
            // A file larger than any sheet apg reads is refused before it is read whole.
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= SpreadsheetLimits.maximumBytes else {
                throw UpdateSheetError("\(url.lastPathComponent): the file has \(size) bytes; apg update reads at most \(SpreadsheetLimits.maximumBytes) bytes (64 MiB) (APG053 sheet-too-large)")
            }
            data = try Data(contentsOf: url)
        } catch let error as UpdateSheetError {
            throw error
        } catch {
            throw UpdateSheetError("cannot read '\(url.path)': \(error.localizedDescription)")
        }
        let name = url.lastPathComponent
        switch url.pathExtension.lowercased() {
        case "xlsx", "xlsm": return try workbook(data, fileName: name)
        case "csv", "txt":
            guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
                throw UpdateSheetError("\(name): not a text file")
            }
            return try csv(text, fileName: name)
        default:
            throw UpdateSheetError("--from takes an .xlsx workbook or a .csv file, not '\(name)'")
        }
    }

    public static func csv(_ text: String, fileName: String) throws -> UpdateSheet {
        let table: DelimitedTable
        do {
            table = try DelimitedTable.parse(text)
        } catch {
            throw UpdateSheetError("\(fileName): \(error)")
        }
        let columns = try columnMap(table.header.enumerated().map { ($0.offset, $0.element) }, fileName: fileName, sheet: nil)
        let rows = table.rows.enumerated().map { index, fields in
            var cells: [WorkbookColumn: ReadCell] = [:]
            for (column, position) in columns where position < fields.count {
                let value = fields[position]
                if !value.isEmpty { cells[column] = .text(value) }
            }
            return UpdateRow(number: index + 2, cells: cells, columns: columns)
        }
        return UpdateSheet(fileName: fileName, sheetName: nil, rows: rows, checksums: nil, revision: nil)
    }

    /// Finds the Actions sheet by its header row, not its name (users rename sheets), and
    /// the hidden control sheet by its first cell.
    public static func workbook(_ data: Data, fileName: String) throws -> UpdateSheet {
        let sheets: [ReadSheet]
        do {
            sheets = try XLSXReader.read(data)
        } catch {
            throw UpdateSheetError("\(fileName): \(error)")
        }
        var checksums: [String: String]?
        var revision: String?
        if let control = sheets.first(where: { $0.cell(row: 1, column: 1).text == ActionsWorkbookRenderer.formatMarker }) {
            var found: [String: String] = [:]
            for row in control.rowNumbers {
                let key = control.cell(row: row, column: 0).text
                let value = control.cell(row: row, column: 1).text
                if row == 2 && key == "revision" { revision = value }
                if row > 4, !key.isEmpty { found[key.lowercased()] = value }
            }
            checksums = found
        }
        for sheet in sheets {
            // The header is the first row; a few rows of title above it are tolerated.
            for headerRow in sheet.rowNumbers.prefix(5) {
                let header = (sheet.rows[headerRow] ?? [:]).map { ($0.key, $0.value.text) }.sorted { $0.0 < $1.0 }
                guard let columns = try? columnMap(header, fileName: fileName, sheet: sheet.name) else { continue }
                let rows = sheet.rowNumbers.filter { $0 > headerRow }.map { number in
                    var cells: [WorkbookColumn: ReadCell] = [:]
                    for (column, position) in columns {
                        let cell = sheet.cell(row: number, column: position)
                        if !cell.isEmpty { cells[column] = cell }
                    }
                    return UpdateRow(number: number, cells: cells, columns: columns)
                }
                return UpdateSheet(fileName: fileName, sheetName: sheet.name, rows: rows, checksums: checksums, revision: revision)
            }
        }
        throw UpdateSheetError("\(fileName): no sheet has a header row with an id column and at least one of \(WorkbookColumn.updateColumns.map { "'\($0.header(language: "en"))'" }.joined(separator: ", "))")
    }

    /// Column positions by what they hold; an id column and one update column at least.
    static func columnMap(_ header: [(Int, String)], fileName: String, sheet: String?) throws -> [WorkbookColumn: Int] {
        var columns: [WorkbookColumn: Int] = [:]
        for (position, text) in header {
            guard let column = WorkbookColumn.column(forHeader: text), columns[column] == nil else { continue }
            columns[column] = position
        }
        guard columns[.id] != nil else {
            throw UpdateSheetError("\(fileName): the header row has no id column")
        }
        guard WorkbookColumn.updateColumns.contains(where: { columns[$0] != nil }) else {
            throw UpdateSheetError("\(fileName): the header row has none of the columns \(WorkbookColumn.updateColumns.map { "'\($0.rawValue)'" }.joined(separator: ", "))")
        }
        return columns
    }
}

/// One data row: its number in the sheet (1-based, header included) and its cells.
public struct UpdateRow: Sendable {
    public var number: Int
    public var cells: [WorkbookColumn: ReadCell]
    /// Where each column is, for messages (`N5`).
    public var columns: [WorkbookColumn: Int]

    public subscript(_ column: WorkbookColumn) -> ReadCell { cells[column] ?? .empty }

    public var id: String { self[.id].text.trimmingCharacters(in: .whitespaces) }

    /// Whether the owner filled in anything to apply.
    public var hasUpdate: Bool { WorkbookColumn.updateColumns.contains { !self[$0].isEmpty } }
}

public struct UpdateSheetError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
