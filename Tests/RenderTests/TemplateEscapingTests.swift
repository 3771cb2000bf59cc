import Mustache
import Testing
@testable import Render

/// The pack's escapers take a fast path over the bytes; their output must stay what
/// swift-mustache's HTML escaping and the character-by-character Markdown escaping gave.
@Suite struct TemplateEscapingTests {
    static let samples = [
        "", "plain text", "Café à Zürich – 3 €", "<script>alert('x')</script>", "a & b \"quoted\"",
        "<\u{338} joined", "*\u{301} marked", "line\r\nbreak\nand\rcr\ttab", "# heading | cell [link](x) `code` ~ ! { } $ \\ _",
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
