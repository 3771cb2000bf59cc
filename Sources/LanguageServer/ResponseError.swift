import APGJSON

/// A JSON-RPC error a request is answered with.
struct ResponseError: Error, Sendable {
    var code: Int
    var message: String

    static let parseError = -32700
    static let invalidRequestCode = -32600
    static let methodNotFoundCode = -32601
    static let invalidParamsCode = -32602
    static let internalErrorCode = -32603
    static let serverNotInitializedCode = -32002
    static let requestFailedCode = -32803

    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: invalidParamsCode, message: message) }
    static func requestFailed(_ message: String) -> ResponseError { ResponseError(code: requestFailedCode, message: message) }

    var json: JSONValue { ["code": .int(code), "message": .string(message)] }
}

/// Reading LSP parameters out of `JSONValue`s.
extension JSONValue {
    var intValue: Int? { numberValue.flatMap { $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil } }

    var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    var position: Position? {
        guard let line = self["line"]?.intValue, let character = self["character"]?.intValue else { return nil }
        return Position(line: line, character: character)
    }

    var range: TextRange? {
        guard let start = self["start"]?.position, let end = self["end"]?.position else { return nil }
        return TextRange(start: start, end: end)
    }

    /// `textDocument.uri` of a request's parameters.
    var documentURI: String? { self["textDocument"]?["uri"]?.stringValue }
}

extension Position {
    var json: JSONValue { ["line": .int(line), "character": .int(character)] }
}

extension TextRange {
    var json: JSONValue { ["start": start.json, "end": end.json] }
}
