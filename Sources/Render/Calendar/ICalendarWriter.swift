import PlanModel

/// RFC 5545 content lines: CRLF line ends, lines folded at 75 octets without splitting
/// a UTF-8 sequence, TEXT values escaped.
struct ICalendarWriter {
    private(set) var text = ""

    mutating func line(_ name: String, _ value: String) {
        fold(name + ":" + value)
    }

    mutating func text(_ name: String, _ value: String) {
        line(name, Self.escape(value))
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
    static func escape(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits a content line into chunks of at most 75 octets; continuation lines start
    /// with a space, which counts towards their 75.
    private mutating func fold(_ line: String) {
        var current: [UInt8] = []
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if current.count + bytes.count > 75 {
                text += String(decoding: current, as: UTF8.self) + "\r\n"
                current = Array(" ".utf8)
            }
            current += bytes
        }
        text += String(decoding: current, as: UTF8.self) + "\r\n"
    }

    /// A parameter value (`CN=`): quoted, because a name may hold `,`, `;` or `:`;
    /// double quotes and control characters, which a quoted value cannot hold, are left out.
    static func parameterValue(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars where scalar != "\"" && scalar.value >= 0x20 && scalar.value != 0x7F {
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }

    static func date(_ date: PlanDate) -> String {
        date.iso.split(separator: "-").joined()
    }
}
