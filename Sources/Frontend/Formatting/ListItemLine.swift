/// A list item's first line as written: indentation, marker, and the text after it.
struct ListItemLine {
    /// Column of the marker (tabs count as four).
    var column: Int
    /// `-`, `*`, `+`, or an ordered marker such as `1.` or `2)`.
    var marker: String
    /// Column where the item's text starts, as written.
    var contentColumn: Int
    var content: String

    var isBullet: Bool { marker.count == 1 }

    init?(_ line: String) {
        var column = 0
        var rest = line[...]
        while let first = rest.first, first == " " || first == "\t" {
            column += first == "\t" ? 4 - column % 4 : 1
            rest = rest.dropFirst()
        }
        let marker: Substring
        if let first = rest.first, "-*+".contains(first) {
            marker = rest.prefix(1)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let delimiter = rest.dropFirst(digits.count).first, delimiter == "." || delimiter == ")" else { return nil }
            marker = rest.prefix(digits.count + 1)
        }
        let afterMarker = rest.dropFirst(marker.count)
        let spaces = afterMarker.prefix { $0 == " " }
        // A marker needs a space after it (or nothing); five or more start code.
        guard afterMarker.isEmpty || (1...4).contains(spaces.count) else { return nil }
        let text = afterMarker.dropFirst(spaces.count)
        // `- - -` and `***` are thematic breaks, not items.
        let compact = rest.filter { $0 != " " && $0 != "\t" }
        if compact.count >= 3, let first = compact.first, "-*_".contains(first), compact.allSatisfy({ $0 == first }) { return nil }
        self.column = column
        self.marker = String(marker)
        self.contentColumn = column + marker.count + max(spaces.count, 1)
        self.content = String(text)
    }
}

/// The open list items above the current line, with the columns they were written at
/// and the columns the formatter moves them to.
struct ListNesting {
    private var open: [(writtenContent: Int, formattedContent: Int)] = []

    mutating func reset() { open.removeAll() }

    var isOpen: Bool { !open.isEmpty }

    /// Where an item goes: under the innermost open item it is indented into (CommonMark:
    /// at or past that item's text column), at that item's formatted text column. Nil
    /// for a line that only looks like an item (indented code, or a lazy continuation
    /// indented four or more past its parent's text), which stays as written.
    mutating func place(_ item: ListItemLine) -> Int? {
        while let last = open.last, item.column < last.writtenContent { open.removeLast() }
        let parentWritten = open.last?.writtenContent ?? 0
        guard item.column - parentWritten < 4 else { return nil }
        let indent = open.last?.formattedContent ?? 0
        let markerWidth = item.isBullet ? 1 : item.marker.count
        open.append((item.contentColumn, indent + markerWidth + 1))
        return indent
    }

    /// A continuation line moves with the item whose text it continues.
    func reindentContinuation(_ line: String) -> String {
        let spaces = line.prefix { $0 == " " }
        guard line.dropFirst(spaces.count).first != "\t" else { return line }
        guard let owner = open.last(where: { $0.writtenContent <= spaces.count }) else { return line }
        let column = owner.formattedContent + (spaces.count - owner.writtenContent)
        return String(repeating: " ", count: column) + line.dropFirst(spaces.count)
    }
}
