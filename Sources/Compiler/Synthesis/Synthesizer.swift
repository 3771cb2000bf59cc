import APGJSON
import Diagnostics
import PlanModel

/// Consolidates the issues and opportunities of all countries (spec §7).
///
/// OWNER: synthesis helper. Placeholder until it lands.
public struct Synthesizer: Sendable {
    public let config: WorkspaceConfig

    public init(config: WorkspaceConfig) {
        self.config = config
    }

    public func synthesize(_ model: AccountModel) -> SynthesisResult {
        SynthesisResult()
    }
}

/// OWNER: synthesis helper; extend freely.
public struct SynthesisResult: Sendable {
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// plan.json's `clusters`.
    public var clustersJSON: JSONValue { .array([]) }

    /// plan.json's organization of the synthesized items by unit and theme.
    public var organizationJSON: JSONValue { .object([]) }
}
