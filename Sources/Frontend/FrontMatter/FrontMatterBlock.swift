/// Where the front matter sits in a guide: the YAML text between the opening `---` on
/// line 1 and the closing `---` (or `...`).
struct FrontMatterBlock {
    /// The YAML between the delimiters; its line 1 is the file's line 2.
    var yaml: String
    /// The file line of the closing delimiter.
    var closingLine: Int

    enum Failure: Error, Equatable {
        /// Line 1 is not `---`. `openingLine` is set when a `---` appears after leading
        /// blank lines, which is the usual way this goes wrong.
        case missing(openingLine: Int?)
        /// The `---` on line 1 is never closed.
        case unterminated
    }

    static func isDelimiter(_ line: Substring, allowDocumentEnd: Bool) -> Bool {
        let trimmed = line.trimmingTrailingSpaces()
        return trimmed == "---" || (allowDocumentEnd && trimmed == "...")
    }

    static func locate(in text: String) -> Result<FrontMatterBlock, Failure> {
        // Line by line, stopping at the closing delimiter: the body is not split.
        var lines = LineCursor(text)
        guard let first = lines.next(), isDelimiter(first, allowDocumentEnd: false) else {
            var scan = LineCursor(text)
            var number = 0
            while let line = scan.next() {
                number += 1
                guard line.allSatisfy(\.isWhitespace) else {
                    return .failure(isDelimiter(line, allowDocumentEnd: false) ? .missing(openingLine: number) : .missing(openingLine: nil))
                }
            }
            return .failure(.missing(openingLine: nil))
        }
        var yamlLines: [Substring] = []
        var number = 1
        while let line = lines.next() {
            number += 1
            if isDelimiter(line, allowDocumentEnd: true) {
                return .success(FrontMatterBlock(yaml: yamlLines.joined(separator: "\n"), closingLine: number))
            }
            yamlLines.append(line)
        }
        return .failure(.unterminated)
    }

    /// `text` with every line up to the closing delimiter emptied, keeping the line
    /// breaks, so that cmark reports the same line numbers as the file and never sees the
    /// `---` lines (which it would read as thematic breaks or setext underlines).
    func blanking(_ text: String) -> String {
        // By byte: a line break is `\n` or `\r\n` (one Character, kept as both bytes); a
        // lone `\r` in an emptied line goes with the line.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var line = 1
        var previous: UInt8 = 0
        var utf8 = text.utf8.makeIterator()
        while line <= closingLine, let byte = utf8.next() {
            if byte == UInt8(ascii: "\n") {
                if previous == UInt8(ascii: "\r") { result.append(previous) }
                result.append(byte)
                line += 1
            }
            previous = byte
        }
        while let byte = utf8.next() { result.append(byte) }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The lines of a text one at a time, without their terminators (`\n` or `\r\n`). Split
/// on bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
struct LineCursor {
    private let text: Substring.UTF8View
    private var position: Substring.UTF8View.Index?

    init(_ text: String) {
        self.text = Substring(text).utf8
        position = self.text.startIndex
    }

    mutating func next() -> Substring? {
        guard let start = position else { return nil }
        let end = text[start...].firstIndex(of: UInt8(ascii: "\n"))
        position = end.map { text.index(after: $0) }
        var line = text[start..<(end ?? text.endIndex)]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return Substring(line)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
