/// `file:line:col: severity: message [code]`, one line per diagnostic, for editors and grep.
public struct ShortFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ report: DiagnosticReport) -> String {
        var output = ""
        for diagnostic in report.diagnostics {
            if let location = diagnostic.location {
                output += "\(report.paths.fromCurrentFolder(location.file)):\(location.line):\(report.characterColumn(of: location)): "
            }
            // One line each, whatever the message contains, and no escape sequence from
            // a heading reaches the terminal this is often printed to.
            let message = HumanFormatter.sanitized(diagnostic.message.replacingLineBreaks(), continuationIndent: "")
            output += "\(diagnostic.severity.rawValue): \(message) [\(diagnostic.rule.code)]\n"
        }
        return output
    }
}

extension String {
    /// Line breaks as spaces, for formats that promise one line per diagnostic.
    func replacingLineBreaks() -> String {
        guard unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return self }
        var result = String.UnicodeScalarView()
        var previousWasBreak = false
        for scalar in unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !previousWasBreak { result.append(" ") }
                previousWasBreak = true
            } else {
                result.append(scalar)
                previousWasBreak = false
            }
        }
        return String(result)
    }
}
