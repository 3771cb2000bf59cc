import APGJSON
import Foundation

/// A client with the sample workspace open at one file.
struct OpenSample {
    let root: URL
    let client: TestClient
    let url: URL
    let text: String

    init(file: String, text replacement: ((String) -> String)? = nil, encodings: [String]? = nil) async throws {
        root = try SampleWorkspace.copy()
        client = TestClient()
        _ = await client.initialize(root: root, encodings: encodings)
        url = root.appendingPathComponent(file)
        let original = try String(contentsOf: url, encoding: .utf8)
        text = replacement?(original) ?? original
        try await client.open(url, text: text)
        await client.server.flush()
    }

    /// Params at the first occurrence of `needle` (plus `offset` characters).
    func at(_ needle: String, offset: Int = 0) -> JSONValue {
        let position = SampleWorkspace.position(of: needle, in: text, offset: offset) ?? (0, 0)
        return client.documentParams(url, line: position.line, character: position.character)
    }

    func result(_ method: String, _ params: JSONValue) async -> JSONValue {
        await client.request(method, params)["result"] ?? .null
    }

    func labels(_ completion: JSONValue) -> [String] {
        completion["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
    }
}
