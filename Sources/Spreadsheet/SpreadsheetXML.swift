/// XML text escaping for SpreadsheetML. Characters XML 1.0 cannot carry at all (most C0
/// controls, lone surrogates cannot occur in a Swift string) are dropped, because a
/// workbook holding one is rejected by Excel as corrupt.
enum SpreadsheetXML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A `<t>` element, keeping leading and trailing spaces.
    static func textElement(_ text: String) -> String {
        let keepsSpace = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
        return keepsSpace ? "<t xml:space=\"preserve\">\(escape(text))</t>" : "<t>\(escape(text))</t>"
    }

    /// A number as SpreadsheetML writes it: shortest round-tripping form, no exponent
    /// surprises for whole numbers.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}
