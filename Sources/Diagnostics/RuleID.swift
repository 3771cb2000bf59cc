/// The stable identity of a diagnostic kind: a code such as `APG012` and a kebab-case
/// name such as `goal-alternatives`. Users may name a rule by either, in `apg.yaml`,
/// in suppressions and with `apg explain`.
public struct RuleID: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public var description: String { code }

    /// Whether `text` names this rule, by code or by name, ignoring case.
    public func isNamed(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered == code.lowercased() || lowered == name.lowercased()
    }
}
