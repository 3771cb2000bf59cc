import APGJSON
import Foundation
@testable import LanguageServer
import PlanModel

/// The messages a server sent, parsed back from their frames.
final class SentMessages: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [JSONValue] = []

    func append(frame: [UInt8]) {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var start = 0
        while start + 4 <= frame.count, Array(frame[start..<start + 4]) != separator { start += 1 }
        let body = String(decoding: frame[(start + 4)...], as: UTF8.self)
        guard let message = try? JSONParser.parse(body) else { return }
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [JSONValue] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }

    func removeAll() {
        lock.lock()
        messages.removeAll()
        lock.unlock()
    }
}

/// Drives a server in-process through its message interface, as an editor would.
struct TestClient {
    let server: LanguageServer
    let sent = SentMessages()
    private let ids = Counter()

    init(asOf: String = "2026-11-20") {
        let sent = self.sent
        let date = (try? PlanDate.parse(asOf).get()) ?? PlanDate(dayNumber: 0)
        server = LanguageServer(
            writer: MessageWriter { sent.append(frame: $0) },
            options: .init(debounce: .milliseconds(10), asOf: date, executable: nil))
    }

    /// Sends a request and returns the response (with `result` or `error`).
    @discardableResult
    func request(_ method: String, _ params: JSONValue = .null) async -> JSONValue {
        let id = ids.next()
        await server.receive(Array(JSONWriter.serialize(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params], pretty: false).utf8))
        return sent.all.last { $0["id"] == .int(id) } ?? .null
    }

    func notify(_ method: String, _ params: JSONValue = .null) async {
        await server.receive(Array(JSONWriter.serialize(["jsonrpc": "2.0", "method": .string(method), "params": params], pretty: false).utf8))
    }

    func raw(_ text: String) async {
        await server.receive(Array(text.utf8))
    }

    func initialize(root: URL?, encodings: [String]? = nil) async -> JSONValue {
        var capabilities: JSONValue = [:]
        if let encodings { capabilities = ["general": ["positionEncodings": .strings(encodings)]] }
        let response = await request("initialize", [
            "processId": .null,
            "rootUri": root.map { .string($0.absoluteString) } ?? .null,
            "capabilities": capabilities,
        ])
        await notify("initialized", [:])
        return response
    }

    func open(_ url: URL, text: String? = nil) async throws {
        let content = try text ?? String(contentsOf: url, encoding: .utf8)
        await notify("textDocument/didOpen", ["textDocument": ["uri": .string(url.absoluteString), "languageId": "markdown", "version": 1, "text": .string(content)]])
    }

    func replaceText(_ url: URL, with text: String, version: Int = 2) async {
        await notify("textDocument/didChange", ["textDocument": ["uri": .string(url.absoluteString), "version": .int(version)], "contentChanges": [["text": .string(text)]]])
    }

    /// The latest diagnostics published for a file, nil when none were.
    func diagnostics(for url: URL) -> [JSONValue]? {
        let uri = url.absoluteString
        return sent.all.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri }?["params"]?["diagnostics"]?.arrayValue
    }

    func documentParams(_ url: URL, line: Int, character: Int) -> JSONValue {
        ["textDocument": ["uri": .string(url.absoluteString)], "position": ["line": .int(line), "character": .int(character)]]
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// A copy of samples/kessler in a fresh temporary folder, so tests may change it.
enum SampleWorkspace {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-lsp-\(UUID().uuidString)/kessler", isDirectory: true)
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("samples/kessler"), to: folder)
        return folder.standardizedFileURL
    }

    /// The 0-based line and UTF-16 character of the first occurrence of `needle`.
    static func position(of needle: String, in text: String, offset: Int = 0) -> (line: Int, character: Int)? {
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) {
                return (number, line[..<range.lowerBound].utf16.count + offset)
            }
        }
        return nil
    }
}
