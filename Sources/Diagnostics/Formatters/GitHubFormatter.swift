/// GitHub Actions workflow commands, one line per diagnostic:
/// `::error file=path,line=N,col=N,title=APG012 name::message`, with paths relative to
/// the repository root, where GitHub looks for them.
///
/// GitHub shows at most ten annotations of each kind per step, so `stepSummary` renders
/// every diagnostic as a Markdown table for `$GITHUB_STEP_SUMMARY`.
public struct GitHubFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ report: DiagnosticReport) -> String {
        var output = ""
        for diagnostic in report.diagnostics {
            output += "::" + command(for: diagnostic.severity)
            var properties: [String] = []
            if let location = diagnostic.location {
                properties.append("file=" + Self.escapeProperty(report.paths.forContinuousIntegration(location.file)))
                properties.append("line=\(location.line)")
                properties.append("col=\(report.characterColumn(of: location))")
            }
            properties.append("title=" + Self.escapeProperty("\(diagnostic.rule.code) \(diagnostic.rule.name)"))
            output += " " + properties.joined(separator: ",")
            output += "::" + Self.escapeData(Self.fullMessage(diagnostic, in: report)) + "\n"
        }
        return output
    }

    private func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// The message with its notes and fix, since an annotation has no other place for them.
    static func fullMessage(_ diagnostic: Diagnostic, in report: DiagnosticReport) -> String {
        var text = diagnostic.message
        for note in diagnostic.notes {
            text += "\nnote: " + note.message
            if let location = note.location {
                text += " (\(report.paths.forContinuousIntegration(location.file)):\(location.line):\(report.characterColumn(of: location)))"
            }
        }
        if let fix = diagnostic.fix {
            text += "\nhelp: " + fix.displayText
        }
        return text
    }

    /// Escapes the message part of a workflow command.
    public static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes a property value, where `:` and `,` would end the value.
    public static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A Markdown report of every diagnostic for the job summary page.
    public static func stepSummary(_ report: DiagnosticReport) -> String {
        let counts = report.counts
        var output = "### apg check\n\n"
        guard !report.diagnostics.isEmpty else {
            return output + "No problems found.\n\n"
        }
        let phrase = countPhrase(errors: counts.errors, warnings: counts.warnings, notes: counts.notes)
        output += phrase.prefix(1).uppercased() + phrase.dropFirst() + ".\n\n"
        output += "| Severity | Rule | Location | Message |\n"
        output += "| --- | --- | --- | --- |\n"
        for diagnostic in report.diagnostics {
            let location = diagnostic.location.map { "\(report.paths.forContinuousIntegration($0.file)):\($0.line):\(report.characterColumn(of: $0))" } ?? ""
            var message = diagnostic.message
            if let fix = diagnostic.fix {
                message += "\nhelp: " + fix.displayText
            }
            let cells = [
                diagnostic.severity.rawValue,
                "\(diagnostic.rule.code) \(diagnostic.rule.name)",
                location,
                message,
            ]
            output += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return output + "\n"
    }

    /// Text as inert Markdown table-cell content: no HTML, no links or emphasis, no
    /// cell or row breaks.
    static func markdownCell(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|": result += "\\|"
            case "\r" where pending == "\n": continue
            case "\n", "\r": result += "<br>"
            case "\\", "`", "*", "_", "[", "]", "~", "#", "!", "(", ")": result += "\\" + String(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
