/// RFC 4180 CSV: fields quoted when they hold a quote, comma, CR or LF (quotes doubled),
/// records ended by CRLF. Cells that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or CR) get a leading `'` so that an author's title can never
/// become `=cmd|'/c calc'!A1` in someone's Excel.
struct CSVWriter {
    private(set) var text = ""

    mutating func append(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
