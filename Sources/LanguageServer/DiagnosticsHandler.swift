import APGJSON
import Diagnostics

/// Turns a compilation's diagnostics into `textDocument/publishDiagnostics` parameters,
/// one list per file of the workspace (an empty list clears what a file showed).
struct DiagnosticsHandler: Sendable {
    let workspace: CompiledWorkspace
    let encoding: PositionEncoding
    let docsLink: RuleDocsLink
    /// The URI to use for a workspace file: the client's own spelling when it is open.
    let uri: @Sendable (String) -> String

    /// Diagnostics per relative path, for every file of the workspace.
    func diagnosticsByFile() -> [String: [JSONValue]] {
        let compilation = workspace.compilation
        var byFile: [String: [JSONValue]] = [:]
        for file in compilation.workspace.files { byFile[file.path] = [] }
        if let config = compilation.workspace.configSource { byFile[config.path] = [] }
        // A finding about the whole workspace has no place: it is shown at the top of
        // apg.yaml, else of the first guide.
        let fallback = compilation.workspace.configSource?.path ?? compilation.workspace.files.first?.path
        for diagnostic in compilation.diagnostics {
            guard let path = diagnostic.location?.file ?? fallback else { continue }
            byFile[path, default: []].append(json(diagnostic))
        }
        return byFile
    }

    func json(_ diagnostic: Diagnostic) -> JSONValue {
        var message = diagnostic.message
        var related: [JSONValue] = []
        for note in diagnostic.notes {
            if let location = note.location {
                related.append([
                    "location": ["uri": .string(uri(location.file)), "range": range(at: location).json],
                    "message": .string(note.message),
                ])
            } else {
                message += "\nnote: \(note.message)"
            }
        }
        if let fix = diagnostic.fix { message += "\nhelp: \(fix.message)" }
        var members: [(key: String, value: JSONValue)] = [
            ("range", range(of: diagnostic).json),
            ("severity", .int(Self.severity(diagnostic.severity))),
            ("code", .string(diagnostic.rule.code)),
        ]
        if let href = docsLink.href(code: diagnostic.rule.code, docsURL: workspace.compilation.workspace.config.docsURL) {
            members.append(("codeDescription", ["href": .string(href)]))
        }
        members.append(("source", "apg"))
        members.append(("message", .string(message)))
        if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
        return .object(members)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    /// The diagnostic's span: its fix's range when that starts at the diagnostic, else
    /// the word at its location.
    func range(of diagnostic: Diagnostic) -> TextRange {
        guard let location = diagnostic.location else { return TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)) }
        if let fixRange = diagnostic.fix?.range, fixRange.start == location, fixRange.end.line == location.line, let lines = workspace.texts[location.file] {
            return TextRange(
                start: lines.position(line: location.line, utf8Column: location.column, encoding: encoding),
                end: lines.position(line: fixRange.end.line, utf8Column: fixRange.end.column, encoding: encoding))
        }
        return range(at: location)
    }

    /// The run of non-blank text starting at a location (at least the location itself).
    func range(at location: SourceLocation) -> TextRange {
        guard let lines = workspace.texts[location.file] else {
            let position = Position(line: max(0, location.line - 1), character: 0)
            return TextRange(start: position, end: position)
        }
        let start = lines.position(line: location.line, utf8Column: location.column, encoding: encoding)
        let lineRange = lines.lineRange(location.line - 1)
        var end = min(lineRange.lowerBound + max(0, location.column - 1), lineRange.upperBound)
        while end < lineRange.upperBound, lines.bytes[end] != UInt8(ascii: " "), lines.bytes[end] != UInt8(ascii: "\t") { end += 1 }
        return TextRange(start: start, end: lines.position(ofOffset: end, encoding: encoding))
    }
}
