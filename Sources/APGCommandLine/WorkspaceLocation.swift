import Diagnostics
import Foundation

/// Where a workspace lies relative to the folder apg runs in and to the git repository
/// holding it, for printing paths (see `DiagnosticPaths`).
enum WorkspaceLocation {
    static func paths(workspace: URL, currentFolder: URL) -> DiagnosticPaths {
        let workspace = canonical(workspace)
        let fromRoot = repositoryRoot(containing: workspace).map { relativePrefix(of: workspace, from: $0) }
        return DiagnosticPaths(
            workspaceFromCurrentFolder: relativePrefix(of: workspace, from: canonical(currentFolder)),
            workspaceFromRepositoryRoot: fromRoot
        )
    }

    /// The nearest folder at or above `folder` with a `.git` entry: a folder in an
    /// ordinary clone, a file (`gitdir: …`) in a worktree or submodule — either way the
    /// folder holding it is the root that paths in the repository are relative to.
    static func repositoryRoot(containing folder: URL) -> URL? {
        var components = folder.pathComponents
        while !components.isEmpty {
            let candidate = URL(fileURLWithPath: NSString.path(withComponents: components), isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(".git").path) {
                return candidate
            }
            components.removeLast()
        }
        return nil
    }

    /// `folder` as seen from `base`: `accounts/kessler/`, `../kessler/`, or empty when
    /// they are the same folder.
    static func relativePrefix(of folder: URL, from base: URL) -> String {
        let target = folder.pathComponents
        let origin = base.pathComponents
        var shared = 0
        while shared < target.count, shared < origin.count, target[shared] == origin[shared] { shared += 1 }
        let ups = Array(repeating: "..", count: origin.count - shared)
        let parts = ups + target[shared...]
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// Absolute, without `.`/`..` and with symbolic links resolved, so that a workspace
    /// reached through a link (macOS's `/var` → `/private/var`) compares equal.
    private static func canonical(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }
}
