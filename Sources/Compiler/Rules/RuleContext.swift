import Diagnostics
import PlanModel

/// What a validation rule can look at.
public struct RuleContext: Sendable {
    public var model: AccountModel
    public var files: [GuideFile]
    public var config: WorkspaceConfig
    public var synthesis: SynthesisResult
    public var asOf: PlanDate

    public init(model: AccountModel, files: [GuideFile], config: WorkspaceConfig, synthesis: SynthesisResult, asOf: PlanDate) {
        self.model = model
        self.files = files
        self.config = config
        self.synthesis = synthesis
        self.asOf = asOf
    }
}
