/// Strict parsers for the formats the pack writes, so tests read the files back the way
/// a picky consumer would.
enum StrictCSV {
    enum Failure: Error { case bareCR, bareLF, quoteInUnquotedField, textAfterClosingQuote, unterminatedQuote, missingFinalCRLF, raggedRow }

    /// RFC 4180: CRLF records, quoted fields with doubled quotes, every row as wide as the
    /// header; fields split at `separator`, and a leading byte order mark (which
    /// `actions.csv` has, for Excel) is not part of the first field.
    static func parse(_ text: String, separator: Unicode.Scalar = ",") throws -> [[String]] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        func endField() { row.append(field); field = ""; wasQuoted = false }
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false; wasQuoted = true }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Failure.quoteInUnquotedField }
                quoted = true
            case separator: endField()
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Failure.bareCR }
                endField(); rows.append(row); row = []
            case "\n": throw Failure.bareLF
            default:
                if wasQuoted { throw Failure.textAfterClosingQuote }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Failure.unterminatedQuote }
        if !row.isEmpty || !field.isEmpty { throw Failure.missingFinalCRLF }
        if let width = rows.first?.count, rows.contains(where: { $0.count != width }) { throw Failure.raggedRow }
        return rows
    }
}

enum StrictICS {
    enum Failure: Error { case bareLF, lineTooLong(String), missingFinalCRLF, noColon(String) }

    struct Property: Equatable {
        var name: String
        var parameters: String
        var value: String
    }

    /// RFC 5545: CRLF lines of at most 75 octets, unfolded, split into name;params:value.
    static func parse(_ text: String) throws -> [Property] {
        let bytes = Array(text.utf8)
        guard bytes.suffix(2) == [13, 10] else { throw Failure.missingFinalCRLF }
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current); current = []; index += 2; continue
            }
            if bytes[index] == 10 { throw Failure.bareLF }
            current.append(bytes[index]); index += 1
        }
        var logical: [[UInt8]] = []
        for line in lines {
            guard line.count <= 75 else { throw Failure.lineTooLong(String(decoding: line, as: UTF8.self)) }
            if line.first == 32, !logical.isEmpty { logical[logical.count - 1] += line.dropFirst() } else { logical.append(line) }
        }
        return try logical.map { bytes in
            // Every physical line must have been valid UTF-8 on its own... the logical
            // line must decode without replacement characters.
            let line = String(decoding: bytes, as: UTF8.self)
            // The value starts at the first colon outside a quoted parameter value (`CN="a: b"`).
            var inQuotes = false
            guard let colon = line.indices.first(where: { index in
                if line[index] == "\"" { inQuotes.toggle() }
                return line[index] == ":" && !inQuotes
            }) else { throw Failure.noColon(line) }
            let head = line[..<colon]
            let name = head.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let parameters = head.contains(";") ? String(head[head.index(after: head.firstIndex(of: ";") ?? head.startIndex)...]) : ""
            return Property(name: name, parameters: parameters, value: String(line[line.index(after: colon)...]))
        }
    }

    static func unescape(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
