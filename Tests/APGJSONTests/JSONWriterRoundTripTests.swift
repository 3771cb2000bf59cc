import Testing
@testable import APGJSON

@Suite struct JSONWriterRoundTripTests {
    static let samples: [JSONValue] = [
        nil, true, false, 0, -1, .number(0.1), .number(-1.5e-7), .number(1e300), .number(9_007_199_254_740_991),
        "", "plain", "quote \" backslash \\ slash /",
        "controls \u{0} \u{1} \u{8} \u{C} \u{1F} \u{7F}",
        "lines \n \r\n \t and separators \u{2028} \u{2029}",
        "Müller 中文 😀 e\u{301} \u{FEFF}",
        [], [:], [[[]]],
        ["z": 1, "a": [true, nil, "x"], "": ["nested": ["deeper": "y"]]],
    ]

    @Test(arguments: samples)
    func roundTripsPrettyAndCompact(value: JSONValue) throws {
        #expect(try JSONParser.parse(JSONWriter.serialize(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.serialize(value, pretty: false)) == value)
    }

    @Test func escapesControlCharactersAndSeparators() {
        let text = JSONWriter.serialize("a\u{0}b\u{1F}c\u{2028}d\"e\\f\ng", pretty: false)
        #expect(text == #""a\u0000b\u001fc\u2028d\"e\\f\ng""#)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func writesNonASCIIVerbatim() {
        #expect(JSONWriter.serialize("Müller 中文 😀", pretty: false) == "\"Müller 中文 😀\"")
    }

    @Test func isDeterministic() throws {
        let text = #"{"b": [1, 2.5, {"c": "ü"}], "a": null}"#
        let once = JSONWriter.serialize(try JSONParser.parse(text))
        let twice = JSONWriter.serialize(try JSONParser.parse(once))
        #expect(once == twice)
        #expect(once == "{\n  \"b\": [\n    1,\n    2.5,\n    {\n      \"c\": \"ü\"\n    }\n  ],\n  \"a\": null\n}\n")
    }
}
