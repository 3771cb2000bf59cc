/// A secondary location that explains a diagnostic, such as the first definition of a
/// duplicated id.
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

/// A suggested fix: what to do, and optionally the exact text that should stand at the
/// diagnostic's location instead.
public struct FixSuggestion: Hashable, Sendable {
    public var message: String
    public var replacement: String?

    public init(_ message: String, replacement: String? = nil) {
        self.message = message
        self.replacement = replacement
    }
}

/// A finding about the user's input. Every stage returns these as values; nothing in the
/// library prints or traps on an author's mistake.
public struct Diagnostic: Hashable, Sendable {
    public var rule: RuleID
    public var severity: Severity
    /// What is wrong, lowercase, specifics first, no trailing period.
    public var message: String
    /// Where; `nil` only for workspace-wide findings that have no single place.
    public var location: SourceLocation?
    public var notes: [DiagnosticNote]
    public var fix: FixSuggestion?

    public init(
        rule: RuleID,
        severity: Severity,
        message: String,
        location: SourceLocation?,
        notes: [DiagnosticNote] = [],
        fix: FixSuggestion? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.fix = fix
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, line, column, then rule code and message, so output
    /// never depends on the order in which concurrent stages finished.
    public static func stableOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (.some(l), .some(r)) where l != r: return l < r
        default:
            if lhs.rule.code != rhs.rule.code { return lhs.rule.code < rhs.rule.code }
            return lhs.message < rhs.message
        }
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var noteCount: Int { count { $0.severity == .note } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    public func sortedStably() -> [Diagnostic] { sorted(by: Diagnostic.stableOrder) }
}
