import Foundation

/// The page a diagnostic's `codeDescription.href` links to: `<docs-url>/<CODE>.md` when
/// `apg.yaml` sets `docs-url:`, else the generated page `docs/rules/<CODE>.md` of the apg
/// checkout, found above the workspace or above the running `apg` binary; none when
/// neither exists.
struct RuleDocsLink: Sendable {
    static let pagesFolder = "docs/rules"

    /// `docs/rules` of the checkout, when one is found.
    let pagesFolder: String?
    /// The pages in it, read once rather than per diagnostic.
    private let pages: Set<String>

    init(workspaceRoot: String, executable: String? = CommandLine.arguments.first) {
        var starts = [workspaceRoot]
        if let executable {
            let absolute = URL(fileURLWithPath: executable).standardizedFileURL.resolvingSymlinksInPath()
            starts.append(absolute.deletingLastPathComponent().path)
        }
        pagesFolder = starts.lazy.compactMap(Self.pagesFolder(above:)).first
        pages = Set(pagesFolder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0) } ?? [])
    }

    func href(code: String, docsURL: String?) -> String? {
        if let docsURL { return "\(docsURL)/\(code).md" }
        guard let pagesFolder else { return nil }
        guard pages.contains("\(code).md") else { return nil }
        return DocumentURI.uri(ofPath: (pagesFolder as NSString).appendingPathComponent("\(code).md"))
    }

    private static func pagesFolder(above folder: String) -> String? {
        var candidate = folder
        while true {
            let pages = (candidate as NSString).appendingPathComponent(Self.pagesFolder)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: pages, isDirectory: &isFolder), isFolder.boolValue { return pages }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { return nil }
            candidate = parent
        }
    }
}
