import Foundation

/// A throw-away git repository in a temporary folder, isolated from the machine's git
/// configuration, with commit dates the test chooses.
public final class ScratchRepository {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-test-repo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"])
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Commits everything with the given date (`YYYY-MM-DD`) and returns the commit hash.
    @discardableResult
    public func commit(_ message: String, date: String) throws -> String {
        try git(["add", "-A"])
        let stamp = "\(date)T12:00:00Z"
        try git(["commit", "-q", "-m", message], environment: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    public func git(_ arguments: [String], environment extra: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "-c", "user.name=APG Test", "-c", "user.email=apg@example.com",
                             "-c", "commit.gpgsign=false"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = root.appendingPathComponent("../\(root.lastPathComponent).out").standardizedFileURL
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else { throw ScratchError.gitFailed(arguments) }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    enum ScratchError: Error {
        case gitFailed([String])
    }
}

extension ScratchRepository {
    /// Replaces the files of `folder` in the repository with a fixture folder's files.
    public func replace(_ folder: String, with fixture: URL) throws {
        let target = root.appendingPathComponent(folder, isDirectory: true)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: target)
    }
}
