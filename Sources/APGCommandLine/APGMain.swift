import ArgumentParser
import Foundation

/// Runs `apg` with arguments and returns its exit status: 0 success, 1 the workspace has
/// errors, 2 the command itself could not run (bad path, bad option).
public enum APGMain {
    @TaskLocal public static var console: Console = .standard

    public static let version = "0.1.0"

    public static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try APGCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let failure as CommandFailure {
            console.error("error: \(failure.message)\n")
            return 2
        } catch {
            let message = APGCommand.fullMessage(for: error)
            if APGCommand.exitCode(for: error) == .success {
                console.out(message.isEmpty ? "" : message + "\n")
                return 0
            }
            console.error(message + "\n")
            return 2
        }
    }

    /// Runs with a captured console, for tests.
    public static func runCaptured(
        _ arguments: [String],
        environment: [String: String] = [:],
        currentFolder: URL? = nil
    ) async -> (status: Int32, stdout: String, stderr: String) {
        let console = Console.capture(environment: environment, currentFolder: currentFolder)
        let status = await $console.withValue(console) { await run(arguments) }
        return (status, console.standardOutput, console.standardError)
    }
}

/// A command that cannot run (exit status 2), with a message saying why.
public struct CommandFailure: Error {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
