/// Static metadata of one kind of diagnostic: its stable id, default severity, a one-line
/// summary, and the page `apg explain` prints (what it checks, why it matters, a failing
/// example, the fix).
///
/// Code ranges: `APG0xx` front end, `APG1xx` linker, `APG2xx` validation rules,
/// `APG3xx` synthesis.
public struct RuleDescriptor: Sendable, Hashable {
    public let id: RuleID
    public let defaultSeverity: Severity
    public let summary: String
    /// Markdown: "What it checks", "Why", "Example", "Fix".
    public let documentation: String
    /// True for a finding that neither `apg.yaml` nor a suppression comment changes (the
    /// customer edition's leak check): only fixing what it reports does.
    public var severityIsFixed = false
    /// Whether some of its findings carry a machine-applicable fix (`apg fix`).
    public let hasAutomaticFix: Bool

    public init(code: String, name: String, severity: Severity, summary: String, documentation: String, automaticFix: Bool = false) {
        self.id = RuleID(code: code, name: name)
        self.defaultSeverity = severity
        self.summary = summary
        self.documentation = documentation
        self.hasAutomaticFix = automaticFix
    }

    /// A diagnostic of this kind at its default severity.
    public func diagnostic(
        _ message: String,
        at location: SourceLocation?,
        notes: [DiagnosticNote] = [],
        fix: FixSuggestion? = nil
    ) -> Diagnostic {
        Diagnostic(rule: id, severity: defaultSeverity, message: message, location: location, notes: notes, fix: fix)
    }
}
