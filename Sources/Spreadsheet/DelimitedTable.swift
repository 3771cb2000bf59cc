import SwiftCSV

/// A CSV file as a header and rows of text, as spreadsheet programs save it: with or
/// without a byte order mark, separated by `,`, (in locales with a decimal comma) `;`, or
/// tabs.
public struct DelimitedTable: Sendable, Equatable {
    public var header: [String]
    /// Data rows with their 1-based line number in the file's records (the header is 1).
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    public static func parse(_ text: String) throws -> DelimitedTable {
        guard text.utf8.count <= SpreadsheetLimits.maximumBytes else {
            throw SpreadsheetLimits.overLimit("the file has \(text.utf8.count) bytes; apg reads at most \(SpreadsheetLimits.maximumBytes) bytes (64 MiB) of CSV")
        }
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        // The header row names columns without these characters, so the commonest one is
        // the separator.
        let counts = [(CSVDelimiter.comma, ","), (.semicolon, ";"), (.tab, "\t")].map { delimiter, character in
            (delimiter, firstLine.filter { $0 == Character(character) }.count)
        }
        let delimiter = counts.reduce(counts[0]) { $1.1 > $0.1 ? $1 : $0 }.0
        do {
            let csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
            guard csv.rows.count < SpreadsheetLimits.maximumRows else {
                throw SpreadsheetLimits.overLimit("the file has \(csv.rows.count + 1) rows; apg reads at most \(SpreadsheetLimits.maximumRows) rows")
            }
            return DelimitedTable(header: csv.header, rows: csv.rows)
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError.malformed("not a readable CSV file: \(error)")
        }
    }
}
