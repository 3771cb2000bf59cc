/// The formatter for each output format.
public enum DiagnosticFormatters {
    /// `color` only affects the human format; machine formats never contain escape codes.
    public static func formatter(for format: DiagnosticFormat, color: Bool) -> any DiagnosticFormatter {
        switch format {
        case .short: ShortFormatter()
        case .human: HumanFormatter(style: color ? .ansi : .plain)
        case .json: JSONDiagnosticFormatter()
        case .sarif: SARIFFormatter()
        case .github: GitHubFormatter()
        }
    }
}

extension DiagnosticReport {
    /// The 1-based code-point column of a location, which is what editors, the JSON
    /// output and SARIF (`columnKind: unicodeCodePoints`) count.
    func characterColumn(of location: SourceLocation) -> Int {
        sources[location.file]?.characterColumn(line: location.line, utf8Column: location.column) ?? max(1, location.column)
    }

    /// Severity counts in one pass.
    var counts: (errors: Int, warnings: Int, notes: Int) {
        (diagnostics.errorCount, diagnostics.warningCount, diagnostics.noteCount)
    }
}

/// "2 errors, 1 warning and 3 notes"; empty counts are left out.
func countPhrase(errors: Int, warnings: Int, notes: Int) -> String {
    func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
    var parts: [String] = []
    if errors > 0 { parts.append(plural(errors, "error")) }
    if warnings > 0 { parts.append(plural(warnings, "warning")) }
    if notes > 0 { parts.append(plural(notes, "note")) }
    switch parts.count {
    case 0: return "no problems"
    case 1: return parts[0]
    default: return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
    }
}

extension FixSuggestion {
    /// The fix as one phrase: the message, then the replacement in backticks unless the
    /// message already quotes it ("did you mean `color`?", "did you mean '@jweber'?").
    var displayText: String {
        guard let replacement, !replacement.isEmpty,
              !message.contains("`\(replacement)`"), !message.contains("'\(replacement)'")
        else { return message }
        return message + ": `\(replacement)`"
    }
}
