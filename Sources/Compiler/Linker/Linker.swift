import Diagnostics
import PlanModel

/// Merges every file's entities into one account model and resolves references
/// (spec §6).
///
/// OWNER: linker helper. Placeholder until it lands.
public struct Linker: Sendable {
    public let config: WorkspaceConfig

    public init(config: WorkspaceConfig) {
        self.config = config
    }

    public struct Result: Sendable {
        public var model: AccountModel
        public var diagnostics: [Diagnostic]
    }

    public func link(_ files: [GuideFile]) -> Result {
        Result(model: AccountModel(account: config.account ?? ""), diagnostics: [])
    }
}

/// OWNER: linker helper.
public enum LinkerRules {
    public static let all: [RuleDescriptor] = []
}
