import APGJSON
import APGTestSupport
import Foundation
import Testing

/// The shared hostile corpus (`HostileCorpus`) through every command that reads input,
/// each as the real `apg` binary (its own process: signals, exit status, memory): each
/// run must end within the time-out — generous, only a hang reaches it — with exit
/// status 0, 1 or 2 and no crash. `lsp` is driven over stdin like an editor: initialize,
/// open the hostile file, two requests, shutdown, exit; it must answer every request
/// (a result or a protocol error) and exit 0. A new command is one row of `commands`.
@Suite(.serialized, .timeLimit(.minutes(5))) struct HostileInputSuiteTests {
    struct Command: Sendable, CustomStringConvertible {
        var name: String
        /// The arguments, given the workspace and a scratch folder outside it.
        var arguments: @Sendable (_ workspace: String, _ scratch: String) -> [String]
        /// What the command reads on stdin, made from the workspace.
        var stdin: (@Sendable (_ workspace: URL) throws -> Data)?

        var description: String { name }
    }

    static let commands: [Command] = [
        Command(name: "check", arguments: { workspace, _ in ["check", workspace, "--format", "short"] }),
        Command(name: "build", arguments: { workspace, scratch in ["build", workspace, "-o", scratch + "/out", "--force", "--quiet"] }),
        Command(name: "report", arguments: { workspace, scratch in ["report", workspace, "-o", scratch + "/report", "--as-of", "2027-01-15", "--quiet"] }),
        Command(name: "fmt", arguments: { workspace, _ in ["fmt", workspace] }),
        Command(name: "fix", arguments: { workspace, _ in ["fix", workspace] }),
        Command(name: "update", arguments: { workspace, scratch in ["update", "--from", scratch + "/update.csv", workspace, "--as-of", "2027-01-15", "--partial"] }),
        Command(name: "lsp", arguments: { _, _ in ["lsp", "--as-of", "2027-01-15"] }, stdin: EditorSession.input),
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

        let stdin = try command.stdin?(workspace)
        let outcome = try await ApgProcess.run(command.arguments(workspace.path, scratch.path), in: scratch, stdin: stdin, timeout: Self.timeout)
        let context = "\(hostile.name) through \(command.name): status \(outcome.status), \(Int(outcome.seconds)) s\n\(outcome.stderr.prefix(2_000))"
        #expect(!outcome.timedOut, "hang: \(context)")
        #expect(!outcome.signalled, "crash: \(context)")
        #expect([0, 1, 2].contains(outcome.status), "\(context)")
        #expect(!outcome.stderr.contains("Fatal error"), "\(context)")
        switch command.name {
        case "check":
            for mention in hostile.checkMentions {
                #expect(outcome.stdout.contains(mention) || outcome.stderr.contains(mention), "\(hostile.name): check does not mention \(mention)\n\(outcome.stdout.prefix(2_000))")
            }
        case "lsp":
            #expect(outcome.status == 0, "\(context)")
            let answered = EditorSession.responses(in: Array(outcome.stdout.utf8)).compactMap { $0["id"]?.numberValue }
            #expect(answered == EditorSession.requestIDs, "\(hostile.name): lsp answered \(answered)\n\(outcome.stdout.prefix(2_000))")
        default:
            break
        }
    }

    @Test func theBinaryUnderTestIsThisBuildsApg() async throws {
        let outcome = try await ApgProcess.run(["rules"], in: FileManager.default.temporaryDirectory, timeout: 60)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("APG050"))
    }

    /// What an editor sends `apg lsp` about a hostile workspace, and reading its answers.
    enum EditorSession {
        /// initialize, documentSymbol, hover, shutdown: every one must be answered.
        static let requestIDs: [Double] = [1, 2, 3, 4]

        /// The session, opening the first guide by name other than `global.md` (the
        /// hostile one) with its text as an editor shows it (bytes that are not UTF-8
        /// replaced), or `global.md` when there is none.
        static func input(_ workspace: URL) throws -> Data {
            let names = try FileManager.default.contentsOfDirectory(atPath: workspace.path).sorted()
            let guide = names.first { name in
                guard name.hasSuffix(".md"), name != "global.md" else { return false }
                // Not a link (to /dev/zero) or a pipe: reading those would never end.
                let type = try? FileManager.default.attributesOfItem(atPath: workspace.appendingPathComponent(name).path)[.type] as? FileAttributeType
                return type == .typeRegular
            } ?? "global.md"
            let file = workspace.appendingPathComponent(guide)
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let document: JSONValue = ["uri": .string(file.absoluteString)]
            let messages: [JSONValue] = [
                ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": .string(workspace.absoluteString), "capabilities": [:]]],
                ["jsonrpc": "2.0", "method": "initialized", "params": [:]],
                ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
                    "textDocument": ["uri": .string(file.absoluteString), "languageId": "markdown", "version": 1, "text": .string(text)]]],
                ["jsonrpc": "2.0", "id": 2, "method": "textDocument/documentSymbol", "params": ["textDocument": document]],
                ["jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": ["textDocument": document, "position": ["line": 5, "character": 4]]],
                ["jsonrpc": "2.0", "id": 4, "method": "shutdown"],
                ["jsonrpc": "2.0", "method": "exit"],
            ]
            var bytes: [UInt8] = []
            for message in messages {
                let body = Array(JSONWriter.serialize(message, pretty: false).utf8)
                bytes += Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
            }
            return Data(bytes)
        }

        /// The responses among the framed messages on stdout (an answer carries `result`
        /// or `error`); anything on stdout that is not a framed JSON message fails the test.
        static func responses(in output: [UInt8]) -> [JSONValue] {
            var responses: [JSONValue] = []
            var rest = output[...]
            let separator = Array("\r\n\r\n".utf8)
            while !rest.isEmpty {
                guard let headerEnd = rest.indices.first(where: { rest[$0...].starts(with: separator) }),
                      let length = Int(String(decoding: rest[..<headerEnd], as: UTF8.self).dropFirst("Content-Length: ".count)),
                      headerEnd + 4 + length <= rest.endIndex
                else {
                    Issue.record("stdout holds bytes that are no framed message: \(String(decoding: rest.prefix(200), as: UTF8.self))")
                    break
                }
                let body = rest[(headerEnd + 4)..<(headerEnd + 4 + length)]
                guard let message = try? JSONParser.parse(String(decoding: body, as: UTF8.self)) else {
                    Issue.record("a message body is not JSON: \(String(decoding: body.prefix(200), as: UTF8.self))")
                    break
                }
                if message["result"] != nil || message["error"] != nil { responses.append(message) }
                rest = rest[(headerEnd + 4 + length)...]
            }
            return responses
        }
    }
}
