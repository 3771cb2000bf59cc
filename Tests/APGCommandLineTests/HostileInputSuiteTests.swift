import APGCommandLine
import APGTestSupport
import Foundation
import Testing

/// The shared hostile corpus (`HostileCorpus`) through every command that reads input:
/// each run must end within the time-out — generous, only a hang reaches it — with exit
/// status 0, 1 or 2 and no crash. `check` runs as the real `apg` binary on every case
/// (its own process: signals, exit status, memory); the other commands run in this
/// process, because a debug binary spends ~1.8 s of CPU starting up, which over the
/// whole table would not fit CI's two cores. A new command is one row of `commands`
/// (`lsp`, reading stdin, as a binary row).
@Suite(.serialized, .timeLimit(.minutes(5))) struct HostileInputSuiteTests {
    struct Command: Sendable, CustomStringConvertible {
        var name: String
        /// The arguments, given the workspace and a scratch folder outside it.
        var arguments: @Sendable (_ workspace: String, _ scratch: String) -> [String]
        /// Run as the real binary (else in process, through `APGMain.runCaptured`).
        var binary: Bool
        var stdin: Data?

        var description: String { name }
    }

    static let commands: [Command] = [
        Command(name: "check", arguments: { workspace, _ in ["check", workspace, "--format", "short"] }, binary: true),
        Command(name: "build", arguments: { workspace, scratch in ["build", workspace, "-o", scratch + "/out", "--force", "--quiet"] }, binary: false),
        Command(name: "report", arguments: { workspace, scratch in ["report", workspace, "-o", scratch + "/report", "--as-of", "2027-01-15", "--quiet"] }, binary: false),
        Command(name: "fmt", arguments: { workspace, _ in ["fmt", workspace] }, binary: false),
        Command(name: "fix", arguments: { workspace, _ in ["fix", workspace] }, binary: false),
        Command(name: "update", arguments: { workspace, scratch in ["update", "--from", scratch + "/update.csv", workspace, "--as-of", "2027-01-15", "--partial"] }, binary: false),
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

        let arguments = command.arguments(workspace.path, scratch.path)
        let outcome: ApgProcess.Outcome
        if command.binary {
            outcome = try await ApgProcess.run(arguments, in: scratch, stdin: command.stdin, timeout: Self.timeout)
        } else {
            let start = Date()
            let result = await APGMain.runCaptured(arguments, currentFolder: scratch)
            outcome = ApgProcess.Outcome(status: result.status, signalled: false, timedOut: false, seconds: Date().timeIntervalSince(start),
                                         stdout: result.stdout, stderr: result.stderr)
        }
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
