import SwiftCSV

/// A CSV file as a header and rows of text, as spreadsheet programs save it: with or
/// without a byte order mark, separated by `,` or (in locales with a decimal comma) `;`.
public struct DelimitedTable: Sendable, Equatable {
    public var header: [String]
    /// Data rows with their 1-based line number in the file's records (the header is 1).
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    public static func parse(_ text: String) throws -> DelimitedTable {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: CSVDelimiter = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? .semicolon : .comma
        do {
            let csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
            return DelimitedTable(header: csv.header, rows: csv.rows)
        } catch {
            throw SpreadsheetError.malformed("not a readable CSV file: \(error)")
        }
    }
}
