import Diagnostics
import PlanModel

/// Applies `apg.yaml`'s `rules:` settings, `--strict` and `apg-disable-next-line`
/// suppressions to the raw diagnostics.
///
/// OWNER: validation-rules helper. Placeholder until it lands.
public struct DiagnosticPolicy: Sendable {
    public let config: WorkspaceConfig
    public let strict: Bool

    public init(config: WorkspaceConfig, strict: Bool) {
        self.config = config
        self.strict = strict
    }

    public func apply(to diagnostics: [Diagnostic], suppressions: [String: [Suppression]]) -> [Diagnostic] {
        diagnostics
    }
}
