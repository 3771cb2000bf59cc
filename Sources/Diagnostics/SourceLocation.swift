/// A position in a workspace file.
///
/// `file` is the path relative to the workspace root; `line` and `column` are 1-based,
/// and `column` counts UTF-8 bytes, as cmark reports it. Formatters convert the column
/// to Unicode code points with the file's `SourceText`, because that is what editors
/// and the JSON output expect.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A span of a file's text, from `start` up to but not including `end`; columns count
/// UTF-8 bytes like `SourceLocation`'s.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The span of `utf8Length` bytes on `start`'s line.
    public init(start: SourceLocation, utf8Length: Int) {
        self.start = start
        self.end = SourceLocation(file: start.file, line: start.line, column: start.column + utf8Length)
    }
}
