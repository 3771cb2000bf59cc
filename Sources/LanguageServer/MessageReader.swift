#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where framed messages come from: a file descriptor (stdin) or, in tests, bytes.
public protocol ByteSource {
    /// Up to `maximum` bytes; empty at the end of input.
    mutating func read(maximum: Int) -> [UInt8]
}

/// Reads a file descriptor with `read(2)`, retrying on `EINTR`; an error ends the input.
public struct FileDescriptorSource: ByteSource {
    let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public mutating func read(maximum: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, maximum) }
            if count > 0 { return Array(buffer[0..<count]) }
            if count < 0, errno == EINTR { continue }
            return []
        }
    }
}

/// One step of reading the `Content-Length`-framed stream (LSP base protocol).
public enum FramedInput: Equatable, Sendable {
    /// A message body (JSON text as UTF-8, not yet parsed).
    case message([UInt8])
    /// A body larger than the limit: its bytes were read and dropped, so the stream stays
    /// in step and the server can answer with an error and go on.
    case oversized(Int)
    /// A header block without a usable `Content-Length`: where the next message starts
    /// cannot be known, so the server stops.
    case malformedHeader(String)
    /// The client closed the stream.
    case end
}

/// Splits the input into messages: header lines ending in `\r\n`, an empty line, then
/// exactly `Content-Length` bytes. Other headers (`Content-Type`) are ignored.
public struct MessageReader<Source: ByteSource> {
    /// 64 MiB: far above any guide an editor sends, low enough that a broken or hostile
    /// client cannot make the server hold gigabytes.
    public static var maximumMessageSize: Int { 64 << 20 }
    /// A header block longer than this is not LSP.
    static var maximumHeaderSize: Int { 8 << 10 }

    private var source: Source
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    public init(source: Source) {
        self.source = source
    }

    public mutating func next() -> FramedInput {
        guard let header = readHeader() else {
            return buffered == 0 ? .end : .malformedHeader("the input ended inside a header")
        }
        guard let headerText = String(validating: header, as: UTF8.self) else {
            return .malformedHeader("the header is not UTF-8 text")
        }
        var length: Int?
        for line in headerText.split(separator: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else {
                return .malformedHeader("header line '\(line.prefix(80))' has no ':'")
            }
            if line[..<colon].lowercased() == "content-length" {
                guard let value = Int(line[line.index(after: colon)...].trimmingSpaces()), value >= 0 else {
                    return .malformedHeader("Content-Length '\(line[line.index(after: colon)...].prefix(40))' is not a number")
                }
                length = value
            }
        }
        guard let length else { return .malformedHeader("the header has no Content-Length") }
        if length > Self.maximumMessageSize {
            var remaining = length
            while remaining > 0 {
                let dropped = take(upTo: min(remaining, 1 << 16))
                if dropped.isEmpty { return .end }
                remaining -= dropped.count
            }
            return .oversized(length)
        }
        var body: [UInt8] = []
        body.reserveCapacity(length)
        while body.count < length {
            let chunk = take(upTo: length - body.count)
            if chunk.isEmpty { return .end }
            body += chunk
        }
        return .message(body)
    }

    private var buffered: Int { buffer.count - position }

    /// The bytes up to the blank line, or nil at the end of input or when too long.
    private mutating func readHeader() -> [UInt8]? {
        var scanned = 0
        while true {
            // Look for \r\n\r\n in what is buffered.
            var index = position + max(0, scanned - 3)
            while index + 3 < buffer.count {
                if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                    let header = Array(buffer[position..<index])
                    position = index + 4
                    return header
                }
                index += 1
            }
            scanned = buffered
            if scanned > Self.maximumHeaderSize { return nil }
            guard fill() else { return nil }
        }
    }

    private mutating func take(upTo count: Int) -> [UInt8] {
        if buffered == 0, !fill() { return [] }
        let end = min(buffer.count, position + count)
        let chunk = Array(buffer[position..<end])
        position = end
        return chunk
    }

    /// Reads more input; false at its end.
    private mutating func fill() -> Bool {
        if atEnd { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let chunk = source.read(maximum: 1 << 16)
        if chunk.isEmpty {
            atEnd = true
            return false
        }
        buffer += chunk
        return true
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
