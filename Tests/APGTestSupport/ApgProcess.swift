import Foundation

/// The real `apg` executable of this build, run as a child process: what a user or a CI
/// job runs, with its own signal handling, exit status and memory, which the in-process
/// `APGMain.runCaptured` cannot show (a crash there would take the test runner down).
public enum ApgProcess {
    public struct Outcome: Sendable {
        public var status: Int32
        /// Ended by a signal (a crash, or the kill after the time-out): `status` is the signal.
        public var signalled: Bool
        public var timedOut: Bool
        public var seconds: Double
        public var stdout: String
        public var stderr: String

        public init(status: Int32, signalled: Bool, timedOut: Bool, seconds: Double, stdout: String, stderr: String) {
            self.status = status
            self.signalled = signalled
            self.timedOut = timedOut
            self.seconds = seconds
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// `apg` beside the test bundle (`.build/debug/apg`, `.build-asan/debug/apg`, …), which
    /// `swift build --build-tests` builds with the tests.
    public static var executable: URL {
        let bundleFolder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let beside = bundleFolder.appendingPathComponent("apg")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return checkout.appendingPathComponent(".build/debug/apg")
    }

    /// Starts `apg arguments` in `folder`; stdout and stderr go to files, so that a run
    /// printing megabytes cannot block on a full pipe and pass for a hang.
    public static func start(_ arguments: [String], in folder: URL, stdin: Data? = nil) throws -> Running {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("apg-process-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let out = logs.appendingPathComponent("stdout"), err = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let stdin {
            let input = logs.appendingPathComponent("stdin")
            try stdin.write(to: input)
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return Running(process: process, logs: logs, started: Date())
    }

    /// Runs to the end, or kills the process after `timeout` seconds.
    public static func run(_ arguments: [String], in folder: URL, stdin: Data? = nil, timeout: Double = 120) async throws -> Outcome {
        let running = try start(arguments, in: folder, stdin: stdin)
        return await running.wait(timeout: timeout)
    }

    public final class Running: @unchecked Sendable {
        public let process: Process
        let logs: URL
        let started: Date

        init(process: Process, logs: URL, started: Date) {
            self.process = process
            self.logs = logs
            self.started = started
        }

        public func kill(_ signalNumber: Int32 = SIGKILL) {
            Foundation.kill(process.processIdentifier, signalNumber)
        }

        /// Polls, so that no thread of the test runner's small pool blocks on the child.
        public func wait(timeout: Double) async -> Outcome {
            var timedOut = false
            while process.isRunning {
                if Date().timeIntervalSince(started) > timeout {
                    timedOut = true
                    kill()
                    process.waitUntilExit()
                    break
                }
                try? await Task.sleep(nanoseconds: 10_000_000)
            }
            let seconds = Date().timeIntervalSince(started)
            defer { try? FileManager.default.removeItem(at: logs) }
            let read = { (name: String) in
                String(decoding: (try? Data(contentsOf: self.logs.appendingPathComponent(name))) ?? Data(), as: UTF8.self)
            }
            return Outcome(
                status: process.terminationStatus,
                signalled: process.terminationReason == .uncaughtSignal,
                timedOut: timedOut,
                seconds: seconds,
                stdout: read("stdout"),
                stderr: read("stderr"))
        }
    }
}
