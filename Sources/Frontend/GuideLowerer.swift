import Diagnostics
import GuideMarkdown
import PlanModel
import Vocabulary

/// Turns one guide's Markdown tree into entities (spec §3–5).
///
/// OWNER: frontend-lowering helper. Placeholder until it lands.
public struct GuideLowerer {
    public let vocabulary: Vocabulary
    public let config: WorkspaceConfig

    public init(vocabulary: Vocabulary, config: WorkspaceConfig) {
        self.vocabulary = vocabulary
        self.config = config
    }

    /// Lowers `document` (parsed from the file with its front matter blanked, so lines
    /// match `source`) into `file`, appending every problem to `diagnostics`.
    public func lower(document: MarkdownDocument, source: SourceText, into file: inout GuideFile, diagnostics: inout [Diagnostic]) {
    }
}
