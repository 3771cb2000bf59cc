import Diagnostics
import PlanModel
import Vocabulary

/// What a validation rule can look at.
public struct RuleContext: Sendable {
    public var model: AccountModel
    public var files: [GuideFile]
    public var config: WorkspaceConfig
    public var synthesis: SynthesisResult
    public var asOf: PlanDate
    /// Each file's language and the team, for fixes in the author's words.
    let languages: FileLanguages

    public init(model: AccountModel, files: [GuideFile], config: WorkspaceConfig, synthesis: SynthesisResult, asOf: PlanDate) {
        self.model = model
        self.files = files
        self.config = config
        self.synthesis = synthesis
        self.asOf = asOf
        self.languages = FileLanguages(
            files: files,
            vocabulary: Vocabulary.bundled.extended(with: config.vocabulary),
            members: model.team
        )
    }

    /// The words of the file a finding points into, for its fix.
    func words(at location: SourceLocation?) -> LocalizedWords { languages.words(at: location) }

    /// A handle of the workspace's own team for an example in a fix at `location`.
    func exampleOwner(at location: SourceLocation?) -> String { languages.exampleOwner(at: location) }
}
