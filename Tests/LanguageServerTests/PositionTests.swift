@testable import LanguageServer
import Testing

/// LSP positions are UTF-16 code units by default, UTF-8 bytes when negotiated.
@Suite struct PositionTests {
    let text = "---\nMaßnahme 😀 DE-A1\nzweite\r\nletzte"

    @Test func utf16AndUTF8PositionsMapToTheSameBytes() {
        let lines = TextLines(text)
        // "Maßnahme " is 9 UTF-16 units and 10 bytes; the emoji 2 units and 4 bytes.
        let afterEmoji16 = lines.offset(of: Position(line: 1, character: 11), encoding: .utf16)
        let afterEmoji8 = lines.offset(of: Position(line: 1, character: 14), encoding: .utf8)
        #expect(afterEmoji16 == afterEmoji8)
        #expect(lines.position(ofOffset: afterEmoji16, encoding: .utf16) == Position(line: 1, character: 11))
        #expect(lines.position(ofOffset: afterEmoji16, encoding: .utf8) == Position(line: 1, character: 14))
        // apg's own columns are 1-based bytes.
        #expect(lines.position(line: 2, utf8Column: 16, encoding: .utf16) == Position(line: 1, character: 12))
        // Past the end of a line means its end (before \r\n).
        #expect(lines.position(ofOffset: lines.offset(of: Position(line: 2, character: 99), encoding: .utf16), encoding: .utf16) == Position(line: 2, character: 6))
        #expect(lines.fullRange(encoding: .utf16).end == Position(line: 3, character: 6))
    }

    @Test func incrementalChangesApplyInEitherEncoding() throws {
        var document = OpenDocument(uri: "file:///x.md", version: 1, text: text)
        try document.apply(["range": ["start": ["line": 1, "character": 12], "end": ["line": 1, "character": 17]], "text": "DE-A2"], encoding: .utf16)
        #expect(document.text == "---\nMaßnahme 😀 DE-A2\nzweite\r\nletzte")
        try document.apply(["range": ["start": ["line": 1, "character": 2], "end": ["line": 1, "character": 4]], "text": "ss"], encoding: .utf8)
        #expect(document.text == "---\nMassnahme 😀 DE-A2\nzweite\r\nletzte")
        try document.apply(["range": ["start": ["line": 3, "character": 0], "end": ["line": 3, "character": 6]], "text": "a\nb"], encoding: .utf16)
        #expect(document.text == "---\nMassnahme 😀 DE-A2\nzweite\r\na\nb")
        try document.apply(["text": "neu"], encoding: .utf16)
        #expect(document.text == "neu")
        #expect(throws: ResponseError.self) { try document.apply(["range": ["start": 1]], encoding: .utf16) }
    }
}
