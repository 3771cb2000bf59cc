import Foundation
@testable import Spreadsheet
import Testing

/// The XML reader of workbook parts: what spreadsheet programs write reads as before,
/// and what is damaged or hostile is a `malformed` error naming the part and the line.
struct XMLPartParserTests {
    static func parse(_ text: String) throws -> XMLTreeElement {
        try XMLPartParser.parse(Data(text.utf8), part: "xl/test.xml")
    }

    static func failure(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch SpreadsheetError.malformed(let message) {
            return message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func elementsAttributesAndTextAsSpreadsheetProgramsWriteThem() throws {
        let root = try Self.parse("""
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- written by a program -->
            <x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count='2'>
              <x:si><x:t xml:space="preserve"> a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233;&#x1F600; </x:t></x:si>
              <x:si><x:r><x:t>one</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh><x:r><x:t><![CDATA[<two> & more]]></x:t></x:r></x:si>
              <x:si/>
            </x:sst>
            """)
        #expect(root.name == "sst")
        #expect(root.attributes["count"] == "2")
        #expect(root.attribute("space") == nil)
        let items = root.children("si")
        #expect(items.count == 3)
        #expect(items[0].allText == " a <b> & \"c\" 'd' é😀 ")
        #expect(items[0].child("t")?.attribute("space") == "preserve")
        #expect(items[1].allText == "one<two> & more")
        #expect(items[2].allText.isEmpty)
    }

    @Test func lineEndsAreNormalizedAsXMLDoes() throws {
        let root = try Self.parse("<c v=\"a\r\nb\tc\">x\r\ny\rz</c>")
        #expect(root.text == "x\ny\nz")
        #expect(root.attributes["v"] == "a b c")
    }

    @Test func damagedOrHostilePartsAreRefusedWithTheirLine() {
        let refused = [
            "<a><b></a></b>": "'</a>' does not close '<b>'",
            "<a/></a>": "closes no open element",
            "<a>\n<b>": "'b' is not closed",
            "<a/><b/>": "a second root element",
            "text<a/>": "text outside the root element",
            "<a>&nbsp;</a>": "not an entity",
            "<a>&#0;</a>": "not an entity",
            "<a>& b</a>": "starts no entity",
            "<a b=c/>": "not quoted",
            "<a b=\"1\" b=\"2\"/>": "appears twice",
            "<a b=\"1\"c=\"2\"/>": "not separated",
            "<a b=\"<\"/>": "a '<' in the value",
            "<a><!-- open": "a comment that does not end",
            "<a><![CDATA[ open": "a CDATA section that does not end",
            "< a/>": "without a name",
            "": "no root element",
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><a>&lol2;</a>": "document type",
        ]
        for (text, reason) in refused {
            let message = Self.failure(text)
            #expect(message?.contains(reason) == true, "\(text.debugDescription): \(message ?? "accepted")")
            #expect(message?.hasPrefix("xl/test.xml is not well-formed XML (line ") == true, "\(message ?? "")")
        }
        #expect(Self.failure("<a>\n\n<b></c></a>")?.contains("(line 3)") == true)
        #expect((try? XMLPartParser.parse(Data([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]), part: "p")) == nil)
    }

    @Test func nestingIsBoundedAndDeepInputReadsInLinearTime() throws {
        let limit = XMLPartParser.maximumDepth
        #expect(try Self.parse(String(repeating: "<a>", count: limit) + String(repeating: "</a>", count: limit)).name == "a")
        #expect(Self.failure(String(repeating: "<a>", count: limit + 1) + String(repeating: "</a>", count: limit + 1))?.contains("nested more than") == true)
        // 100,000 open tags stop at the limit instead of building a tree that deep.
        #expect(Self.failure(String(repeating: "<a>", count: 100_000))?.contains("nested more than") == true)
    }
}
