/// RFC 4180 CSV: fields quoted when they hold a quote, the separator, CR or LF (quotes
/// doubled), records ended by CRLF; with `byteOrderMark`, the text starts with U+FEFF,
/// without which Excel reads UTF-8 as the system's code page (`PrÃ¼fstand`). Cells
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// CR, their fullwidth and small forms, also behind invisible format characters such as
/// a zero-width space) get a leading `'` so that an author's title can never become
/// `=cmd|'/c calc'!A1` in someone's Excel.
struct CSVWriter {
    private(set) var text = ""
    let separator: Character

    init(separator: CSVSeparator = .comma, byteOrderMark: Bool = false) {
        self.separator = separator.character
        if byteOrderMark { text = "\u{FEFF}" }
    }

    mutating func append(_ fields: [String]) {
        text += fields.map { Self.field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    static func field(_ value: String, separator: Character = ",") -> String {
        var value = value
        if Self.wouldRunAsFormula(value) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "\"" || $0 == separator || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// Characters a spreadsheet starts a formula with: ASCII, fullwidth (U+FF1D, U+FF0B,
    /// U+FF0D, U+FF20) and small forms (U+FE66, U+FE62, U+FE63, U+FE6B), which some
    /// spreadsheets fold to ASCII.
    private static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r",
        "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
        "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}",
    ]

    /// Whether the first visible character starts a formula: invisible format characters
    /// (zero-width space U+200B, the marks U+200C–U+200F, word joiner U+2060, byte order
    /// mark U+FEFF and the rest of category Cf) do not hide one.
    static func wouldRunAsFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first(where: { $0.properties.generalCategory != .format && $0 != "\u{200B}" }) else { return false }
        return formulaStarts.contains(first)
    }
}
