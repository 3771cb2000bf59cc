import APGJSON
import Testing

/// The writer escapes by UTF-8 byte and indents without building strings: what it writes
/// is pinned here character for character.
@Suite struct JSONWriterBytesTests {
    @Test func escapesOnlyWhatJSONAndJavaScriptNeed() {
        let text = JSONWriter.serialize("\u{8}\u{C}\t\r\u{7F} — €\u{2029}\u{2028}x\u{2027}", pretty: false)
        #expect(text == #""\b\f\t\r"# + "\u{7F} — €" + #"\u2029\u2028x"# + "\u{2027}\"")
    }

    @Test func indentsTwoSpacesPerLevel() {
        let value: JSONValue = ["a": [1, ["b": nil, "c": []]], "d": [:], "e": .number(2.5), "f": true]
        #expect(JSONWriter.serialize(value) == """
            {
              "a": [
                1,
                {
                  "b": null,
                  "c": []
                }
              ],
              "d": {},
              "e": 2.5,
              "f": true
            }

            """)
        #expect(JSONWriter.serialize(value, pretty: false) == #"{"a":[1,{"b":null,"c":[]}],"d":{},"e":2.5,"f":true}"#)
        #expect(JSONWriter.bytes(value) == Array(JSONWriter.serialize(value).utf8))
    }
}
