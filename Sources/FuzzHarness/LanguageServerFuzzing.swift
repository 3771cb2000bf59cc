import APGJSON
import Foundation
import LanguageServer

/// `fuzz-lsp-reader`: the bytes as what an editor writes to `apg lsp`'s stdin — a stream
/// of `Content-Length`-framed messages — through the server's `MessageReader` and its
/// dispatch (`LanguageServer.handle`), in memory, against the sample workspace.
///
/// Beyond not crashing: every message that asks for an answer gets exactly one (a result
/// or a protocol error) before `exit`, with the request's id, and the server writes
/// nothing but framed JSON-RPC messages.
///
/// Paths stay inside the sample: a `file:` URI below `/workspace` names the file at the
/// same place below `samples/kessler` (so saved inputs work in every checkout), and any
/// other `file:` URI becomes a file of `samples/kessler/outside/`; otherwise a mutated
/// URI could make the server compile `/usr` or whatever else the machine holds. The
/// server reads files and never writes any.
public enum LanguageServerFuzzing {
    /// What seeds call the workspace folder.
    public static let placeholderRoot = "/workspace"

    /// What one session wrote back.
    public struct Session: Sendable {
        /// The answers, in order (messages with an `id` and no `method`).
        public var responses: [JSONValue] = []
        /// Everything the server sent of its own accord (diagnostics, log messages).
        public var notifications: [JSONValue] = []
        /// The ids of the requests read before `exit`, in order (`.null` for a message the
        /// server must answer without knowing an id, such as one that is not JSON).
        public var answersDue: [JSONValue] = []
        /// Set when the output is not a sequence of framed JSON objects.
        public var malformedOutput: String?
        public var exitStatus: Int32?
    }

    public static func run(_ bytes: [UInt8]) async -> FuzzFinding? {
        let session = await serve(bytes)
        if let malformed = session.malformedOutput {
            return FuzzFinding("apg lsp wrote something that is not a framed JSON-RPC message: \(malformed)")
        }
        let answered = session.responses.map { $0["id"] ?? .null }
        guard answered.count == session.answersDue.count else {
            return FuzzFinding("\(session.answersDue.count) messages needed an answer, \(answered.count) were answered:\n"
                + "due \(session.answersDue.map { JSONWriter.serialize($0, pretty: false) })\n"
                + "answered \(answered.map { JSONWriter.serialize($0, pretty: false) })")
        }
        for (due, answer) in zip(session.answersDue, answered) where due != answer {
            return FuzzFinding("the answer to request \(JSONWriter.serialize(due, pretty: false)) came with the id \(JSONWriter.serialize(answer, pretty: false))")
        }
        return nil
    }

    /// Runs the bytes through a fresh server, as `apg lsp` would, and collects its output.
    public static func serve(_ bytes: [UInt8]) async -> Session {
        let output = CollectedOutput()
        let server = LanguageServer(
            writer: MessageWriter { output.append($0) },
            // No pause: a change is compiled at once, so that nothing is pending when the
            // session ends (`flush` compiles what is).
            options: .init(debounce: .zero, asOf: WorkspaceFuzzing.asOf, executable: nil))
        var reader = MessageReader(source: InMemorySource(bytes: bytes, chunk: 61))
        var session = Session()
        while true {
            var frame = reader.next()
            switch frame {
            case .message(let body):
                if let due = answerDue(body) { session.answersDue.append(due) }
                frame = .message(confined(body))
            case .oversized:
                session.answersDue.append(.null)
            case .malformedHeader, .end:
                break
            }
            if let status = await server.handle(frame) {
                session.exitStatus = status
                break
            }
        }
        await server.flush()
        collect(output.bytes, into: &session)
        return session
    }

    // MARK: What a message asks for

    /// The id an answer to this body must carry, or nil when none is due (a notification,
    /// a response to the server). Mirrors JSON-RPC 2.0: an unreadable message or one
    /// without a usable id is answered with the id `null`.
    static func answerDue(_ body: [UInt8]) -> JSONValue? {
        guard let text = String(validating: body, as: UTF8.self), let message = try? JSONParser.parse(text),
              case .object = message
        else { return .null }
        let id = message["id"]
        guard message["method"]?.stringValue != nil else {
            if id == nil || message["result"] != nil || message["error"] != nil { return nil }
            return id.map(validID) ?? .null
        }
        return id.map(validID)
    }

    /// A request id as the answer carries it: a string or a whole number, else `null`.
    static func validID(_ id: JSONValue) -> JSONValue {
        switch id {
        case .string: return id
        case .number(let value) where value == value.rounded() && abs(value) < 1e15: return id
        default: return .null
        }
    }

    // MARK: Keeping paths inside the sample

    static let sampleRoot = SpreadsheetFuzzing.sampleRoot.standardizedFileURL.path

    /// The body with every `file:` URI moved inside the sample; a body that is not JSON is
    /// passed on as it is (the server answers it with a parse error). `rootPath` and the
    /// workspace folders stay as they are: they only matter for a document with no
    /// `apg.yaml` above it, and every document is below the sample's.
    static func confined(_ body: [UInt8]) -> [UInt8] {
        guard let text = String(validating: body, as: UTF8.self), let message = try? JSONParser.parse(text) else { return body }
        return Array(JSONWriter.serialize(confined(message), pretty: false).utf8)
    }

    static func confined(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            guard let url = URL(string: text), url.isFileURL else { return value }
            return .string(URL(fileURLWithPath: confinedPath(url.standardizedFileURL.path)).absoluteString)
        case .array(let values):
            return .array(values.map(confined))
        case .object(let members):
            return .object(members.map { ($0.key, confined($0.value)) })
        default:
            return value
        }
    }

    static func confinedPath(_ path: String) -> String {
        if path == placeholderRoot { return sampleRoot }
        if path.hasPrefix(placeholderRoot + "/") { return sampleRoot + path.dropFirst(placeholderRoot.count) }
        let name = (path as NSString).lastPathComponent
        return sampleRoot + "/outside/" + (name.isEmpty || name == "/" ? "file" : name)
    }

    // MARK: What the server wrote

    static func collect(_ output: [UInt8], into session: inout Session) {
        var reader = MessageReader(source: InMemorySource(bytes: output, chunk: 1 << 16))
        while true {
            switch reader.next() {
            case .end:
                return
            case .message(let body):
                guard let text = String(validating: body, as: UTF8.self), let message = try? JSONParser.parse(text),
                      case .object = message, message["jsonrpc"] == "2.0"
                else {
                    session.malformedOutput = "a body that is not a JSON-RPC 2.0 object: \(String(decoding: body.prefix(200), as: UTF8.self))"
                    return
                }
                if message["method"] != nil {
                    session.notifications.append(message)
                } else {
                    session.responses.append(message)
                }
            case .oversized(let length):
                session.malformedOutput = "a message of \(length) bytes"
                return
            case .malformedHeader(let reason):
                session.malformedOutput = reason
                return
            }
        }
    }

    /// Everything the server writes, in order (the writer is called from the server's
    /// actor and from its compile tasks).
    final class CollectedOutput: @unchecked Sendable {
        private let lock = NSLock()
        private var collected: [UInt8] = []

        func append(_ bytes: [UInt8]) {
            lock.lock()
            defer { lock.unlock() }
            collected += bytes
        }

        var bytes: [UInt8] {
            lock.lock()
            defer { lock.unlock() }
            return collected
        }
    }
}

/// Bytes read in small pieces, so that headers and bodies arrive split as from a pipe.
public struct InMemorySource: ByteSource {
    let bytes: [UInt8]
    let chunk: Int
    var position = 0

    public init(bytes: [UInt8], chunk: Int) {
        self.bytes = bytes
        self.chunk = chunk
    }

    public mutating func read(maximum: Int) -> [UInt8] {
        let end = min(bytes.count, position + min(chunk, maximum))
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
