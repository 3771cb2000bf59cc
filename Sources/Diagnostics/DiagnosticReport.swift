/// What a diagnostic formatter needs: the diagnostics, the source texts to quote, and
/// the descriptors of every rule (SARIF lists them in `tool.driver.rules`).
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Source texts by workspace-relative path.
    public var sources: [String: SourceText]
    public var rules: [RuleDescriptor]
    public var toolVersion: String
    /// How the workspace-relative paths are printed.
    public var paths: DiagnosticPaths

    public init(
        diagnostics: [Diagnostic],
        sources: [String: SourceText],
        rules: [RuleDescriptor],
        toolVersion: String,
        paths: DiagnosticPaths = .workspaceRelative
    ) {
        self.diagnostics = diagnostics
        self.sources = sources
        self.rules = rules
        self.toolVersion = toolVersion
        self.paths = paths
    }
}

/// The output formats of `apg check --format`.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case short, human, json, sarif, github
}

/// Turns a report into text for one format.
public protocol DiagnosticFormatter: Sendable {
    func format(_ report: DiagnosticReport) -> String
}
