import Diagnostics
import Foundation
import PlanModel

/// The files of an account workspace (spec §1) and its `apg.yaml`.
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

    public static let configFileName = "apg.yaml"
    /// The file `apg build` and `apg report` leave in every folder they write. A folder
    /// holding it is output, not guides: its Markdown (the pack, the report, the owner
    /// sheets) has no front matter, and `apg check` after `apg build` in the same folder
    /// must not read it, wherever `--output` pointed.
    public static let outputMarkerName = ".apg-output"

    /// Reads the workspace at `root`. Throws only when `root` is not a readable folder
    /// (the CLI's exit status 2); everything an author can get wrong is a diagnostic.
    /// `outputFolder`, when inside the workspace, is skipped.
    ///
    /// Read: every `*.md` below `root`, recursively, sorted byte-wise by relative path.
    /// Skipped: `README.md` in any case, names starting with `.`, the output folder and
    /// any folder apg wrote output to (it holds `outputMarkerName`), and
    /// `ignore:` entries of `apg.yaml` (a folder with a trailing `/`, an exact file, or a
    /// pattern where `*` matches within one path segment and `**` across segments; a
    /// pattern without `/` also matches a file name in any folder). Links are followed
    /// only when they lead to a place inside `root`, linked folders once; a link back into
    /// a folder already read, a link out of `root` and a link that loops are reported and
    /// skipped.
    ///
    /// `overlay` holds texts that stand in for files on disk (an editor's unsaved
    /// buffers), by path relative to `root`: they replace what the disk holds, and a
    /// guide that exists only there (new, or deleted while open) is read as well.
    /// `apg.yaml` may be overlaid too.
    public static func load(root: URL, outputFolder: URL? = nil, overlay: [String: [UInt8]] = [:]) throws -> Workspace {
        let fileManager = FileManager.default
        let rootURL = root.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: rootURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorkspaceError.notAFolder(root.path)
        }
        guard fileManager.isReadableFile(atPath: rootURL.path) else {
            throw WorkspaceError.unreadable(root.path, "permission denied")
        }
        do {
            _ = try fileManager.contentsOfDirectory(atPath: rootURL.path)
        } catch {
            throw WorkspaceError.unreadable(root.path, error.localizedDescription)
        }

        var diagnostics: [Diagnostic] = []
        var config = WorkspaceConfig()
        var configSource: SourceText?
        let configURL = rootURL.appendingPathComponent(configFileName)
        if overlay[configFileName] != nil || fileManager.fileExists(atPath: configURL.path) {
            if let data = overlay[configFileName] ?? fileManager.contents(atPath: configURL.path).map({ [UInt8]($0) }) {
                let bytes = LineEndings.normalizingLoneCarriageReturns(data)
                if let offset = UTF8Validation.firstInvalidByte(in: bytes) {
                    let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes)
                    diagnostics.append(FrontMatterRules.invalidUTF8.diagnostic(
                        "apg.yaml is not valid UTF-8 at line \(line), column \(column); its settings are ignored",
                        at: SourceLocation(file: configFileName, line: line, column: column),
                        fix: FixSuggestion("save apg.yaml with the UTF-8 encoding")))
                } else {
                    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
                    let text = String(decoding: body, as: UTF8.self)
                    configSource = SourceText(path: configFileName, text: text)
                    let parsed = WorkspaceConfigParser().parse(text: text, path: configFileName)
                    config = parsed.config
                    diagnostics += parsed.diagnostics
                }
            } else {
                diagnostics.append(FrontMatterRules.unreadableFile.diagnostic(
                    "cannot read apg.yaml; its settings are ignored", at: nil,
                    fix: FixSuggestion("check the file's permissions")))
            }
        }

        var walker = WorkspaceWalker(
            root: rootURL,
            outputFolder: outputFolder.map { $0.standardizedFileURL.resolvingSymlinksInPath().path },
            ignore: IgnoreList(config.ignore))
        walker.walk()
        diagnostics += walker.diagnostics

        var paths = Set(walker.paths)
        for path in overlay.keys where !paths.contains(path) && Self.isOverlaidGuide(path, root: rootURL, ignore: walker.ignore) { paths.insert(path) }
        var files: [(path: String, bytes: [UInt8])] = []
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            if let text = overlay[path] {
                files.append((path, text))
            } else if let data = fileManager.contents(atPath: rootURL.appendingPathComponent(path).path) {
                files.append((path, [UInt8](data)))
            } else {
                diagnostics.append(FrontMatterRules.unreadableFile.diagnostic(
                    "cannot read '\(path)'; it is skipped", at: nil,
                    fix: FixSuggestion("check the file's permissions or link target, or add '\(path)' to 'ignore:' in apg.yaml")))
            }
        }
        return Workspace(root: rootURL, config: config, configSource: configSource, files: files, diagnostics: diagnostics)
    }

    /// Whether an overlaid path the walker did not find would be read as a guide: a
    /// Markdown file that is not a README, in no hidden folder, no folder apg wrote
    /// output to, and not ignored.
    private static func isOverlaidGuide(_ path: String, root: URL, ignore: IgnoreList) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = segments.last?.lowercased(), name.hasSuffix(".md"), name != "readme.md" else { return false }
        guard !segments.contains(where: { $0.isEmpty || $0.hasPrefix(".") || $0 == ".." }) else { return false }
        var folder = root
        var relative = ""
        for segment in segments.dropLast() {
            folder.appendPathComponent(String(segment))
            relative += relative.isEmpty ? String(segment) : "/" + segment
            if ignore.matches(relative, isFolder: true) { return false }
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(outputMarkerName).path) { return false }
        }
        return !ignore.matches(path, isFolder: false)
    }
}

/// Finds the guide files below a root folder.
struct WorkspaceWalker {
    let root: URL
    let outputFolder: String?
    let ignore: IgnoreList
    private(set) var paths: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Resolved paths of folders already entered, so that linked folders cannot loop.
    private var visited: Set<String> = []
    /// The root with every link resolved: a link is followed only to a place below it.
    private let resolvedRoot: String

    init(root: URL, outputFolder: String?, ignore: IgnoreList) {
        self.root = root
        self.outputFolder = outputFolder
        self.ignore = ignore
        self.resolvedRoot = (try? Self.resolveLink(root.path).get()) ?? root.path
    }

    mutating func walk() {
        visit(folder: root, relative: "")
    }

    private mutating func visit(folder: URL, relative: String) {
        let resolved = folder.resolvingSymlinksInPath().path
        guard visited.insert(resolved).inserted else {
            diagnostics.append(FrontMatterRules.unreadableFile.diagnostic(
                "folder '\(relative)' links back to a folder already read; it is skipped", at: nil,
                fix: FixSuggestion("remove the link, or add '\(relative)/' to 'ignore:' in apg.yaml")))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            diagnostics.append(FrontMatterRules.unreadableFile.diagnostic(
                "cannot read folder '\(relative.isEmpty ? "." : relative)'; it is skipped", at: nil,
                fix: FixSuggestion("check the folder's permissions, or add '\(relative)/' to 'ignore:' in apg.yaml")))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            let url = folder.appendingPathComponent(name)
            if Self.isSymbolicLink(url.path), !ignore.matches(path, isFolder: false), !ignore.matches(path, isFolder: true) {
                switch Self.resolveLink(url.path) {
                case .failure(let error) where error.code == .ELOOP:
                    diagnostics.append(FrontMatterRules.linkOutsideWorkspace.diagnostic(
                        "'\(path)' is a link that loops; it is skipped", at: nil,
                        fix: FixSuggestion("remove the link, or add '\(path)' to 'ignore:' in apg.yaml")))
                    continue
                case .failure:
                    break  // dangling: reported with the other unreadable paths below
                case .success(let target):
                    guard target == resolvedRoot || target.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/") else {
                        // A link to some other kind of file would not have been read anyway.
                        var isFolder: ObjCBool = false
                        _ = FileManager.default.fileExists(atPath: target, isDirectory: &isFolder)
                        guard isFolder.boolValue || name.lowercased().hasSuffix(".md") else { continue }
                        diagnostics.append(FrontMatterRules.linkOutsideWorkspace.diagnostic(
                            "'\(path)' is a link to '\(target)', outside the workspace; it is skipped", at: nil,
                            fix: FixSuggestion("copy what it links to into the workspace, remove the link, or add '\(path)' to 'ignore:' in apg.yaml")))
                        continue
                    }
                }
            }
            var isDirectory: ObjCBool = false
            // fileExists follows links; a dangling link does not exist.
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                if name.lowercased().hasSuffix(".md"), !ignore.matches(path, isFolder: false) {
                    diagnostics.append(FrontMatterRules.unreadableFile.diagnostic(
                        "'\(path)' is a link to nothing; it is skipped", at: nil,
                        fix: FixSuggestion("fix or remove the link")))
                }
                continue
            }
            if isDirectory.boolValue {
                if let outputFolder, url.resolvingSymlinksInPath().path == outputFolder { continue }
                if FileManager.default.fileExists(atPath: url.appendingPathComponent(Workspace.outputMarkerName).path) { continue }
                if ignore.matches(path, isFolder: true) { continue }
                visit(folder: url, relative: path)
            } else {
                guard name.lowercased().hasSuffix(".md"), name.lowercased() != "readme.md" else { continue }
                if ignore.matches(path, isFolder: false) { continue }
                paths.append(path)
            }
        }
    }
}

extension WorkspaceWalker {
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// The path with every link resolved, or the reason it cannot be: a dangling link
    /// (`ENOENT`) or a loop (`ELOOP`).
    static func resolveLink(_ path: String) -> Result<String, POSIXError> {
        guard let resolved = realpath(path, nil) else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .ENOENT)) }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }
}

/// `ignore:` entries of `apg.yaml`.
struct IgnoreList {
    private let patterns: [(text: String, folderOnly: Bool)]

    init(_ entries: [String]) {
        patterns = entries.compactMap { entry in
            var text = entry.trimmingWhitespace().replacingOccurrences(of: "\\", with: "/")
            while text.hasPrefix("./") { text.removeFirst(2) }
            while text.hasPrefix("/") { text.removeFirst() }
            let folderOnly = text.hasSuffix("/")
            while text.hasSuffix("/") { text.removeLast() }
            return text.isEmpty ? nil : (text, folderOnly)
        }
    }

    func matches(_ path: String, isFolder: Bool) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for pattern in patterns where isFolder || !pattern.folderOnly {
            if Self.glob(pattern.text, path) { return true }
            if !pattern.text.contains("/"), Self.glob(pattern.text, name) { return true }
        }
        return false
    }

    /// `*` matches within a segment, `**` across segments; everything else literally.
    static func glob(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.unicodeScalars), t = Array(text.unicodeScalars)
        // Memoised on (pattern index, text index): linear in |p|·|t|, never exponential.
        var memo = [Bool?](repeating: nil, count: (p.count + 1) * (t.count + 1))
        func match(_ i: Int, _ j: Int) -> Bool {
            let key = i * (t.count + 1) + j
            if let known = memo[key] { return known }
            let result: Bool
            if i == p.count {
                result = j == t.count
            } else if p[i] == "*" {
                let crossesSegments = i + 1 < p.count && p[i + 1] == "*"
                let next = crossesSegments ? i + 2 : i + 1
                if match(next, j) {
                    result = true
                } else if j < t.count, crossesSegments || t[j] != "/" {
                    result = match(i, j + 1)
                } else {
                    result = false
                }
            } else {
                result = j < t.count && p[i] == t[j] && match(i + 1, j + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
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
