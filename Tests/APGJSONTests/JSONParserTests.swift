import Testing
@testable import APGJSON

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" { "a": [1, -2.5, 3e2, 0, -0.0E-1], "b": true, "c": false, "d": null, "e": "x" } "#)
        #expect(value == ["a": [1, .number(-2.5), 300, 0, .number(-0.0)], "b": true, "c": false, "d": nil, "e": "x"])
    }

    @Test func keepsMemberOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        guard case .object(let members) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "m"])
    }

    @Test func acceptsScalarsAtTopLevel() throws {
        #expect(try JSONParser.parse("42") == 42)
        #expect(try JSONParser.parse("\"s\"") == "s")
        #expect(try JSONParser.parse(" null\n") == nil)
    }

    @Test func decodesEscapes() throws {
        let value = try JSONParser.parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \uD83D\uDE00 \u4E2D""#)
        #expect(value == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t é 😀 中"))
    }

    @Test func keepsRawUnicode() throws {
        #expect(try JSONParser.parse(#""Müller 中文 😀""#) == "Müller 中文 😀")
    }

    @Test func ignoresALeadingByteOrderMark() throws {
        #expect(try JSONParser.parse("\u{FEFF}[1]") == [1])
    }

    @Test(arguments: [
        ("", "expected a JSON value, found end of input", 1, 1),
        ("[1,]", "trailing comma in array", 1, 4),
        (#"{"a":1,}"#, "expected a member name in double quotes, found '}'", 1, 8),
        ("01", "leading zeros are not allowed in numbers", 1, 1),
        ("1.", "expected a digit after the decimal point, found end of input", 1, 3),
        ("1e", "expected a digit in the exponent, found end of input", 1, 3),
        ("-", "expected a digit in number, found end of input", 1, 2),
        ("+1", "expected a JSON value, found '+'", 1, 1),
        (".5", "expected a JSON value, found '.'", 1, 1),
        ("NaN", "expected a JSON value, found 'N'", 1, 1),
        ("tru", "invalid literal, expected 'true'", 1, 1),
        ("truex", "invalid literal, expected 'true'", 1, 1),
        ("[1 2]", "expected ',' or ']' in array, found '2'", 1, 4),
        ("{\"a\" 1}", "expected ':' after member name, found '1'", 1, 6),
        ("{'a': 1}", "expected a member name in double quotes, found '''", 1, 2),
        ("[1] x", "unexpected 'x' after the JSON value", 1, 5),
        ("// c\n1", "expected a JSON value, found '/'", 1, 1),
        ("\"abc", "unterminated string", 1, 1),
        ("\"a\tb\"", "unescaped control character U+0009 in string", 1, 3),
        (#""\x""#, "invalid escape sequence '\\x'", 1, 2),
        (#""\u12""#, "\\u must be followed by four hexadecimal digits", 1, 2),
        (#""\uD800""#, "high surrogate \\uD800 is not followed by a low surrogate", 1, 2),
        (#""\uDC00""#, "lone low surrogate \\uDC00", 1, 2),
        (#"{"a": 1, "a": 2}"#, "duplicate member name \"a\"", 1, 10),
        ("1e999", "number 1e999 is out of range", 1, 1),
        ("[\n  1,\n  ü]", "expected a JSON value, found 'ü'", 3, 3),
        ("[\"中文\", x]", "expected a JSON value, found 'x'", 1, 8),
    ])
    func reportsErrorsWithPositions(input: String, message: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(input)
            Issue.record("expected \(input.debugDescription) to be rejected")
        } catch {
            #expect(error.message == message)
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func errorDescriptionNamesLineAndColumn() {
        #expect(throws: JSONParseError(message: "trailing comma in array", line: 2, column: 4, offset: 7)) {
            try JSONParser.parse("[1,\n 2,]")
        }
        let error = JSONParseError(message: "m", line: 2, column: 3, offset: 6)
        #expect(error.description == "line 2, column 3: m")
    }

    @Test func limitsNestingDepth() throws {
        let nested = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(nested, maximumDepth: 9) }
        #expect(try JSONParser.parse(nested, maximumDepth: 10) != nil)
    }

    @Test func survivesHostileNesting() {
        // Far deeper than any stack could take if the parser recursed without a limit.
        for opener in ["[", "{\"a\":"] {
            let text = String(repeating: opener, count: 200_000)
            do {
                _ = try JSONParser.parse(text)
                Issue.record("accepted unbalanced nesting")
            } catch {
                #expect(error.message == "nesting deeper than \(JSONParser.defaultMaximumDepth) levels")
            }
        }
    }

    @Test func neverTrapsOnGarbage() {
        // A fixed-seed generator keeps the test deterministic.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("{}[]:,\"\\/ tfnrue0123456789.-+eE\u{0}\n\tü中😀\u{FEFF}")
        var rejected = 0
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<24 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            do { _ = try JSONParser.parse(text) } catch { rejected += 1 }
        }
        #expect(rejected > 0)
    }
}
