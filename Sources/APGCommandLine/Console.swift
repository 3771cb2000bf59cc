import Foundation

/// Where commands write. The real one goes to the process's stdout and stderr; tests
/// capture into strings, so that commands run in-process with their exact output.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let capturing: Bool
    private var capturedOut = ""
    private var capturedError = ""
    /// Whether stderr, where people's diagnostics go, is a terminal: colour is on by
    /// default only then. `NO_COLOR` turns it off (no-color.org).
    public let isTerminal: Bool
    /// Environment variables the commands read (`GITHUB_STEP_SUMMARY`).
    public let environment: [String: String]
    /// The folder the command runs in: the workspace argument is read from it and
    /// diagnostics print their paths relative to it. Tests choose one without changing
    /// the process's own.
    public let currentFolder: URL

    public static let standard = Console(
        capturing: false,
        isTerminal: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
        environment: ProcessInfo.processInfo.environment,
        currentFolder: processFolder
    )

    public static func capture(environment: [String: String] = [:], currentFolder: URL? = nil) -> Console {
        Console(capturing: true, isTerminal: false, environment: environment, currentFolder: currentFolder ?? processFolder)
    }

    private static var processFolder: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    private init(capturing: Bool, isTerminal: Bool, environment: [String: String], currentFolder: URL) {
        self.capturing = capturing
        self.isTerminal = isTerminal
        self.environment = environment
        self.currentFolder = currentFolder
    }

    public func out(_ text: String) {
        lock.withLock {
            if capturing { capturedOut += text } else { FileHandle.standardOutput.write(Data(text.utf8)) }
        }
    }

    public func error(_ text: String) {
        lock.withLock {
            if capturing { capturedError += text } else { FileHandle.standardError.write(Data(text.utf8)) }
        }
    }

    public var standardOutput: String { lock.withLock { capturedOut } }
    public var standardError: String { lock.withLock { capturedError } }
}
