import APGJSON

/// A document the client has open: its unsaved text stands in for the file on disk.
struct OpenDocument: Sendable {
    /// The URI as the client wrote it, for answers about this document.
    var uri: String
    var version: Int
    private(set) var lines: TextLines

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.lines = TextLines(text)
    }

    var bytes: [UInt8] { lines.bytes }
    var text: String { String(decoding: lines.bytes, as: UTF8.self) }

    /// Applies one `contentChanges` entry: a full text, or a range and its new text.
    mutating func apply(_ change: JSONValue, encoding: PositionEncoding) throws(ResponseError) {
        guard let newText = change["text"]?.stringValue else {
            throw .invalidParams("a content change needs 'text'")
        }
        guard let rangeValue = change["range"], rangeValue != .null else {
            lines = TextLines(newText)
            return
        }
        guard let range = rangeValue.range else { throw .invalidParams("a content change's 'range' needs 'start' and 'end' positions") }
        let lower = lines.offset(of: range.start, encoding: encoding)
        let upper = max(lower, lines.offset(of: range.end, encoding: encoding))
        var bytes = lines.bytes
        bytes.replaceSubrange(lower..<upper, with: Array(newText.utf8))
        lines = TextLines(bytes: bytes)
    }
}

/// The open documents, by standardized path.
struct DocumentStore: Sendable {
    private(set) var documents: [String: OpenDocument] = [:]

    subscript(path: String) -> OpenDocument? { documents[path] }

    mutating func open(path: String, document: OpenDocument) {
        documents[path] = document
    }

    mutating func close(path: String) {
        documents[path] = nil
    }

    mutating func change(path: String, version: Int?, changes: [JSONValue], encoding: PositionEncoding) throws(ResponseError) {
        guard var document = documents[path] else { return }
        for change in changes { try document.apply(change, encoding: encoding) }
        if let version { document.version = version }
        documents[path] = document
    }

    /// The texts of the open documents below `root`, by path relative to it.
    func overlay(under root: String) -> [String: [UInt8]] {
        var overlay: [String: [UInt8]] = [:]
        for (path, document) in documents {
            if let relative = WorkspaceLocator.relativePath(of: path, under: root) { overlay[relative] = document.bytes }
        }
        return overlay
    }
}
