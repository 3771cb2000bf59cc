import Foundation
import ZIPFoundation

/// A sheet as read back: its name, whether it is hidden, and its cells by row.
public struct ReadSheet: Sendable, Equatable {
    public var name: String
    public var isHidden: Bool
    /// Rows by 1-based row number; each row maps 0-based columns to values.
    public var rows: [Int: [Int: ReadCell]]

    public init(name: String, isHidden: Bool, rows: [Int: [Int: ReadCell]]) {
        self.name = name
        self.isHidden = isHidden
        self.rows = rows
    }

    public var rowNumbers: [Int] { rows.keys.sorted() }

    public func cell(row: Int, column: Int) -> ReadCell { rows[row]?[column] ?? .empty }
}

/// A cell's value as a spreadsheet program left it.
public enum ReadCell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    /// A number shown with a date format: the program's way of storing a date.
    case date(CalendarDay)
    case boolean(Bool)

    /// The value as text, the way a person would type it.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value): SpreadsheetXML.number(value)
        case .date(let day): day.iso
        case .boolean(let value): value ? "TRUE" : "FALSE"
        }
    }

    public var isEmpty: Bool {
        if case .empty = self { return true }
        if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }
}

/// Reads the cell values of every sheet of an .xlsx file, whatever program saved it:
/// shared or inline strings, formula results, numbers with date formats (built-in or
/// custom), sheets renamed or reordered by the user.
public enum XLSXReader {
    public static func read(_ data: Data) throws -> [ReadSheet] {
        // Read from a file, not from memory: ZIPFoundation's in-memory archive traps when
        // a damaged directory points past the end of the data (found by fuzz-spreadsheet),
        // where reading a file just comes up short.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("apg-workbook-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw SpreadsheetError.malformed("cannot read the workbook: no room for a temporary copy in \(file.deletingLastPathComponent().path)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw SpreadsheetError.malformed("not an .xlsx workbook (the file is not a ZIP archive)")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            // The sizes in the archive's directory may lie: the bytes are counted as they come.
            let limit = SpreadsheetLimits.maximumBytes
            guard entry.uncompressedSize <= UInt64(limit) else {
                throw SpreadsheetLimits.overLimit("\(path) unpacks to \(entry.uncompressedSize) bytes; apg reads at most \(limit) bytes (64 MiB) per part")
            }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else {
                    throw SpreadsheetLimits.overLimit("\(path) unpacks to more than \(limit) bytes; apg reads at most 64 MiB per part")
                }
                bytes.append(chunk)
            }
            return bytes
        }
        guard let workbookData = try part("xl/workbook.xml") else {
            throw SpreadsheetError.malformed("not an .xlsx workbook (no xl/workbook.xml)")
        }
        let workbook = try XMLTreeElement.parse(workbookData, part: "xl/workbook.xml")
        var targets: [String: String] = [:]
        if let relsData = try part("xl/_rels/workbook.xml.rels") {
            for relationship in try XMLTreeElement.parse(relsData, part: "xl/_rels/workbook.xml.rels").children("Relationship") {
                if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") { targets[id] = target }
            }
        }
        let sharedStrings = try part("xl/sharedStrings.xml").map {
            try XMLTreeElement.parse($0, part: "xl/sharedStrings.xml").children("si").map(\.allText)
        } ?? []
        let dateStyles = try part("xl/styles.xml").map { try Self.dateStyles(XMLTreeElement.parse($0, part: "xl/styles.xml")) } ?? []

        var sheets: [ReadSheet] = []
        var cellCount = 0
        for (index, sheet) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            let name = sheet.attribute("name") ?? "Sheet\(index + 1)"
            let target = sheet.attribute("id").flatMap { targets[$0] } ?? "worksheets/sheet\(index + 1).xml"
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let sheetData = try part(path) else {
                throw SpreadsheetError.malformed("sheet '\(name)' is missing from the workbook (\(path))")
            }
            let rows = try Self.cells(of: XMLTreeElement.parse(sheetData, part: path), sharedStrings: sharedStrings, dateStyles: dateStyles, sheet: name)
            cellCount += rows.values.reduce(0) { $0 + $1.count }
            guard cellCount <= SpreadsheetLimits.maximumCells else {
                throw SpreadsheetLimits.overLimit("the workbook has more than \(SpreadsheetLimits.maximumCells) cells with a value; apg reads at most 1,000,000")
            }
            let state = sheet.attribute("state") ?? "visible"
            sheets.append(ReadSheet(name: name, isHidden: state != "visible", rows: rows))
        }
        return sheets
    }

    static func cells(of worksheet: XMLTreeElement, sharedStrings: [String], dateStyles: Set<Int>, sheet: String) throws -> [Int: [Int: ReadCell]] {
        var rows: [Int: [Int: ReadCell]] = [:]
        var rowNumber = 0
        let rowElements = worksheet.child("sheetData")?.children("row") ?? []
        guard rowElements.count <= SpreadsheetLimits.maximumRows else {
            throw SpreadsheetLimits.overLimit("sheet '\(sheet)' has \(rowElements.count) rows; apg reads at most \(SpreadsheetLimits.maximumRows) rows per sheet")
        }
        for row in rowElements {
            rowNumber = row.attribute("r").flatMap(Int.init) ?? rowNumber + 1
            var column = -1
            for cell in row.children("c") {
                if let reference = cell.attribute("r"), let parsed = ColumnName.parse(reference: reference) {
                    column = parsed.column
                } else {
                    column += 1
                }
                let value = cell.child("v")?.text
                let style = cell.attribute("s").flatMap(Int.init) ?? 0
                let read: ReadCell
                switch cell.attribute("t") ?? "n" {
                case "s":
                    guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), sharedStrings.indices.contains(index) else {
                        throw SpreadsheetError.malformed("sheet '\(sheet)', cell \(ColumnName.letters(column))\(rowNumber): a shared string that does not exist")
                    }
                    read = .text(sharedStrings[index])
                case "inlineStr": read = .text(cell.child("is")?.allText ?? "")
                case "str": read = .text(value ?? "")
                case "b": read = .boolean(value == "1")
                case "e": read = .text(value ?? "")
                case "d": read = .text(String((value ?? "").prefix(10)))
                default:
                    guard let value, let number = Double(value.trimmingCharacters(in: .whitespaces)) else { read = .empty; break }
                    if dateStyles.contains(style), let day = CalendarDay(serial: number) {
                        read = .date(day)
                    } else {
                        read = .number(number)
                    }
                }
                if read != .empty { rows[rowNumber, default: [:]][column] = read }
            }
        }
        return rows
    }

    /// The indices of the cell formats that show a number as a date: the built-in date
    /// formats 14–22 and 45–47, and custom formats with day, month or year codes.
    static func dateStyles(_ styles: XMLTreeElement) -> Set<Int> {
        var dateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            guard let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") else { continue }
            if isDateFormat(code) { dateFormats.insert(id) } else { dateFormats.remove(id) }
        }
        var result: Set<Int> = []
        for (index, format) in (styles.child("cellXfs")?.children("xf") ?? []).enumerated() {
            if let id = format.attribute("numFmtId").flatMap(Int.init), dateFormats.contains(id) { result.insert(index) }
        }
        return result
    }

    /// A format code shows a date when, outside quotes, brackets and escapes, it has a
    /// `d`, `m` or `y` (`[$-409]d-mmm-yy`, `yyyy\-mm\-dd`; not `0.00` or `"days"`).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBracket = true
            case "]" where !inQuotes: inBracket = false
            case "d" where !inQuotes && !inBracket, "m" where !inQuotes && !inBracket, "y" where !inQuotes && !inBracket:
                return true
            default: continue
            }
        }
        return false
    }
}
