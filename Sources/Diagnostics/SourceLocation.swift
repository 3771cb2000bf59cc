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
