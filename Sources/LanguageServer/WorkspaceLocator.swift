import Foundation
import Frontend

/// Finds the workspace a document belongs to (issue #16): the nearest folder at or above
/// it with an `apg.yaml`; else the client's workspace folder that holds it — or, when
/// that folder is a portfolio, the account folder that holds it; else the document's
/// own folder.
struct WorkspaceLocator: Sendable {
    /// The client's workspace folders, as standardized paths.
    var folders: [String] = [] {
        didSet { portfolios = [:] }
    }
    /// Per client folder: the account folders when it is a portfolio (detecting one walks
    /// every account, so it is done once, not per keystroke).
    private var portfolios: [String: [String]?] = [:]

    init(folders: [String] = []) {
        self.folders = folders
    }

    mutating func root(forDocumentAt path: String) -> String? {
        let fileManager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        var candidate = folder
        while true {
            if fileManager.fileExists(atPath: (candidate as NSString).appendingPathComponent(Workspace.configFileName)) {
                return candidate
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { break }
            candidate = parent
        }
        // The deepest client folder that holds the document.
        if let folder = folders.filter({ Self.relativePath(of: path, under: $0) != nil }).max(by: { $0.count < $1.count }) {
            if portfolios[folder] == nil {
                portfolios[folder] = .some(Portfolio.detect(at: URL(fileURLWithPath: folder, isDirectory: true)).map { portfolio in
                    portfolio.accounts.map { $0.root.standardizedFileURL.path }
                })
            }
            if let accounts = portfolios[folder] ?? nil {
                if let account = accounts.first(where: { Self.relativePath(of: path, under: $0) != nil }) { return account }
            } else {
                return folder
            }
        }
        // A document in the file system's root or a home folder would make the whole disk
        // or home a workspace: such a document gets no diagnostics.
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        guard folder != "/", !folder.isEmpty, folder != home else { return nil }
        return folder
    }

    /// `path` relative to `root` with `/`, or nil when it is not below `root`.
    static func relativePath(of path: String, under root: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}
