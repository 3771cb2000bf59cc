import Testing
@testable import Render

@Suite struct XMLTextWrapTests {
    @Test func latinWrapsAtSpacesAndCutsWithEllipsis() {
        #expect(XMLText.wrap("800 V inverter platform, SOP 2028", width: 16, limit: 2) == ["800 V inverter", "platform, SOP …"])
        #expect(XMLText.wrap("Qualifizierungsvereinbarung", width: 10, limit: 1) == ["Qualifizi…"])
        #expect(XMLText.wrap("a b", width: 10, limit: 1) == ["a b"])
    }

    @Test func chineseTakesTwoColumnsAndBreaksBetweenCharacters() {
        #expect(XMLText.columns("苏州二厂") == 8)
        #expect(XMLText.wrap("凯斯勒电子（苏州）有限公司", width: 12, limit: 3) == ["凯斯勒电子（", "苏州）有限公", "司"])
        // A code before Chinese text stays on the line and the text fills it.
        #expect(XMLText.wrap("CN-A1: 评估在中国合作封装厂", width: 16, limit: 1) == ["CN-A1: 评估在中…"])
    }
}
