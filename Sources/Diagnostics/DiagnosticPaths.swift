/// Where the paths of a report are printed from. Diagnostics carry workspace-relative
/// paths; people read them relative to the folder they stand in, as compilers print
/// them, while CI services attach annotations to paths relative to the repository root.
public struct DiagnosticPaths: Sendable, Hashable {
    /// The workspace folder as seen from the current folder, ending in `/`, or empty
    /// when the two are the same.
    public var workspaceFromCurrentFolder: String
    /// The workspace folder as seen from the root of the git repository holding it,
    /// ending in `/` or empty; nil when the workspace is in no repository.
    public var workspaceFromRepositoryRoot: String?

    public init(workspaceFromCurrentFolder: String, workspaceFromRepositoryRoot: String?) {
        self.workspaceFromCurrentFolder = workspaceFromCurrentFolder
        self.workspaceFromRepositoryRoot = workspaceFromRepositoryRoot
    }

    /// Paths as the diagnostics carry them, relative to the workspace.
    public static let workspaceRelative = DiagnosticPaths(workspaceFromCurrentFolder: "", workspaceFromRepositoryRoot: nil)

    /// A workspace path as seen from the current folder (human, short and JSON formats).
    public func fromCurrentFolder(_ path: String) -> String {
        workspaceFromCurrentFolder + path
    }

    /// A workspace path as CI services want it (GitHub annotations, SARIF): relative to
    /// the repository root when there is one, else to the current folder.
    public func forContinuousIntegration(_ path: String) -> String {
        (workspaceFromRepositoryRoot ?? workspaceFromCurrentFolder) + path
    }

    /// Whether CI paths are relative to a repository root rather than the current folder.
    public var isInRepository: Bool { workspaceFromRepositoryRoot != nil }
}
