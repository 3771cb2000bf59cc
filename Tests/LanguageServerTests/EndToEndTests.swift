import APGJSON
import Foundation
import Testing

/// `apg lsp` as a process: a scripted client that writes framed messages and reads
/// every byte of stdout back, and Neovim's own LSP client.
@Suite struct EndToEndTests {
    /// The `apg` binary built next to the test bundle.
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("apg")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return SampleWorkspace.repository.appendingPathComponent(".build/debug/apg")
    }

    static var neovim: String? {
        ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/nvim" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func frame(_ message: JSONValue) -> [UInt8] {
        let body = Array(JSONWriter.serialize(message, pretty: false).utf8)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Splits stdout into message bodies; anything else on stdout fails the test.
    static func messages(in output: [UInt8]) -> [JSONValue] {
        var messages: [JSONValue] = []
        var rest = output[...]
        while !rest.isEmpty {
            guard let headerEnd = rest.indices.first(where: { rest[$0...].starts(with: Array("\r\n\r\n".utf8)) }) else {
                Issue.record("stdout has bytes that are no message: \(String(decoding: rest, as: UTF8.self).prefix(200))")
                break
            }
            let header = String(decoding: rest[rest.startIndex..<headerEnd], as: UTF8.self)
            guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count)) else {
                Issue.record("stdout has a header that is not LSP: \(header.prefix(200))")
                break
            }
            let bodyStart = headerEnd + 4
            let body = rest[bodyStart..<min(rest.endIndex, bodyStart + length)]
            if let message = try? JSONParser.parse(String(decoding: body, as: UTF8.self)) { messages.append(message) } else { Issue.record("a body is not JSON") }
            rest = rest[min(rest.endIndex, bodyStart + length)...]
        }
        return messages
    }

    static func run(input: [UInt8], timeout: TimeInterval = 300) throws -> (status: Int32, stdout: [UInt8]) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["lsp", "--as-of", "2026-11-20"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            Issue.record("apg lsp did not exit")
        }
        return (process.terminationStatus, [UInt8](output))
    }

    @Test func aScriptedClientSessionOverStdio() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build apg first: \(Self.binary.path)")
        let root = try SampleWorkspace.copy()
        let de = root.appendingPathComponent("de.md")
        let text = try String(contentsOf: de, encoding: .utf8)
        let owner = try #require(SampleWorkspace.position(of: "Verantwortlich: @kbauer", in: text))
        let strategy = try #require(SampleWorkspace.position(of: "Strategie: S3.1", in: text))
        func at(_ position: (line: Int, character: Int), _ offset: Int) -> JSONValue {
            ["textDocument": ["uri": .string(de.absoluteString)], "position": ["line": .int(position.line), "character": .int(position.character + offset)]]
        }
        var input: [UInt8] = []
        input += Self.frame(["jsonrpc": "2.0", "id": 0, "method": "textDocument/hover", "params": at(owner, 0)])
        input += Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["processId": .null, "rootUri": .string(root.absoluteString), "capabilities": [:]]])
        input += Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        input += Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": .string(de.absoluteString), "languageId": "markdown", "version": 1, "text": .string(text)]]])
        input += Array("Content-Length: 9\r\n\r\n{\"id\": 1,".utf8)
        input += Self.frame(["jsonrpc": "2.0", "id": 2, "method": "textDocument/completion", "params": at(owner, 17)])
        input += Self.frame(["jsonrpc": "2.0", "id": 3, "method": "textDocument/definition", "params": at(strategy, 12)])
        input += Self.frame(["jsonrpc": "2.0", "id": 4, "method": "no/suchMethod", "params": [:]])
        input += Self.frame(["jsonrpc": "2.0", "id": 5, "method": "shutdown"])
        input += Self.frame(["jsonrpc": "2.0", "method": "exit"])

        let (status, stdout) = try Self.run(input: input)
        #expect(status == 0)
        let messages = Self.messages(in: stdout)
        func response(_ id: Int) -> JSONValue? { messages.first { $0["id"] == .int(id) } }
        #expect(response(0)?["error"]?["code"] == -32002)
        #expect(response(1)?["result"]?["capabilities"]?["renameProvider"] != nil)
        #expect(messages.contains { $0["error"]?["code"] == -32700 })
        #expect(response(2)?["result"]?["items"]?.arrayValue?.contains { $0["label"] == "kbauer" } == true)
        #expect(response(3)?["result"]?.arrayValue?.first?["uri"]?.stringValue?.hasSuffix("/global.md") == true)
        #expect(response(4)?["error"]?["code"] == -32601)
        #expect(response(5)?["result"] == .null)
        let published = messages.filter { $0["method"] == "textDocument/publishDiagnostics" }.compactMap { $0["params"]?["uri"]?.stringValue }
        #expect(published.contains(de.absoluteString))
        #expect(published.contains(root.appendingPathComponent("global.md").absoluteString))
    }

    @Test func aClientThatGoesAwayEndsTheServerCleanly() throws {
        var input = Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["processId": .null, "rootUri": .null, "capabilities": [:]]])
        input += Array("Content-Length: 500\r\n\r\n{\"jsonrpc\"".utf8)
        let (status, stdout) = try Self.run(input: input)
        #expect(status == 0)
        #expect(Self.messages(in: stdout).count == 1)
    }

    @Test(.enabled(if: neovim != nil, "nvim is not installed (apt-get install neovim); the scripted-client test covers the server without it"))
    func neovimsClientGetsDiagnosticsCompletionDefinitionAndRename() throws {
        let nvim = try #require(Self.neovim)
        let root = try SampleWorkspace.copy()
        let de = root.appendingPathComponent("de.md")
        let result = root.deletingLastPathComponent().appendingPathComponent("nvim-result.json")
        let script = SampleWorkspace.repository.appendingPathComponent("Tests/LanguageServerTests/Fixtures/nvim-client.lua")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nvim)
        process.arguments = ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile \(script.path)"]
        var environment = ProcessInfo.processInfo.environment
        environment["APG_BIN"] = Self.binary.path
        environment["APG_FILE"] = de.path
        environment["APG_OUT"] = result.path
        environment["XDG_STATE_HOME"] = root.deletingLastPathComponent().path
        environment["XDG_DATA_HOME"] = root.deletingLastPathComponent().path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(600)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Issue.record("nvim did not finish")
        }
        let data = try Data(contentsOf: result)
        let json = try JSONParser.parse(String(decoding: data, as: UTF8.self))
        #expect(json["initial_diagnostics"] == true)
        #expect(json["typo_reported"] == true)
        #expect(json["typo_cleared"] == true)
        #expect(json["diagnostics"]?[root.appendingPathComponent("global.md").absoluteString] != nil)
        #expect(json["completion"]?.arrayValue?.contains("kbauer") == true)
        #expect(json["definition_uri"]?.stringValue?.hasSuffix("/global.md") == true)
        #expect((json["rename_files"]?["de.md"]?.numberValue ?? 0) >= 3)
        #expect(json["rename_files"]?["global.md"] != nil)
    }
}
