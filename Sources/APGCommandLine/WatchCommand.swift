import ArgumentParser
import Compiler
import Foundation
import Frontend
import Render
#if canImport(Glibc)
import Glibc
#endif

/// `apg watch`: builds, then rebuilds whenever a guide or apg.yaml changes, printing the
/// diagnostics each time. The workshop pack written while watching reloads itself in
/// the browser (a meta refresh, present only in watch builds), so no server is needed.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build, then rebuild on every change of the workspace; the pack reloads itself in the browser."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .shortAndLong, help: "Output folder, relative to the current folder.")
    var output: String = "out"

    @Option(name: .customLong("max-builds"), help: .hidden)
    var maxBuilds: Int?

    /// How long the workspace must stay unchanged before a rebuild: an editor's save is
    /// often several writes.
    static let debounce: TimeInterval = 0.3
    /// Seconds between the pack's reloads in the browser.
    static let reloadSeconds = 2

    func run() async throws {
        let outputURL = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        let console = APGMain.console
        let watcher = WorkspaceWatcher(root: workspace.rootURL, excluding: outputURL)
        console.error("watching \(workspace.path) (\(watcher.mechanism)); Ctrl-C stops\n")
        var builds = 0
        var fingerprint = watcher.fingerprint()
        while true {
            try await build(to: outputURL)
            builds += 1
            if let maxBuilds, builds >= maxBuilds { return }
            let previous = fingerprint
            fingerprint = await Self.onOwnThread { watcher.waitForChange(from: previous, debounce: Self.debounce) }
        }
    }

    /// Runs blocking work on a thread of its own. Waiting for a change blocks for as long as
    /// nobody edits; on Swift's cooperative pool (one thread per core) that starves every
    /// other task of the process: a thread-sanitizer run of the suite, slow enough for the
    /// other tests to hold the second core, left this command's test waiting for minutes.
    static func onOwnThread<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    private func build(to outputURL: URL) async throws {
        let console = APGMain.console
        let compilation = try await workspace.compile(outputFolder: outputURL)
        DiagnosticPrinter.print(compilation, format: .human, color: console.isTerminal, to: console)
        guard !compilation.hasErrors else {
            console.error("not written: the workspace has errors; watching for the next change\n")
            return
        }
        try OutputFolder.check(outputURL, named: output, workspaceRoot: workspace.rootURL)
        let files = try await BuildCommand.render(compilation, options: RenderOptions()).map(Self.withReload)
        try OutputFolder.write(files, to: outputURL, named: output, what: "the outputs")
        console.error("wrote \(files.count) files to '\(output)'\n")
    }

    /// The HTML pack with a meta refresh, so that an open browser tab follows the builds.
    static func withReload(_ file: OutputFile) -> OutputFile {
        guard file.path.hasSuffix("workshop-pack.html"), let html = String(validating: file.contents, as: UTF8.self),
              let head = html.range(of: "<head>")
        else { return file }
        var text = html
        text.insert(contentsOf: "\n<meta http-equiv=\"refresh\" content=\"\(reloadSeconds)\">", at: head.upperBound)
        return OutputFile(path: file.path, contents: Array(text.utf8))
    }
}

/// Notices changes to a workspace's guides and apg.yaml: inotify on Linux, polling
/// elsewhere or when inotify is unavailable. Changes are judged by a fingerprint of the
/// files (path, size, modification time), so writes into the output folder, or events
/// that change nothing, never trigger a rebuild. One task uses it at a time, waiting on a
/// thread of its own (`WatchCommand.onOwnThread`), hence the unchecked `Sendable`.
final class WorkspaceWatcher: @unchecked Sendable {
    let root: URL
    let excluded: URL
    #if canImport(Glibc)
    private var inotify: Int32 = -1
    #endif

    init(root: URL, excluding excluded: URL) {
        self.root = root
        self.excluded = excluded.standardizedFileURL
        #if canImport(Glibc)
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if inotify >= 0 { addWatches() }
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if inotify >= 0 { close(inotify) }
        #endif
    }

    var mechanism: String {
        #if canImport(Glibc)
        if inotify >= 0 { return "inotify" }
        #endif
        return "polling"
    }

    struct Fingerprint: Equatable, Sendable {
        var files: [String: [Int]]
    }

    /// The guides and apg.yaml with size and modification time.
    func fingerprint() -> Fingerprint {
        var files: [String: [Int]] = [:]
        for url in folders() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names where name.lowercased().hasSuffix(".md") || name == Workspace.configFileName {
                let path = url.appendingPathComponent(name).path
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes[.modificationDate] as? Date).map { Int($0.timeIntervalSince1970 * 1_000_000) } ?? 0
                files[path] = [size, modified]
            }
        }
        return Fingerprint(files: files)
    }

    /// Blocks until the fingerprint differs from `previous` and then stays the same for
    /// `debounce` seconds; returns the new fingerprint.
    func waitForChange(from previous: Fingerprint, debounce: TimeInterval) -> Fingerprint {
        var current = previous
        while current == previous {
            waitForEvent(timeout: 1.0)
            current = fingerprint()
        }
        while true {
            Thread.sleep(forTimeInterval: debounce)
            let settled = fingerprint()
            if settled == current { break }
            current = settled
        }
        #if canImport(Glibc)
        if inotify >= 0 { addWatches() }  // new folders get a watch too
        #endif
        return current
    }

    /// Waits for a file system event, or just `timeout` seconds when polling.
    private func waitForEvent(timeout: TimeInterval) {
        #if canImport(Glibc)
        if inotify >= 0 {
            var descriptor = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, Int32(timeout * 1000)) > 0 {
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while read(inotify, &buffer, buffer.count) > 0 {}
            }
            return
        }
        #endif
        Thread.sleep(forTimeInterval: min(timeout, 0.5))
    }

    #if canImport(Glibc)
    private var watched: Set<String> = []

    private func addWatches() {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        for url in folders() where !watched.contains(url.path) {
            if inotify_add_watch(inotify, url.path, mask) >= 0 { watched.insert(url.path) }
        }
    }
    #endif

    /// The workspace folder and its subfolders, without output folders and hidden ones.
    private func folders() -> [URL] {
        var result = [root]
        var index = 0
        while index < result.count {
            let folder = result[index]
            index += 1
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name, isDirectory: true)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue,
                      url.standardizedFileURL.path != excluded.path,
                      !FileManager.default.fileExists(atPath: url.appendingPathComponent(Workspace.outputMarkerName).path)
                else { continue }
                result.append(url)
            }
        }
        return result
    }
}
