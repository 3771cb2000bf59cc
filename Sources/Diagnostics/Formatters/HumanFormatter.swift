/// The format for people, after rustc:
///
/// ```
/// error[APG104]: goal `g1` is defined twice
///   --> de/plan.md:12:4
///    |
/// 12 | ## g1 Grow revenue
///    |    ^
///    = note: first defined here
///   --> at/plan.md:3:4
///    |
///  3 | ## g1 Grow revenue
///    |    ^
///    = help: rename one of the goals: `g2`
///
/// error: 1 error emitted
/// ```
public struct HumanFormatter: DiagnosticFormatter {
    let style: TerminalStyle

    public init(color: Bool = false) {
        self.style = color ? .ansi : .plain
    }

    init(style: TerminalStyle) {
        self.style = style
    }

    public func format(_ report: DiagnosticReport) -> String {
        guard !report.diagnostics.isEmpty else { return "" }
        var output = ""
        var lines = DisplayLines()
        for diagnostic in report.diagnostics {
            output += format(diagnostic, in: report, lines: &lines)
            output += "\n"
        }
        output += summary(report)
        return output
    }

    func summary(_ report: DiagnosticReport) -> String {
        let counts = report.counts
        let severity: Severity = counts.errors > 0 ? .error : counts.warnings > 0 ? .warning : .note
        let phrase = countPhrase(errors: counts.errors, warnings: counts.warnings, notes: counts.notes)
        return style.severity(severity.rawValue, severity) + style.emphasis(": \(phrase) emitted") + "\n"
    }

    private func format(_ diagnostic: Diagnostic, in report: DiagnosticReport, lines: inout DisplayLines) -> String {
        // One gutter width per diagnostic, so its primary and note snippets align.
        let lineNumbers = ([diagnostic.location] + diagnostic.notes.map(\.location)).compactMap { $0?.line }
        let gutterWidth = max(1, String(lineNumbers.max() ?? 1).count)
        let pad = String(repeating: " ", count: gutterWidth)

        var output = style.severity("\(diagnostic.severity.rawValue)[\(diagnostic.rule.code)]", diagnostic.severity)
        output += style.emphasis(": " + Self.sanitized(diagnostic.message, continuationIndent: pad + " = ")) + "\n"
        if let location = diagnostic.location {
            output += snippet(location, in: report, lines: &lines, pad: pad, caretSeverity: diagnostic.severity)
        }
        for note in diagnostic.notes {
            let message = Self.sanitized(note.message, continuationIndent: pad + "         ")
            output += pad + style.gutter(" =") + " " + style.emphasis("note") + ": " + message + "\n"
            if let location = note.location {
                output += snippet(location, in: report, lines: &lines, pad: pad, caretSeverity: .note)
            }
        }
        if let fix = diagnostic.fix {
            let help = Self.sanitized(fix.displayText, continuationIndent: pad + "         ")
            output += pad + style.gutter(" =") + " " + style.help("help") + ": " + help + "\n"
        }
        return output
    }

    /// ` --> file:line:col`, then the quoted source line with a caret when the file's
    /// text is known.
    private func snippet(_ location: SourceLocation, in report: DiagnosticReport, lines: inout DisplayLines, pad: String, caretSeverity: Severity) -> String {
        let column = report.characterColumn(of: location)
        let file = Self.sanitized(report.paths.fromCurrentFolder(location.file), continuationIndent: "")
        var output = pad + style.gutter("--> ") + "\(file):\(location.line):\(column)\n"
        guard let line = lines.line(location, in: report) else { return output }
        let display = line.window(caretColumn: column)
        let number = String(location.line)
        let numberPad = String(repeating: " ", count: pad.count - number.count)
        output += pad + style.gutter(" |") + "\n"
        output += style.gutter(numberPad + number + " |") + (display.text.isEmpty ? "" : " " + display.text) + "\n"
        output += pad + style.gutter(" |") + " " + String(repeating: " ", count: display.caretOffset) + style.severity("^", caretSeverity) + "\n"
        return output
    }

    /// Message text made safe for a terminal: control characters (an escape sequence in
    /// a heading would otherwise reach the terminal) become U+FFFD, and a line break
    /// continues on an indented line.
    static func sanitized(_ text: String, continuationIndent: String) -> String {
        let text = text.clippedInTheMiddle()
        guard text.unicodeScalars.contains(where: TerminalWidth.isControl) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                result.append("\n")
                result.append(contentsOf: continuationIndent.unicodeScalars)
            case "\t":
                result.append(" ")
            default:
                result.append(TerminalWidth.isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(result)
    }
}

/// The quoted lines of one report, each laid out once however many diagnostics point
/// into it.
private struct DisplayLines {
    private struct Key: Hashable {
        let file: String
        let line: Int
    }

    private var laidOut: [Key: DisplayLine] = [:]

    mutating func line(_ location: SourceLocation, in report: DiagnosticReport) -> DisplayLine? {
        let key = Key(file: location.file, line: location.line)
        if let known = laidOut[key] { return known }
        guard let source = report.sources[location.file], let text = source.line(location.line) else { return nil }
        let line = DisplayLine(text)
        laidOut[key] = line
        return line
    }
}
