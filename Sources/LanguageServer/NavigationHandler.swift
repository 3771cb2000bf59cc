import APGJSON
import Diagnostics

/// `textDocument/definition` and `textDocument/references` for ids, codes and handles.
struct NavigationHandler {
    let context: DocumentContext

    func definition(at position: Position) -> JSONValue {
        guard let workspace = context.workspace, let name = context.name(at: position) else { return .null }
        let locations = workspace.index.definitions(of: name.target).map { location(of: $0, target: name.target) }
        return locations.isEmpty ? .null : .array(locations)
    }

    func references(at position: Position, includeDeclaration: Bool) -> JSONValue {
        guard let name = context.name(at: position) else { return .null }
        let definitionLines = Set((context.workspace?.index.definitions(of: name.target) ?? []).map { "\($0.location.file):\($0.location.line)" })
        var locations: [JSONValue] = []
        for occurrence in occurrences(of: name.target) {
            if !includeDeclaration, definitionLines.contains("\(occurrence.path):\(occurrence.line)") { continue }
            guard let range = context.range(of: occurrence) else { continue }
            locations.append(["uri": .string(context.uri(ofFile: occurrence.path)), "range": range.json])
        }
        return .array(locations)
    }

    /// Every place the name is written in the workspace's guides (in this document
    /// alone outside a workspace), in path and line order.
    func occurrences(of target: SymbolTarget) -> [NameOccurrence] {
        let scanner = context.scanner
        guard let workspace = context.workspace else {
            return scanner.occurrences(of: target, in: context.lines, path: context.path)
        }
        var paths = workspace.compilation.workspace.files.map(\.path)
        if !paths.contains(context.path) { paths.append(context.path) }
        return paths.flatMap { path in
            context.lines(ofFile: path).map { scanner.occurrences(of: target, in: $0, path: path) } ?? []
        }
    }

    /// A definition's location: the name on its title line, else the title line.
    func location(of definition: Definition, target: SymbolTarget) -> JSONValue {
        let file = definition.location.file
        var range = TextRange(start: Position(line: max(0, definition.location.line - 1), character: 0), end: Position(line: max(0, definition.location.line - 1), character: 0))
        if let lines = context.lines(ofFile: file) {
            let line = definition.location.line - 1
            let inAuthors = NameScanner.authorsLine(lines) == line
            if let name = context.scanner.names(in: lines.bytes[lines.lineRange(line)], inAuthors: inAuthors).first(where: { $0.target == target }) {
                range = context.range(line: line, span: name.span, in: lines)
            } else {
                range = context.range(line: line, span: max(0, definition.location.column - 1)..<lines.lineRange(line).count, in: lines)
            }
        }
        return ["uri": .string(context.uri(ofFile: file)), "range": range.json]
    }
}
