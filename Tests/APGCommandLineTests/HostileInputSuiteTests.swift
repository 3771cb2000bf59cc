import APGTestSupport
import Foundation
import Testing

/// The shared hostile corpus (`HostileCorpus`) through every command that reads input,
/// run as the real `apg` binary: each run must end within the time-out — generous, only a
/// hang reaches it — with exit status 0, 1 or 2 and no crash. A new command is one row
/// of `commands`.
@Suite(.serialized) struct HostileInputSuiteTests {
    struct Command: Sendable, CustomStringConvertible {
        var name: String
        /// The arguments, given the workspace and a scratch folder outside it.
        var arguments: @Sendable (_ workspace: String, _ scratch: String) -> [String]
        var stdin: Data?

        var description: String { name }
    }

    static let commands: [Command] = [
        Command(name: "check", arguments: { workspace, _ in ["check", workspace, "--format", "short"] }),
        Command(name: "build", arguments: { workspace, scratch in ["build", workspace, "-o", scratch + "/out", "--force", "--quiet"] }),
        Command(name: "report", arguments: { workspace, scratch in ["report", workspace, "-o", scratch + "/report", "--as-of", "2027-01-15", "--quiet"] }),
        Command(name: "fmt", arguments: { workspace, _ in ["fmt", workspace] }),
        Command(name: "fix", arguments: { workspace, _ in ["fix", workspace] }),
        Command(name: "update", arguments: { workspace, scratch in ["update", "--from", scratch + "/update.csv", workspace, "--as-of", "2027-01-15", "--partial"] }),
    ]

    static let timeout = 180.0

    static var runs: [(HostileCase, Command)] {
        HostileCorpus.cases.flatMap { hostile in commands.filter { hostile.runs($0.name) }.map { (hostile, $0) } }
    }

    @Test(arguments: runs)
    func aHostileWorkspaceEndsWithADiagnosisNotACrashOrAHang(_ hostile: HostileCase, _ command: Command) async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("apg-hostile-\(UUID().uuidString)", isDirectory: true)
        let workspace = scratch.appendingPathComponent("ws", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try hostile.make(workspace)
        try Data("id,new status,comment\nA1,done,hostile run\n".utf8).write(to: scratch.appendingPathComponent("update.csv"))

        let outcome = try await ApgProcess.run(command.arguments(workspace.path, scratch.path), in: scratch, stdin: command.stdin, timeout: Self.timeout)
        let context = "\(hostile.name) through \(command.name): status \(outcome.status), \(Int(outcome.seconds)) s\n\(outcome.stderr.prefix(2_000))"
        #expect(!outcome.timedOut, "hang: \(context)")
        #expect(!outcome.signalled, "crash: \(context)")
        #expect([0, 1, 2].contains(outcome.status), "\(context)")
        #expect(!outcome.stderr.contains("Fatal error"), "\(context)")
        if command.name == "check" {
            for mention in hostile.checkMentions {
                #expect(outcome.stdout.contains(mention) || outcome.stderr.contains(mention), "\(hostile.name): check does not mention \(mention)\n\(outcome.stdout.prefix(2_000))")
            }
        }
    }

    @Test func theBinaryUnderTestIsThisBuildsApg() async throws {
        let outcome = try await ApgProcess.run(["rules"], in: FileManager.default.temporaryDirectory, timeout: 60)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("APG050"))
    }
}
