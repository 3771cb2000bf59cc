import APGJSON
import Foundation

/// Writes framed messages; the only writer of the server's stdout, so nothing but
/// protocol messages ever reaches it.
public final class MessageWriter: @unchecked Sendable {
    private let write: @Sendable ([UInt8]) -> Void
    /// Messages can come from the dispatcher and from a debounced recompile.
    private let lock = NSLock()

    public init(write: @escaping @Sendable ([UInt8]) -> Void) {
        self.write = write
    }

    /// A writer to a file descriptor (the server's stdout).
    public static func fileDescriptor(_ descriptor: Int32) -> MessageWriter {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        return MessageWriter { bytes in
            // A client that went away: nothing left to tell it.
            try? handle.write(contentsOf: Data(bytes))
        }
    }

    public func send(_ message: JSONValue) {
        let body = Array(JSONWriter.serialize(message, pretty: false).utf8)
        lock.lock()
        defer { lock.unlock() }
        write(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }
}
