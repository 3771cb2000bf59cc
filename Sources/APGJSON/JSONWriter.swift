/// Serializes `JSONValue` deterministically: two-space indentation, keys in insertion
/// order, integers without a fraction, shortest round-tripping form for other numbers,
/// and `/` left unescaped.
///
/// Writes UTF-8 bytes straight into one buffer: JSON output is a large share of what apg
/// writes, and appending a `String` per scalar cost hundreds of instructions per byte.
public enum JSONWriter {
    public static func serialize(_ value: JSONValue, pretty: Bool = true) -> String {
        String(decoding: bytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes of `serialize(value, pretty:)`.
    public static func bytes(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(value, into: &output, indent: 0, pretty: pretty)
        if pretty { output.append(newlineByte) }
        return output
    }

    private static let newlineByte = UInt8(ascii: "\n")
    private static let spaceByte = UInt8(ascii: " ")

    private static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int, pretty: Bool) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: format(number).utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let values):
            if values.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent + 1, pretty)
                write(element, into: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent, pretty)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent + 1, pretty)
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(spaceByte) }
                write(member.value, into: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent, pretty)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ output: inout [UInt8], _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        output.append(newlineByte)
        for _ in 0..<(2 * indent) { output.append(spaceByte) }
    }

    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Escapes by UTF-8 byte: every byte that needs an escape is ASCII, except the line
    /// and paragraph separators U+2028/U+2029 (E2 80 A8/A9), which break JavaScript
    /// consumers of JSON.
    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            case 0xE2:
                // A String is valid UTF-8: a lead byte E2 has two continuation bytes.
                let second = utf8.next() ?? 0, third = utf8.next() ?? 0
                if second == 0x80, third == 0xA8 || third == 0xA9 {
                    output.append(contentsOf: (third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                } else {
                    output.append(contentsOf: [byte, second, third])
                }
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
