import APGJSON
import Foundation
@testable import LanguageServer
import Testing

/// JSON-RPC and lifecycle: errors per the protocol, never a crash.
@Suite struct ProtocolTests {
    @Test func requestsBeforeInitializeAreRefused() async {
        let client = TestClient()
        let response = await client.request("textDocument/hover", client.documentParams(URL(fileURLWithPath: "/tmp/x.md"), line: 0, character: 0))
        #expect(response["error"]?["code"] == -32002)
    }

    @Test func malformedJSONIsAParseErrorAndTheServerGoesOn() async {
        let client = TestClient()
        await client.raw("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ")
        #expect(client.sent.all.last?["error"]?["code"] == -32700)
        #expect(client.sent.all.last?["id"] == .null)
        await client.raw("[1, 2]")
        #expect(client.sent.all.last?["error"]?["code"] == -32600)
        let response = await client.initialize(root: nil)
        #expect(response["result"]?["capabilities"]?["hoverProvider"] == true)
    }

    @Test func unknownMethodsAreNotFoundAndUnknownNotificationsIgnored() async {
        let client = TestClient()
        _ = await client.initialize(root: nil)
        let response = await client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": "file:///tmp/a.md"]])
        #expect(response["error"]?["code"] == -32601)
        let before = client.sent.all.count
        await client.notify("custom/somethingElse", [:])
        await client.notify("$/cancelRequest", ["id": 1])
        #expect(client.sent.all.count == before)
    }

    @Test func shutdownThenExitGivesZeroAndExitAloneGivesOne() async {
        let client = TestClient()
        _ = await client.initialize(root: nil)
        #expect(await client.request("shutdown")["result"] == .null)
        #expect(await client.request("textDocument/hover", client.documentParams(URL(fileURLWithPath: "/tmp/x.md"), line: 0, character: 0))["error"]?["code"] == -32600)
        await client.notify("exit")
        #expect(await client.server.exitCode == 0)

        let other = TestClient()
        _ = await other.initialize(root: nil)
        await other.notify("exit")
        #expect(await other.server.exitCode == 1)
    }

    @Test func theClientsUTF8OfferIsTaken() async {
        let client = TestClient()
        let offered = await client.initialize(root: nil, encodings: ["utf-8", "utf-16"])
        #expect(offered["result"]?["capabilities"]?["positionEncoding"] == "utf-8")
        let plain = await TestClient().initialize(root: nil)
        #expect(plain["result"]?["capabilities"]?["positionEncoding"] == "utf-16")
    }

    @Test func theReaderSplitsFramesAcrossSmallReads() {
        let first = #"{"jsonrpc":"2.0","method":"a"}"#
        let second = #"{"jsonrpc":"2.0","method":"ü"}"#
        var stream: [UInt8] = []
        for body in [first, second] {
            stream += Array("Content-Length: \(body.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".utf8) + Array(body.utf8)
        }
        var reader = MessageReader(source: ChunkedSource(bytes: stream, chunk: 3))
        #expect(reader.next() == .message(Array(first.utf8)))
        #expect(reader.next() == .message(Array(second.utf8)))
        #expect(reader.next() == .end)
    }

    @Test func anOversizedMessageIsSkippedAndTheNextOneRead() {
        let limit = MessageReader<ChunkedSource>.maximumMessageSize
        let next = #"{"jsonrpc":"2.0","method":"exit"}"#
        let tail = Array("Content-Length: \(next.utf8.count)\r\n\r\n\(next)".utf8)
        var reader = MessageReader(source: ZeroBodySource(header: Array("Content-Length: \(limit + 1)\r\n\r\n".utf8), bodyLength: limit + 1, tail: tail))
        #expect(reader.next() == .oversized(limit + 1))
        #expect(reader.next() == .message(Array(next.utf8)))
        #expect(reader.next() == .end)
    }

    @Test func aHeaderWithoutLengthIsMalformed() {
        var reader = MessageReader(source: ChunkedSource(bytes: Array("Content-Type: x\r\n\r\n{}".utf8), chunk: 100))
        guard case .malformedHeader = reader.next() else {
            Issue.record("expected a malformed header")
            return
        }
        var truncated = MessageReader(source: ChunkedSource(bytes: Array("Content-Length: 10\r\n\r\n{}".utf8), chunk: 100))
        #expect(truncated.next() == .end)
    }
}

struct ChunkedSource: ByteSource {
    var bytes: [UInt8]
    var chunk: Int
    var position = 0

    init(bytes: [UInt8], chunk: Int) {
        self.bytes = bytes
        self.chunk = chunk
    }

    mutating func read(maximum: Int) -> [UInt8] {
        let end = min(bytes.count, position + min(chunk, maximum))
        defer { position = end }
        return Array(bytes[position..<end])
    }
}

/// A header, then a body of zeros made up as it is read (never held whole), then more.
struct ZeroBodySource: ByteSource {
    var header: [UInt8]
    var bodyLength: Int
    var tail: [UInt8]
    var position = 0

    mutating func read(maximum: Int) -> [UInt8] {
        if position < header.count {
            defer { position = header.count }
            return Array(header[position...])
        }
        let bodyEnd = header.count + bodyLength
        if position < bodyEnd {
            let count = min(maximum, bodyEnd - position)
            position += count
            return [UInt8](repeating: 0x20, count: count)
        }
        let offset = position - bodyEnd
        guard offset < tail.count else { return [] }
        let end = min(tail.count, offset + maximum)
        position += end - offset
        return Array(tail[offset..<end])
    }
}
