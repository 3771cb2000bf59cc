import Diagnostics
import Foundation
import PlanModel

/// The files of an account workspace (spec §1) and its `apg.yaml`.
///
/// OWNER: front-matter helper. Placeholder until it lands.
public struct Workspace: Sendable {
    /// Absolute root folder.
    public var root: URL
    public var config: WorkspaceConfig
    /// `apg.yaml`'s text when present, for diagnostic printing.
    public var configSource: SourceText?
    /// Guide files in sorted path order: path relative to `root` with `/`, and bytes.
    public var files: [(path: String, bytes: [UInt8])]
    public var diagnostics: [Diagnostic]

    public init(root: URL, config: WorkspaceConfig, configSource: SourceText?, files: [(path: String, bytes: [UInt8])], diagnostics: [Diagnostic]) {
        self.root = root
        self.config = config
        self.configSource = configSource
        self.files = files
        self.diagnostics = diagnostics
    }

    /// Reads the workspace at `root`. Throws only when `root` is not a readable folder
    /// (the CLI's exit status 2); everything an author can get wrong is a diagnostic.
    /// `outputFolder`, when inside the workspace, is skipped.
    public static func load(root: URL, outputFolder: URL? = nil) throws -> Workspace {
        Workspace(root: root, config: WorkspaceConfig(), configSource: nil, files: [], diagnostics: [])
    }
}

public enum WorkspaceError: Error, CustomStringConvertible {
    case notAFolder(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .notAFolder(let path): "'\(path)' is not a folder"
        case .unreadable(let path, let reason): "cannot read '\(path)': \(reason)"
        }
    }
}
