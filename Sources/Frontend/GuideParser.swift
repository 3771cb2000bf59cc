import Diagnostics
import GuideMarkdown
import PlanModel
import Vocabulary

/// Parses one file of a workspace: checks it is UTF-8, reads the front matter, blanks
/// it, runs cmark and lowers the tree.
///
/// OWNER: front-matter helper. Placeholder until it lands.
public struct GuideParser: Sendable {
    public let vocabulary: Vocabulary
    public let config: WorkspaceConfig

    public init(vocabulary: Vocabulary, config: WorkspaceConfig) {
        self.vocabulary = vocabulary
        self.config = config
    }

    /// The parsed file, or nil when it is not a guide at all (not UTF-8, no front
    /// matter); the diagnostics say why. `source` is the decoded text (nil when the file
    /// is not UTF-8), kept for diagnostic printing.
    public func parse(path: String, bytes: [UInt8]) -> ParsedGuide {
        ParsedGuide(file: nil, source: nil, diagnostics: [])
    }
}

public struct ParsedGuide: Sendable {
    public var file: GuideFile?
    public var source: SourceText?
    public var diagnostics: [Diagnostic]

    public init(file: GuideFile?, source: SourceText?, diagnostics: [Diagnostic]) {
        self.file = file
        self.source = source
        self.diagnostics = diagnostics
    }
}
