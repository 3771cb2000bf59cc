import Diagnostics
import Yams

/// A YAML text that lives inside a file (the front matter of a guide, or all of
/// `apg.yaml`): composes it into a node tree and turns Yams' marks and errors into
/// diagnostics at file positions.
struct YAMLSource {
    /// The whole file, for converting code-point columns to UTF-8 columns.
    let file: SourceText
    /// The file line just before the YAML's first line (1 for front matter after `---`).
    let lineOffset: Int

    /// The file position of a Yams mark (1-based line in the YAML, code-point column).
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file.path, line: lineOffset + 1, column: 1) }
        return location(line: mark.line, column: mark.column)
    }

    /// The file position of a 1-based YAML line and code-point column.
    func location(line yamlLine: Int, column: Int) -> SourceLocation {
        let line = yamlLine + lineOffset
        return SourceLocation(file: file.path, line: line, column: file.utf8Column(line: line, characterColumn: column))
    }

    func location(of node: Node) -> SourceLocation { location(node.mark) }

    /// Composes `yaml`. Syntax errors become diagnostics and nil; duplicate keys become
    /// diagnostics and the later occurrence is dropped, so the rest can still be checked.
    func compose(_ yaml: String, diagnostics: inout [Diagnostic]) -> Node? {
        var text = yaml
        // Each round removes one duplicate; the bound only guards against a pathological loop.
        for _ in 0..<64 {
            do {
                return try Yams.compose(yaml: text)
            } catch let error as YamlError {
                guard case .duplicatedKeysInMapping(let keys, let context) = error else {
                    diagnostics.append(syntaxDiagnostic(error, yaml: text))
                    return nil
                }
                guard let repaired = reportDuplicate(keys: keys, firstMark: context.mark, in: text, diagnostics: &diagnostics) else {
                    return nil
                }
                text = repaired
            } catch {
                diagnostics.append(FrontMatterRules.yamlSyntax.diagnostic(
                    "cannot read the YAML: \(error)", at: location(nil)))
                return nil
            }
        }
        return nil
    }

    private func syntaxDiagnostic(_ error: YamlError, yaml: String) -> Diagnostic {
        let fix = FixSuggestion("correct the YAML at this line; quote values that start with '@', '*', '&' or '!' or contain ': '")
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var notes: [DiagnosticNote] = []
            if let context {
                notes.append(DiagnosticNote(context.text, at: location(context.mark)))
            }
            return FrontMatterRules.yamlSyntax.diagnostic("invalid YAML: \(problem)", at: location(mark), notes: notes, fix: fix)
        case .reader(let problem, let offset, _, _):
            // The offset counts Characters from the start of the YAML.
            var position = location(nil)
            if let offset {
                let prefix = yaml.prefix(offset)
                let line = prefix.count { $0 == "\n" || $0 == "\r\n" } + 1
                let lineStart = prefix.lastIndex { $0 == "\n" || $0 == "\r\n" }.map { prefix.index(after: $0) } ?? prefix.startIndex
                position = location(line: line, column: prefix[lineStart...].unicodeScalars.count + 1)
            }
            return FrontMatterRules.yamlSyntax.diagnostic("invalid YAML: \(problem)", at: position, fix: fix)
        default:
            return FrontMatterRules.yamlSyntax.diagnostic("invalid YAML: \(error)", at: location(nil), fix: fix)
        }
    }

    /// Reports the second occurrence of a duplicated key (Yams only names the first) and
    /// returns the YAML with that entry blanked, or nil when it cannot be found (a flow
    /// mapping written on one line).
    private func reportDuplicate(keys: [String], firstMark: Mark, in yaml: String, diagnostics: inout [Diagnostic]) -> String? {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = firstMark.column - 1
        for key in keys {
            let spellings = [key, "\"\(key)\"", "'\(key)'"]
            func isEntry(_ line: String) -> Bool {
                let leading = line.prefix { $0 == " " }.count
                guard leading == indent else { return false }
                let rest = line.dropFirst(leading)
                return spellings.contains { rest.hasPrefix($0 + ":") || rest.hasPrefix($0 + " :") }
            }
            let firstIndex = firstMark.line - 1
            guard firstIndex >= 0, firstIndex < lines.count,
                  let second = lines.indices.first(where: { $0 > firstIndex && isEntry(lines[$0]) })
            else { continue }
            let first = location(firstMark)
            let here = location(line: second + 1, column: indent + 1)
            diagnostics.append(FrontMatterRules.duplicateKey.diagnostic(
                "duplicate key '\(key)'",
                at: here,
                notes: [DiagnosticNote("'\(key)' first set here", at: first)],
                fix: FixSuggestion("delete one of the two '\(key)' entries")))
            // Drop the entry and the block nested under it, keeping the line count.
            lines[second] = ""
            var next = second + 1
            while next < lines.count, lines[next].prefix(while: { $0 == " " }).count > indent || lines[next].allSatisfy(\.isWhitespace) {
                if lines[next].allSatisfy(\.isWhitespace) {
                    // A blank line ends nothing in YAML; keep looking for deeper lines.
                    next += 1
                    continue
                }
                lines[next] = ""
                next += 1
            }
            return lines.joined(separator: "\n")
        }
        diagnostics.append(FrontMatterRules.duplicateKey.diagnostic(
            "duplicate key '\(keys.joined(separator: "', '"))'",
            at: location(firstMark),
            fix: FixSuggestion("delete one of the entries")))
        return nil
    }
}

/// Reading values out of composed nodes.
extension Node {
    /// A scalar that means "no value": empty, `~` or `null`, unquoted.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The scalar's text as written (no type resolution: `off` stays "off", `2027-01-01` stays a string).
    var scalarText: String? {
        guard case .scalar(let scalar) = self, !isNull else { return nil }
        return scalar.string
    }

    /// A short name of the node's kind, for "expected text, found a list".
    var kindName: String {
        switch self {
        case .scalar: isNull ? "nothing" : "a value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
