/// What a request handler works on: the document's text, its workspace's last
/// compilation (nil outside any workspace) and how to write positions and URIs.
struct DocumentContext: Sendable {
    let workspace: CompiledWorkspace?
    /// Relative to the workspace root (the file name outside a workspace).
    let path: String
    let uri: String
    let lines: TextLines
    let encoding: PositionEncoding
    let uriForPath: @Sendable (String) -> String

    var scanner: NameScanner { NameScanner(vocabulary: workspace?.vocabulary ?? .bundled) }

    /// The URI of a workspace file given by relative path.
    func uri(ofFile relative: String) -> String {
        if relative == path { return uri }
        guard let workspace else { return uri }
        return uriForPath(workspace.absolutePath(relative))
    }

    /// The lines of a workspace file: this document's current text for itself.
    func lines(ofFile relative: String) -> TextLines? {
        relative == path ? lines : workspace?.texts[relative]
    }

    /// The name at a position (the cursor on it, just after it or on its `@`/`#`).
    func name(at position: Position) -> (target: SymbolTarget, line: Int, span: Range<Int>)? {
        guard position.line >= 0, position.line < lines.lineCount else { return nil }
        let range = lines.lineRange(position.line)
        let offset = lines.offset(of: position, encoding: encoding) - range.lowerBound
        let inAuthors = NameScanner.authorsLine(lines) == position.line
        for name in scanner.names(in: lines.bytes[range], inAuthors: inAuthors)
        where name.span.lowerBound - 1 <= offset && offset <= name.span.upperBound {
            return (name.target, position.line, name.span)
        }
        // A bare word that is a known id (`{#id}` is found above; this is prose).
        let bytes = lines.bytes[range]
        var start = range.lowerBound + offset, end = start
        while start > range.lowerBound, NameScanner.isNameByte(bytes[start - 1]) { start -= 1 }
        while end < range.upperBound, NameScanner.isNameByte(bytes[end]) { end += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end > start, let workspace else { return nil }
        let key = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        if !workspace.index.definitions(of: .id(key)).isEmpty {
            return (.id(key), position.line, (start - range.lowerBound)..<(end - range.lowerBound))
        }
        return nil
    }

    /// The LSP range of a byte span on a 0-based line of a file.
    func range(line: Int, span: Range<Int>, in lines: TextLines) -> TextRange {
        let start = lines.lineRange(line).lowerBound
        return TextRange(
            start: lines.position(ofOffset: start + span.lowerBound, encoding: encoding),
            end: lines.position(ofOffset: start + span.upperBound, encoding: encoding))
    }

    func range(of occurrence: NameOccurrence) -> TextRange? {
        guard let lines = lines(ofFile: occurrence.path) else { return nil }
        return range(line: occurrence.line - 1, span: (occurrence.column - 1)..<(occurrence.column - 1 + occurrence.length), in: lines)
    }
}
