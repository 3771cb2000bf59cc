/// Serializes `JSONValue` deterministically: two-space indentation, keys in insertion
/// order, integers without a fraction, shortest round-tripping form for other numbers,
/// and `/` left unescaped.
public enum JSONWriter {
    public static func serialize(_ value: JSONValue, pretty: Bool = true) -> String {
        var output = ""
        write(value, into: &output, indent: 0, pretty: pretty)
        if pretty { output += "\n" }
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: Int, pretty: Bool) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += format(number)
        case .string(let text): writeString(text, into: &output)
        case .array(let values):
            if values.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in values.enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent + 1, pretty)
                write(element, into: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent, pretty)
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent + 1, pretty)
                writeString(member.key, into: &output)
                output += pretty ? ": " : ":"
                write(member.value, into: &output, indent: indent + 1, pretty: pretty)
            }
            newline(&output, indent, pretty)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            // Line and paragraph separators break JavaScript consumers of JSON.
            case "\u{2028}", "\u{2029}":
                output += "\\u" + String(scalar.value, radix: 16)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
