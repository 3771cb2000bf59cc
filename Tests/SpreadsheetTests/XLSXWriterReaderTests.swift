import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheet

@Suite struct XLSXWriterReaderTests {
    static func sample() -> Workbook {
        var actions = Worksheet(name: "Actions", rows: [
            [.text("ID"), .text("Title"), .text("Due"), .text("Target"), .text("New status")],
            [.text("A1"), .text("Tom & Jerry's <test> \"quoted\""), .date(CalendarDay(year: 2027, month: 3, day: 10)!), .number(12), .empty],
            [.text("A2"), .text("  leading space"), .empty, .number(2.5), .empty],
            [.text("A3"), .text("bell\u{7}gone"), .date(CalendarDay(year: 2027, month: 6, day: 30)!), .empty, .empty],
        ])
        actions.freezesHeader = true
        actions.lockedColumns = [0]
        actions.columnWidths = [10, 40, 12, 10, 16]
        actions.validations = [ListValidation(column: 4, firstRow: 2, lastRow: 50, values: ["open", "at risk", "say \"hi\""])]
        var hidden = Worksheet(name: "apg", rows: [[.text("format"), .text("x")]])
        hidden.isHidden = true
        return Workbook(sheets: [actions, hidden])
    }

    @Test func writtenValuesReadBackWithTheirTypes() throws {
        let sheets = try XLSXReader.read(try XLSXWriter.data(for: Self.sample()))
        #expect(sheets.map(\.name) == ["Actions", "apg"])
        #expect(sheets.map(\.isHidden) == [false, true])
        let actions = sheets[0]
        #expect(actions.cell(row: 2, column: 1) == .text("Tom & Jerry's <test> \"quoted\""))
        #expect(actions.cell(row: 2, column: 2) == .date(CalendarDay(year: 2027, month: 3, day: 10)!))
        #expect(actions.cell(row: 2, column: 3) == .number(12))
        #expect(actions.cell(row: 3, column: 1) == .text("  leading space"))
        #expect(actions.cell(row: 3, column: 3) == .number(2.5))
        // A control character XML cannot carry is dropped, not written as a broken file.
        #expect(actions.cell(row: 4, column: 1) == .text("bellgone"))
        #expect(actions.cell(row: 3, column: 2) == .empty)
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try XLSXWriter.data(for: Self.sample())
        let second = try XLSXWriter.data(for: Self.sample())
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func theSheetCarriesFreezeProtectionValidationAndWidths() throws {
        var strings = SharedStrings()
        let xml = XLSXWriter.sheetXML(Self.sample().sheets[0], strings: &strings)
        #expect(xml.contains("state=\"frozen\""))
        #expect(xml.contains("<sheetProtection sheet=\"1\""))
        #expect(xml.contains("<formula1>&quot;open,at risk,say &quot;&quot;hi&quot;&quot;&quot;</formula1>"))
        #expect(xml.contains("sqref=\"E2:E50\""))
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"40\" customWidth=\"1\" style=\"2\"/>"))
        // The id column keeps the locked default style; the others are unlocked.
        #expect(xml.contains("<c r=\"A2\" t=\"s\">"))
        #expect(xml.contains("<c r=\"B2\" s=\"2\" t=\"s\">"))
        #expect(xml.contains("<c r=\"C2\" s=\"3\"><v>46456</v></c>"))
    }

    @Test func serialNumbersFollowTheSpreadsheetCalendar() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.serial == 25_569)
        #expect(CalendarDay(year: 1900, month: 3, day: 1)?.serial == 61)
        #expect(CalendarDay(year: 2027, month: 3, day: 10)?.serial == 46_456)
        #expect(CalendarDay(serial: 46_456.75)?.iso == "2027-03-10")
        #expect(CalendarDay(year: 2027, month: 2, day: 30) == nil)
        #expect(ColumnName.letters(0) == "A" && ColumnName.letters(25) == "Z" && ColumnName.letters(26) == "AA")
        #expect(ColumnName.parse(reference: "AB12")?.column == 27)
        #expect(ColumnName.parse(reference: "AB12")?.row == 12)
    }

    /// What other programs write: inline strings, rich-text shared strings, a custom date
    /// format, prefixed element names, cells without references, a renamed sheet.
    @Test func readsWhatOtherProgramsWrite() throws {
        let workbook = """
        <?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Renamed by me" sheetId="7" r:id="rId9"/></x:sheets></x:workbook>
        """
        let rels = """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="worksheet" Target="/xl/worksheets/other.xml"/></Relationships>
        """
        let strings = """
        <?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>at </t></r><r><rPr><b/></rPr><t>risk</t></r><rPh><t>ignored</t></rPh></si></sst>
        """
        let styles = """
        <?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="170" formatCode="[$-407]dd/mm/yyyy;@"/><numFmt numFmtId="171" formatCode="0.00&quot; days&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="14"/></cellXfs></styleSheet>
        """
        let sheet = """
        <?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>ID</x:t></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row><x:row><x:c r="A2" s="1"><x:v>46456</x:v></x:c><x:c r="C2" s="2"><x:v>3.5</x:v></x:c><x:c r="D2" s="3"><x:v>46457</x:v></x:c><x:c r="E2" t="str"><x:f>A1</x:f><x:v>ID</x:v></x:c><x:c r="F2" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>
        """
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", strings),
                             ("xl/styles.xml", styles), ("xl/worksheets/other.xml", sheet)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), provider: { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            })
        }
        let sheets = try XLSXReader.read(try #require(archive.data))
        #expect(sheets.map(\.name) == ["Renamed by me"])
        let read = sheets[0]
        #expect(read.cell(row: 1, column: 0) == .text("ID"))
        #expect(read.cell(row: 1, column: 1) == .text("at risk"))
        #expect(read.cell(row: 2, column: 0) == .date(CalendarDay(year: 2027, month: 3, day: 10)!))
        #expect(read.cell(row: 2, column: 2) == .number(3.5))
        #expect(read.cell(row: 2, column: 3) == .date(CalendarDay(year: 2027, month: 3, day: 11)!))
        #expect(read.cell(row: 2, column: 4) == .text("ID"))
        #expect(read.cell(row: 2, column: 5) == .boolean(true))
    }

    @Test func notAWorkbookIsAnErrorNotACrash() {
        #expect(throws: SpreadsheetError.self) { try XLSXReader.read(Data("id,new status\n".utf8)) }
        #expect(throws: SpreadsheetError.self) { try XLSXReader.read(Data()) }
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        #expect(XLSXReader.isDateFormat("yyyy\\-mm\\-dd"))
        #expect(XLSXReader.isDateFormat("[$-409]d-mmm-yy"))
        #expect(!XLSXReader.isDateFormat("0.00"))
        #expect(!XLSXReader.isDateFormat("0\" days\""))
        #expect(!XLSXReader.isDateFormat("[Red]0.0"))
    }

    @Test func csvWithByteOrderMarkSemicolonsAndQuotes() throws {
        let table = try DelimitedTable.parse("\u{FEFF}ID;Neuer Status;Kommentar\r\nA1;gefährdet;\"Lieferant; verspätet\"\r\nA2;;\r\n")
        #expect(table.header == ["ID", "Neuer Status", "Kommentar"])
        #expect(table.rows.first == ["A1", "gefährdet", "Lieferant; verspätet"])
        let commas = try DelimitedTable.parse("id,new status,comment\nA1,at risk,\"a, b\"\n")
        #expect(commas.rows.first == ["A1", "at risk", "a, b"])
    }
}
