import APGJSON
import Diagnostics

/// `textDocument/codeAction`: a quick fix for every diagnostic with a machine-applicable
/// fix (the fixes `apg fix` applies), and one `source.fixAll` action for the file.
struct CodeActionHandler {
    let context: DocumentContext

    func actions(in range: TextRange?, only: [String]?) -> JSONValue {
        guard let workspace = context.workspace else { return [] }
        func wanted(_ kind: String) -> Bool {
            guard let only, !only.isEmpty else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        let fixable = workspace.compilation.diagnostics.filter { diagnostic in
            guard let fix = diagnostic.fix, fix.isMachineApplicable, fix.range?.start.file == context.path else { return false }
            return diagnostic.location?.file == context.path
        }
        let converter = DiagnosticsHandler(workspace: workspace, encoding: context.encoding, docsLink: RuleDocsLink(workspaceRoot: workspace.root)) { context.uri(ofFile: $0) }
        var actions: [JSONValue] = []
        if wanted("quickfix") {
            for diagnostic in fixable {
                guard let fix = diagnostic.fix, let edit = edit(fix) else { continue }
                let lspDiagnostic = converter.json(diagnostic)
                if let range, let span = lspDiagnostic["range"]?.range, span.end < range.start || range.end < span.start { continue }
                actions.append([
                    "title": .string(Self.title(fix)),
                    "kind": "quickfix",
                    "diagnostics": [lspDiagnostic],
                    "isPreferred": true,
                    "edit": ["changes": .object([(context.uri, [edit])])],
                ])
            }
        }
        if wanted("source.fixAll"), !fixable.isEmpty {
            // Of overlapping fixes only the first is applied, as `apg fix` does.
            var edits: [JSONValue] = []
            var lastEnd: SourceLocation?
            let sorted = fixable.compactMap { diagnostic in diagnostic.fix.flatMap { fix in fix.range.map { (range: $0, fix: fix) } } }
                .sorted { $0.range.start < $1.range.start }
            for (fixRange, fix) in sorted {
                guard let edit = edit(fix) else { continue }
                if let lastEnd, fixRange.start < lastEnd { continue }
                if edits.contains(edit) { continue }
                edits.append(edit)
                lastEnd = fixRange.end
            }
            actions.append([
                "title": .string("Apply the \(edits.count) automatic fix(es) of apg in this file"),
                "kind": "source.fixAll",
                "edit": ["changes": .object([(context.uri, .array(edits))])],
            ])
        }
        return .array(actions)
    }

    private func edit(_ fix: FixSuggestion) -> JSONValue? {
        guard let range = fix.range, let replacement = fix.replacement else { return nil }
        let lines = context.lines
        return [
            "range": TextRange(
                start: lines.position(line: range.start.line, utf8Column: range.start.column, encoding: context.encoding),
                end: lines.position(line: range.end.line, utf8Column: range.end.column, encoding: context.encoding)).json,
            "newText": .string(replacement),
        ]
    }

    static func title(_ fix: FixSuggestion) -> String {
        let message = fix.message
        return message.prefix(1).uppercased() + message.dropFirst()
    }
}
