/// How the `character` of an LSP position counts: UTF-16 code units (the protocol's
/// default) or UTF-8 bytes, when the client offers `utf-8` in
/// `general.positionEncodings` — apg's own columns are bytes, so that one is exact.
public enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
}

/// An LSP position: 0-based line and character in the negotiated encoding.
struct Position: Hashable, Sendable, Comparable {
    var line: Int
    var character: Int

    static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

/// An LSP range, `end` exclusive.
struct TextRange: Hashable, Sendable {
    var start: Position
    var end: Position
}

/// A text's bytes with its line starts, converting between byte offsets, apg's
/// (1-based line, 1-based byte column) and LSP positions in either encoding.
struct TextLines: Sendable {
    let bytes: [UInt8]
    /// Byte offset of each line's start; line 0 at index 0.
    let lineStarts: [Int]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The byte range of a 0-based line without its terminator (`\n` or `\r\n`).
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The byte offset of an LSP position; a character past the line's end means its
    /// end, a line past the text's end means the text's end (as the protocol asks).
    func offset(of position: Position, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let range = lineRange(position.line)
        switch encoding {
        case .utf8:
            var offset = min(range.lowerBound + max(0, position.character), range.upperBound)
            // Never split a character.
            while offset > range.lowerBound, offset < range.upperBound, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        case .utf16:
            var units = 0
            var offset = range.lowerBound
            while offset < range.upperBound, units < position.character {
                let length = Self.sequenceLength(bytes[offset])
                units += length == 4 ? 2 : 1
                offset = min(offset + length, range.upperBound)
            }
            return offset
        }
    }

    /// The LSP position of a byte offset.
    func position(ofOffset offset: Int, encoding: PositionEncoding) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = min(clamped, lineRange(low).upperBound)
        switch encoding {
        case .utf8:
            return Position(line: low, character: end - start)
        case .utf16:
            var units = 0
            var index = start
            while index < end {
                let length = Self.sequenceLength(bytes[index])
                units += length == 4 ? 2 : 1
                index += length
            }
            return Position(line: low, character: units)
        }
    }

    /// The LSP position of apg's 1-based line and 1-based byte column.
    func position(line: Int, utf8Column: Int, encoding: PositionEncoding) -> Position {
        guard line >= 1 else { return Position(line: 0, character: 0) }
        guard line <= lineStarts.count else { return position(ofOffset: bytes.count, encoding: encoding) }
        let range = lineRange(line - 1)
        return position(ofOffset: min(range.lowerBound + max(0, utf8Column - 1), range.upperBound), encoding: encoding)
    }

    /// The range of the whole text.
    func fullRange(encoding: PositionEncoding) -> TextRange {
        TextRange(start: Position(line: 0, character: 0), end: position(ofOffset: bytes.count, encoding: encoding))
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
