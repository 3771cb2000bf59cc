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
///
/// With a `range` as well, the fix is machine-applicable: `apg fix` puts `replacement`
/// in place of exactly that text. A site sets the range only where the replacement is
/// certain to be what the author meant.
public struct FixSuggestion: Hashable, Sendable {
    public var message: String
    public var replacement: String?
    /// The text `replacement` replaces; nil when the fix needs a person.
    public var range: SourceRange?

    public init(_ message: String, replacement: String? = nil, range: SourceRange? = nil) {
        self.message = message
        self.replacement = replacement
        self.range = range
    }

    /// A fix `apg fix` can apply: a replacement for a known range.
    public var isMachineApplicable: Bool { replacement != nil && range != nil }

    /// The fix that replaces `original`, written at `location`, with `replacement`.
    public static func replacing(_ original: String, at location: SourceLocation, with replacement: String, _ message: String) -> FixSuggestion {
        FixSuggestion(message, replacement: replacement, range: SourceRange(start: location, utf8Length: original.utf8.count))
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
