import Foundation
import Spreadsheet
import Testing
import ZIPFoundation

/// The sizes `apg update` reads (`SpreadsheetLimits`): beyond one, a `tooLarge` error
/// naming the limit and its code, before the memory grows.
struct SpreadsheetLimitsTests {
    static func isTooLarge(_ error: any Error) -> Bool {
        guard case SpreadsheetError.tooLarge(let message) = error else { return false }
        return message.contains("APG053")
    }

    @Test func aCSVFileWithMoreRowsThanTheLimitIsRefused() throws {
        let header = "id,new status\n"
        let atLimit = header + String(repeating: "A1,done\n", count: SpreadsheetLimits.maximumRows - 1)
        #expect(try DelimitedTable.parse(atLimit).rows.count == SpreadsheetLimits.maximumRows - 1)
        let error = #expect(throws: SpreadsheetError.self) { try DelimitedTable.parse(atLimit + "A1,done\n") }
        #expect(error.map(Self.isTooLarge) == true, "\(String(describing: error))")
    }

    @Test func aWorkbookPartThatUnpacksBeyond64MiBIsRefusedUnread() throws {
        // A ZIP bomb in miniature: 65 MiB of zeros compress to ~65 KB.
        let archive = try Archive(data: Data(), accessMode: .create)
        let size = SpreadsheetLimits.maximumBytes + (1 << 20)
        let zeros = Data(count: 1 << 20)
        try archive.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate, provider: { _, chunk in
            zeros.prefix(chunk)
        })
        let data = try #require(archive.data)
        #expect(data.count < 1 << 20)
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(data) }
        #expect(error.map(Self.isTooLarge) == true, "\(String(describing: error))")
    }
}
