import Foundation
import ZIPFoundation

/// Writes a `Workbook` as an Office Open XML (.xlsx) file: a ZIP of SpreadsheetML parts.
///
/// The bytes depend on the workbook alone: entries in a fixed order with a fixed
/// timestamp and permissions, shared strings numbered in order of first use, and no
/// document properties (which would carry the clock).
public enum XLSXWriter {
    /// 1980-01-01T00:00:00Z, the earliest time a ZIP entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// Cell styles, by index into `cellXfs` in `styles.xml`.
    enum Style: Int {
        case locked = 0, header = 1, editable = 2, editableDate = 3, lockedDate = 4
    }

    public static func data(for workbook: Workbook) throws -> Data {
        var strings = SharedStrings()
        let sheets = workbook.sheets.map { sheetXML($0, strings: &strings) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", stylesXML),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: entryDate, permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw SpreadsheetError.malformed("the workbook could not be assembled in memory") }
        return data
    }

    // MARK: Parts

    static func contentTypes(sheetCount: Int) -> String {
        var xml = SpreadsheetXML.header
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        for index in 0..<sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let rootRelationships = SpreadsheetXML.header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbookXML(_ workbook: Workbook) -> String {
        var xml = SpreadsheetXML.header
        xml += "<workbook xmlns=\"\(SpreadsheetXML.mainNamespace)\" xmlns:r=\"\(SpreadsheetXML.relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in workbook.sheets.enumerated() {
            let state = sheet.isHidden ? " state=\"hidden\"" : ""
            xml += "<sheet name=\"\(SpreadsheetXML.escape(sheetName(sheet.name)))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = SpreadsheetXML.header
        xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Fonts: regular and bold. Number format 164 is an ISO date. Cell formats are `Style`.
    static let stylesXML = SpreadsheetXML.header
        + "<styleSheet xmlns=\"\(SpreadsheetXML.mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"5\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    static func sheetXML(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
        let columnCount = max(sheet.columnWidths.count, sheet.rows.map(\.count).max() ?? 0)
        var xml = SpreadsheetXML.header
        xml += "<worksheet xmlns=\"\(SpreadsheetXML.mainNamespace)\" xmlns:r=\"\(SpreadsheetXML.relationshipNamespace)\">"
        if columnCount > 0, !sheet.rows.isEmpty {
            xml += "<dimension ref=\"A1:\(ColumnName.letters(columnCount - 1))\(sheet.rows.count)\"/>"
        }
        if sheet.freezesHeader {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        }
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if columnCount > 0 {
            xml += "<cols>"
            for column in 0..<columnCount {
                let width = column < sheet.columnWidths.count ? sheet.columnWidths[column] : 10
                // Protection locks every cell by default, the empty ones below the data too:
                // the column style unlocks a column's new rows along with its cells.
                let style = sheet.isProtected && !sheet.lockedColumns.contains(column) ? " style=\"\(Style.editable.rawValue)\"" : ""
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(SpreadsheetXML.number(width))\" customWidth=\"1\"\(style)/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let rowNumber = rowIndex + 1
            xml += "<row r=\"\(rowNumber)\">"
            for (column, cell) in row.enumerated() {
                let reference = "\(ColumnName.letters(column))\(rowNumber)"
                let style = style(of: cell, column: column, isHeader: sheet.freezesHeader && rowIndex == 0, in: sheet)
                let styleAttribute = style == .locked ? "" : " s=\"\(style.rawValue)\""
                switch cell {
                case .empty:
                    if style != .locked { xml += "<c r=\"\(reference)\"\(styleAttribute)/>" }
                case .text(let text):
                    xml += "<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case .number(let value):
                    xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(SpreadsheetXML.number(value))</v></c>"
                case .date(let day):
                    xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(day.serial)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.isProtected {
            // No password: the lock guards against slips, not against the owner.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\" sort=\"0\" autoFilter=\"0\"/>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                let column = ColumnName.letters(validation.column)
                let list = validation.values.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"\(column)\(validation.firstRow):\(column)\(validation.lastRow)\">"
                xml += "<formula1>\(SpreadsheetXML.escape("\"" + list + "\""))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    static func style(of cell: Cell, column: Int, isHeader: Bool, in sheet: Worksheet) -> Style {
        if isHeader { return .header }
        let editable = sheet.isProtected && !sheet.lockedColumns.contains(column)
        if case .date = cell { return editable ? .editableDate : .lockedDate }
        return editable ? .editable : .locked
    }

    /// Excel's limits on sheet names: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        return String(cleaned.prefix(31))
    }
}

/// The shared string table, numbered in order of first use.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var xml = SpreadsheetXML.header
        xml += "<sst xmlns=\"\(SpreadsheetXML.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered { xml += "<si>\(SpreadsheetXML.textElement(text))</si>" }
        return xml + "</sst>"
    }
}

public enum SpreadsheetError: Error, CustomStringConvertible, Equatable {
    case malformed(String)
    /// Over one of `SpreadsheetLimits`; the message names it.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .malformed(let reason), .tooLarge(let reason): reason
        }
    }
}
