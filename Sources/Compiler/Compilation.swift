import Diagnostics
import Frontend
import PlanModel

/// Everything one run of the pipeline produced, for the renderers and the CLI.
public struct Compilation: Sendable {
    public var workspace: Workspace
    /// Parsed files in sorted path order (files that are not guides are left out).
    public var files: [GuideFile]
    /// The linked account.
    public var model: AccountModel
    /// Synthesized items and their organization.
    public var synthesis: SynthesisResult
    /// Source texts by relative path, for printing diagnostics.
    public var sources: [String: SourceText]
    /// All diagnostics after severity overrides and suppressions, in stable order.
    public var diagnostics: [Diagnostic]
    /// The date the time-dependent rules judged against.
    public var asOf: PlanDate
    /// True for the customer edition (`CustomerEdition`): renderers then show people by
    /// name only.
    public var isCustomerEdition = false

    public var hasErrors: Bool { diagnostics.hasErrors }
}
