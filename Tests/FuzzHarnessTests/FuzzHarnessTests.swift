import APGJSON
import Foundation
@testable import FuzzHarness
import Testing

/// The harnesses on real inputs: they must reach the code they fuzz, and report a broken
/// property rather than pass over it.
struct FuzzHarnessTests {
    static let sample = SpreadsheetFuzzing.sampleRoot

    static func sampleWorkspaceBytes() throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: sample.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        let config = try [UInt8](Data(contentsOf: sample.appendingPathComponent("apg.yaml")))
        let guides = try names.map { ($0, try [UInt8](Data(contentsOf: sample.appendingPathComponent($0)))) }
        return FuzzWorkspace(configBytes: config, guides: guides).bytes
    }

    @Test func theWorkspaceBytesSplitIntoConfigAndGuides() throws {
        let input = FuzzWorkspace(Array("account: A\u{1E}---\naccount: A\n---\n\u{1E}\u{1E}x".utf8))
        #expect(input.configBytes == Array("account: A".utf8))
        #expect(input.guides.map(\.path) == ["g1.md", "g2.md", "g3.md"])
        #expect(input.guides.last?.bytes == Array("x".utf8))
        #expect(FuzzWorkspace(input.bytes).guides.map(\.bytes) == input.guides.map(\.bytes))
    }

    @Test func theSampleRunsThroughEveryHarnessWithoutFindings() async throws {
        let bytes = try Self.sampleWorkspaceBytes()
        let workspace = FuzzWorkspace(bytes)
        #expect(workspace.guides.count == 5)
        let compilation = await FormatFuzzing.compile(workspace.guides[0].bytes)
        #expect(!compilation.model.actions.isEmpty || !compilation.model.team.isEmpty)
        #expect(await WorkspaceFuzzing.run(bytes) == nil)
        for guide in workspace.guides {
            let finding = await FormatFuzzing.run(guide.bytes)
            #expect(finding == nil, "\(guide.path): \(finding?.description ?? "")")
        }
        #expect(await SpreadsheetFuzzing.run(Array("id,new status\nDE-A1,done\n".utf8)) == nil)
    }

    @Test func aModelChangeIsSeenThroughPositionsButNotBecauseOfThem() async {
        let guide = "---\naccount: A\ncountry: DE\n---\n\n## Actions\n- [ ] A1: Visit\n  - Owner: @x\n"
        let moved = "---\naccount: A\ncountry: DE\n---\n\n\n\n## Actions\n- [ ] A1: Visit\n  - Owner: @x\n"
        let renamed = "---\naccount: A\ncountry: DE\n---\n\n## Actions\n- [ ] A1: Call\n  - Owner: @x\n"
        let base = await FormatFuzzing.model(of: Array(guide.utf8)).model
        #expect(base != .null)
        #expect(await FormatFuzzing.model(of: Array(moved.utf8)).model == base)
        #expect(await FormatFuzzing.model(of: Array(renamed.utf8)).model != base)
    }

    static func frame(_ message: JSONValue) -> [UInt8] {
        let body = Array(JSONWriter.serialize(message, pretty: false).utf8)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    @Test func anEditorSessionOverTheSampleIsAnsweredInFull() async throws {
        let text = try String(contentsOf: Self.sample.appendingPathComponent("de.md"), encoding: .utf8)
        let uri: JSONValue = "file:///workspace/de.md"
        let session = await LanguageServerFuzzing.serve(
            Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": "file:///workspace"]])
            + Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "version": 1, "text": .string(text)]]])
            // Line 16 (0-based 15) names @mfischer.
            + Self.frame(["jsonrpc": "2.0", "id": "hover", "method": "textDocument/hover", "params": ["textDocument": ["uri": uri], "position": ["line": 15, "character": 20]]])
            + Self.frame(["jsonrpc": "2.0", "id": 3, "method": "no/such/method"])
            + Array("Content-Length: 3\r\n\r\n{x}".utf8)
            + Self.frame(["jsonrpc": "2.0", "id": 4, "method": "shutdown"])
            + Self.frame(["jsonrpc": "2.0", "method": "exit"])
            + Self.frame(["jsonrpc": "2.0", "id": 5, "method": "shutdown"]))
        #expect(session.malformedOutput == nil)
        #expect(session.exitStatus == 0)
        #expect(session.answersDue == [1, "hover", 3, nil, 4])
        #expect(session.responses.map { $0["id"] ?? "missing" } == [1, "hover", 3, nil, 4])
        let hover = try #require(session.responses.first { $0["id"] == "hover" })
        #expect(JSONWriter.serialize(hover, pretty: false).contains("Fischer"))
        #expect(session.responses[2]["error"]?["code"] == -32601)
        #expect(session.responses[3]["error"]?["code"] == -32700)
        // The sample was compiled: its diagnostics were published for the open document.
        #expect(session.notifications.contains { $0["method"] == "textDocument/publishDiagnostics" })
        #expect(await LanguageServerFuzzing.run(Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize"])) == nil)
    }

    @Test func whatNeedsAnAnswerIsWhatJSONRPCSays() {
        func due(_ text: String) -> JSONValue? { LanguageServerFuzzing.answerDue(Array(text.utf8)) }
        #expect(due(#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#) == 7)
        #expect(due(#"{"jsonrpc":"2.0","id":1.5,"method":"shutdown"}"#) == .null)
        #expect(due(#"{"jsonrpc":"2.0","method":"exit"}"#) == nil)
        #expect(due(#"{"jsonrpc":"2.0","id":7,"result":null}"#) == nil)
        #expect(due(#"{"jsonrpc":"2.0","id":7}"#) == 7)
        #expect(due("[1]") == .null)
        #expect(LanguageServerFuzzing.answerDue([0xFF]) == .null)
    }

    @Test func fileURIsStayInsideTheSample() {
        let root = LanguageServerFuzzing.sampleRoot
        #expect(LanguageServerFuzzing.confinedPath("/workspace/de.md") == root + "/de.md")
        #expect(LanguageServerFuzzing.confinedPath("/workspace") == root)
        #expect(LanguageServerFuzzing.confinedPath("/etc/passwd") == root + "/outside/passwd")
        #expect(LanguageServerFuzzing.confinedPath("/") == root + "/outside/file")
        let body = LanguageServerFuzzing.confined(Array(#"{"uri":"file:///workspace/../../usr/x.md","text":"file:///etc"}"#.utf8))
        let message = try? JSONParser.parse(String(decoding: body, as: UTF8.self))
        #expect(message?["uri"]?.stringValue == URL(fileURLWithPath: root + "/outside/x.md").absoluteString)
        #expect(message?["text"]?.stringValue == URL(fileURLWithPath: root + "/outside/etc").absoluteString)
    }

    @Test func theSpreadsheetHarnessReadsTheSampleWorkspace() throws {
        #expect(FileManager.default.fileExists(atPath: Self.sample.appendingPathComponent("apg.yaml").path))
    }
}
