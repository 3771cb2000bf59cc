/// The formatter for each output format.
///
/// OWNER: diagnostics-output helper. Only `short` exists until it lands.
public enum DiagnosticFormatters {
    public static func formatter(for format: DiagnosticFormat, color: Bool) -> any DiagnosticFormatter {
        ShortFormatter()
    }
}

/// `file:line:col: severity: message [code]`, one line per diagnostic, for editors and grep.
public struct ShortFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ report: DiagnosticReport) -> String {
        var output = ""
        for diagnostic in report.diagnostics {
            if let location = diagnostic.location {
                let column = report.sources[location.file]?.characterColumn(line: location.line, utf8Column: location.column) ?? location.column
                output += "\(location.file):\(location.line):\(column): "
            }
            output += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule.code)]\n"
        }
        return output
    }
}
