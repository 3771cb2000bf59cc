import Foundation

/// Why a follow-up baseline could not be read from git. These stop the command (exit
/// status 2); they are not author mistakes in the guides.
public enum GitError: Error, CustomStringConvertible, Sendable, Equatable {
    case gitNotFound
    case notAWorkTree(String)
    case unknownRevision(String, repository: String)
    case failed(arguments: [String], status: Int32, message: String)

    public var description: String {
        switch self {
        case .gitNotFound:
            "cannot find the git program on PATH"
        case .notAWorkTree(let path):
            "'\(path)' is not inside a git work tree; --since and --history read the workspace's git history (or pass --since a folder holding an earlier copy)"
        case .unknownRevision(let revision, let repository):
            "no commit '\(revision)' in the git repository at '\(repository)'; `git log` lists the revisions"
        case .failed(let arguments, let status, let message):
            "git \(arguments.joined(separator: " ")) failed with status \(status)\(message.isEmpty ? "" : ": \(message)")"
        }
    }
}

/// A commit that touched the workspace.
public struct GitRevision: Sendable, Hashable {
    /// The full commit hash.
    public var hash: String
    /// The committer date (`%cs`).
    public var date: String

    public var shortHash: String { String(hash.prefix(8)) }

    public init(hash: String, date: String) {
        self.hash = hash
        self.date = date
    }
}

/// The git repository that holds a workspace, read by running `git` with argument lists
/// (never through a shell), so that paths and revisions are never interpreted.
public struct GitRepository: Sendable {
    /// The repository's top-level folder.
    public let topLevel: URL
    /// The workspace's path inside the repository, `/`-separated with a trailing `/`;
    /// empty when the workspace is the repository's top level.
    public let prefix: String
    private let git: URL

    /// The repository containing `workspace`.
    public init(containing workspace: URL) throws {
        guard let git = Self.findGit() else { throw GitError.gitNotFound }
        self.git = git
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw GitError.notAWorkTree(workspace.path)
        }
        let top = try? Self.run(git, ["-C", workspace.path, "rev-parse", "--show-toplevel"])
        let prefix = try? Self.run(git, ["-C", workspace.path, "rev-parse", "--show-prefix"])
        guard let top, let prefix, top.status == 0, prefix.status == 0 else { throw GitError.notAWorkTree(workspace.path) }
        topLevel = URL(fileURLWithPath: top.text.trimmingCharacters(in: .newlines), isDirectory: true)
        self.prefix = prefix.text.trimmingCharacters(in: .newlines)
    }

    /// The full hash of the commit `revision` names.
    public func commit(for revision: String) throws -> String {
        // A revision that starts with `-` would be read as an option.
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            throw GitError.unknownRevision(revision, repository: topLevel.path)
        }
        let result = try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
        let hash = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, !hash.isEmpty else { throw GitError.unknownRevision(revision, repository: topLevel.path) }
        return hash
    }

    /// The committer date of `commit` (`YYYY-MM-DD`).
    public func date(of commit: String) throws -> String {
        guard !commit.hasPrefix("-") else { throw GitError.unknownRevision(commit, repository: topLevel.path) }
        return try checked(["show", "-s", "--format=%cs", commit]).text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last `limit` commits that touched the workspace, newest first.
    public func log(limit: Int) throws -> [GitRevision] {
        let result = try checked(["log", "-z", "-n", String(max(0, limit)), "--format=%H %cs", "--", pathspec])
        return result.data.split(separator: 0).compactMap { record in
            let parts = String(decoding: record, as: UTF8.self).split(separator: " ")
            guard parts.count == 2 else { return nil }
            return GitRevision(hash: String(parts[0]), date: String(parts[1]))
        }
    }

    /// Writes the workspace's files as they were at `commit` into `folder` (which becomes
    /// the workspace root) and returns how many files it wrote.
    ///
    /// Paths may hold any byte but NUL, newlines included, so every exchange with git is
    /// NUL-separated or keyed by object ids: `ls-tree -z` lists the blobs, and
    /// `cat-file --batch` is asked for them by id, never by a `commit:path` line that a
    /// newline in a path would split in two.
    @discardableResult
    public func materialize(commit: String, into folder: URL) throws -> Int {
        let listing = try checked(["ls-tree", "-r", "-z", commit, "--", pathspec])
        let entries = listing.data.split(separator: 0).compactMap(TreeEntry.init)
        guard !entries.isEmpty else { return 0 }

        // One `git cat-file --batch` for all files: its requests come from a file, so
        // nothing can block on a full pipe.
        let requests = FileManager.default.temporaryDirectory.appendingPathComponent("apg-git-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: requests) }
        try Data(entries.map { "\($0.object)\n" }.joined().utf8).write(to: requests)
        let batch = try checked(["cat-file", "--batch"], input: requests)

        let bytes = [UInt8](batch.data)
        var cursor = 0
        var written = 0
        for entry in entries {
            guard let newline = bytes[cursor...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[cursor..<newline], as: UTF8.self).split(separator: " ")
            cursor = newline + 1
            // A missing object answers with one line and no contents.
            guard header.count == 3, let size = Int(header[2]), cursor + size <= bytes.count else { continue }
            let contents = Data(bytes[cursor..<(cursor + size)])
            cursor += size + 1
            guard header[0] == entry.object, header[1] == "blob" else { continue }
            let relative = String(entry.path.dropFirst(prefix.count))
            guard !relative.isEmpty, !relative.split(separator: "/").contains("..") else { continue }
            let target = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if entry.isSymbolicLink {
                // Kept a link, so the walker treats it as it treats one in a folder.
                try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: String(decoding: contents, as: UTF8.self))
            } else {
                try contents.write(to: target)
            }
            written += 1
        }
        return written
    }

    /// One line of `git ls-tree -z`: `<mode> SP <type> SP <object> TAB <path>`.
    private struct TreeEntry {
        var object: Substring
        var path: String
        var isSymbolicLink: Bool

        init?(_ record: Data.SubSequence) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")),
                  let path = String(bytes: record[(tab + 1)...], encoding: .utf8) else { return nil }
            let fields = String(decoding: record[..<tab], as: UTF8.self).split(separator: " ")
            // Regular files and links; submodules and trees are not the workspace's files.
            guard fields.count == 3, fields[1] == "blob", ["100644", "100755", "120000"].contains(fields[0]) else { return nil }
            self.object = fields[2]
            self.path = path
            self.isSymbolicLink = fields[0] == "120000"
        }
    }

    private var pathspec: String { prefix.isEmpty ? "." : prefix }

    private func git(_ arguments: [String], input: URL? = nil) throws -> ProcessOutput {
        try Self.run(git, ["-C", topLevel.path] + arguments, input: input)
    }

    private func checked(_ arguments: [String], input: URL? = nil) throws -> ProcessOutput {
        let result = try git(arguments, input: input)
        guard result.status == 0 else {
            throw GitError.failed(arguments: arguments, status: result.status, message: result.errorText.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return result
    }

    struct ProcessOutput {
        var status: Int32
        var data: Data
        var errorText: String
        var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// Runs a program and collects its output. Output goes to temporary files rather than
    /// pipes, so a chatty child can never fill a pipe and wait forever.
    static func run(_ program: URL, _ arguments: [String], input: URL? = nil) throws -> ProcessOutput {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("apg-git-\(UUID().uuidString)", isDirectory: true)
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        guard manager.createFile(atPath: outURL.path, contents: nil), manager.createFile(atPath: errURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let inputHandle = try input.map { try FileHandle(forReadingFrom: $0) }

        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inputHandle ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        try? inputHandle?.close()
        return ProcessOutput(
            status: process.terminationStatus,
            data: (try? Data(contentsOf: outURL)) ?? Data(),
            errorText: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        )
    }

    private static func findGit() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
