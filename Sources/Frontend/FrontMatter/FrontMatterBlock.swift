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

    /// The lines of `text` without their terminators (`\n` or `\r\n`).
    static func lines(of text: String) -> [Substring] {
        // Split on bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            return line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
        }
    }

    static func isDelimiter(_ line: Substring, allowDocumentEnd: Bool) -> Bool {
        let trimmed = line.trimmingTrailingSpaces()
        return trimmed == "---" || (allowDocumentEnd && trimmed == "...")
    }

    static func locate(in text: String) -> Result<FrontMatterBlock, Failure> {
        let lines = lines(of: text)
        guard let first = lines.first, isDelimiter(first, allowDocumentEnd: false) else {
            if let firstContent = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
               isDelimiter(lines[firstContent], allowDocumentEnd: false) {
                return .failure(.missing(openingLine: firstContent + 1))
            }
            return .failure(.missing(openingLine: nil))
        }
        for index in 1..<lines.count where isDelimiter(lines[index], allowDocumentEnd: true) {
            let yaml = lines[1..<index].joined(separator: "\n")
            return .success(FrontMatterBlock(yaml: yaml, closingLine: index + 1))
        }
        return .failure(.unterminated)
    }

    /// `text` with every line up to the closing delimiter emptied, keeping the line
    /// breaks, so that cmark reports the same line numbers as the file and never sees the
    /// `---` lines (which it would read as thematic breaks or setext underlines).
    func blanking(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var line = 1
        for character in text {
            if character == "\n" || character == "\r\n" {
                result.append(character)
                line += 1
            } else if line > closingLine {
                result.append(character)
            }
        }
        return result
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
