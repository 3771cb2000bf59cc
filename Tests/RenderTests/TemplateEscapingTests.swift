import Mustache
import Testing
@testable import Render

/// The pack's escapers take a fast path over the bytes; their output must stay what
/// swift-mustache's HTML escaping and the character-by-character Markdown escaping gave,
/// except where a combining mark joins a special character (`specialCharactersJoinedByMarksAreEscaped`).
@Suite struct TemplateEscapingTests {
    static let samples = [
        "", "plain text", "Café à Zürich – 3 €", "<script>alert('x')</script>", "a & b \"quoted\"",
        "line\r\nbreak\nand\rcr\ttab", "# heading | cell [link](x) `code` ~ ! { } $ \\ _",
        "emoji 👩‍👩‍👧 & flags 🇩🇪 < 🇫🇷", "e\u{301}<e\u{301}>",
    ]

    @Test(arguments: samples) func htmlMatchesSwiftMustache(_ text: String) throws {
        let template = try MustacheTemplate(string: "{{text}}")
        #expect(HTMLText.escape(text) == template.render(["text": text]))
    }

    @Test(arguments: samples) func markdownMatchesCharacterByCharacterEscaping(_ text: String) {
        #expect(MarkdownText.escape(text) == Self.markdownReference(text))
    }

    @Test func markdownEscapesMarkupAndFlattensLines() {
        #expect(MarkdownText.escape("a*b\r\nc|d") == "a\\*b c\\|d")
        #expect(MarkdownText.escape("nothing to do") == "nothing to do")
    }

    /// Escaping by `Character` left a quote, `<`, `*` or `|` that a combining mark joins as
    /// it was: in an attribute value `"\u{301}` still ends the value in a browser (so a
    /// title could add an attribute), and `|\u{301}` still ends a table cell for cmark.
    @Test func specialCharactersJoinedByMarksAreEscaped() {
        #expect(HTMLText.escape("x\"\u{301} onmouseover=alert(1) y=") == "x&quot;\u{301} onmouseover=alert(1) y=")
        #expect(HTMLText.escape("<\u{338} joined '\u{301}") == "&lt;\u{338} joined &#39;\u{301}")
        #expect(MarkdownText.escape("*\u{301} marked |\u{301} cell") == "\\*\u{301} marked \\|\u{301} cell")
        #expect(ReportMarkdownWriter.inline("a |\u{301} b") == "a \\|\u{301} b")
    }

    /// The escaping as first written, one `Character` at a time.
    static func markdownReference(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "{", "}", "$":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n", "\t":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }
}
