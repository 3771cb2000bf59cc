/// The text of one source file with an index of its line starts, so that a line can be
/// shown under a diagnostic and a UTF-8 column converted to code points in constant time.
public struct SourceText: Sendable {
    public let path: String
    public let text: String
    /// Byte offset of the start of each line (line 1 at index 0).
    private let lineStarts: [Int]
    private let utf8: [UInt8]
    /// Code points before every `checkpointStride`-th byte, so that converting a column
    /// counts at most one stride of bytes: counting from the line start made 10,000
    /// diagnostics on one 90 KB line quadratic.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 64

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        let bytes = Array(text.utf8)
        var starts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var scalars = 0
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.checkpointStride == 0 { checkpoints.append(scalars) }
            if Self.isLeadByte(byte) { scalars += 1 }
            if byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        }
        if bytes.count % Self.checkpointStride == 0 { checkpoints.append(scalars) }
        self.lineStarts = starts
        self.scalarCheckpoints = checkpoints
        self.utf8 = bytes
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line terminator, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end >= start else { return "" }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The UTF-8 bytes of a 1-based line without its line terminator, or nil when out of
    /// range: `line(_:)` without building a String, for searches within the line.
    public func lineBytes(_ number: Int) -> ArraySlice<UInt8>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return utf8[start..<max(start, end)]
    }

    /// Converts a 1-based UTF-8 byte column on `line` to a 1-based code-point column.
    /// A column in the middle of a multi-byte character counts that character once.
    public func characterColumn(line: Int, utf8Column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, utf8Column > 1 else { return max(1, utf8Column) }
        let start = lineStarts[line - 1]
        let limit = min(start + utf8Column - 1, utf8.count)
        return scalars(before: limit) - scalars(before: start) + 1
    }

    /// The code points in the first `offset` bytes.
    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.checkpointStride
        var count = scalarCheckpoints[checkpoint]
        for index in (checkpoint * Self.checkpointStride)..<offset where Self.isLeadByte(utf8[index]) {
            count += 1
        }
        return count
    }

    /// Counting lead bytes counts code points; continuation bytes are 0b10xxxxxx.
    private static func isLeadByte(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }

    /// Converts a 1-based code-point column to a 1-based UTF-8 byte column.
    public func utf8Column(line: Int, characterColumn: Int) -> Int {
        guard let text = self.line(line), characterColumn > 1 else { return max(1, characterColumn) }
        let prefix = text.unicodeScalars.prefix(characterColumn - 1)
        return prefix.reduce(0) { $0 + String($1).utf8.count } + 1
    }
}
