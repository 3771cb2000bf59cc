/// Escapes text for XML content and attribute values (SVG built by hand).
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Control characters are not allowed in XML 1.0.
            case "\t", "\n", "\r": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Breaks text into lines of at most `width` columns at spaces, at most `limit`
    /// lines (the last one ends in `…` when text was cut). Chinese, Japanese and Korean
    /// characters take two columns, as they take about twice the width of a Latin letter,
    /// and a word of them breaks between any two characters (they have no spaces to break
    /// at); a Latin word longer than a line is cut with `…`.
    static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        func place(_ piece: String, separator: String) {
            if current.isEmpty {
                current = piece
            } else if columns(current) + columns(separator) + columns(piece) <= width {
                current += separator + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        for word in text.split(separator: " ").map(String.init) {
            if word.contains(where: isWide), columns(word) > width || !current.isEmpty {
                // Fill the line character by character: no space inside the word.
                for (index, character) in word.enumerated() {
                    place(String(character), separator: index == 0 ? " " : "")
                }
            } else {
                place(columns(word) <= width ? word : cut(word, to: width), separator: " ")
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] = cut(lines[limit - 1] + " …", to: width)
        }
        return lines
    }

    /// The text shortened to `width` columns, ending in `…` when it was cut.
    private static func cut(_ text: String, to width: Int) -> String {
        guard columns(text) > width else { return text }
        var result = ""
        for character in text {
            if columns(result) + columns(character) > width - 1 { break }
            result.append(character)
        }
        return result.trimmingTrailingSpaces() + "…"
    }

    static func columns(_ text: String) -> Int { text.reduce(0) { $0 + columns($1) } }
    static func columns(_ character: Character) -> Int { isWide(character) ? 2 : 1 }

    /// East Asian wide and full-width characters (Unicode's East_Asian_Width W and F,
    /// by block: close enough for laying out labels).
    static func isWide(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// Formats SVG coordinates without locale or float noise.
func svgNumber(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
}
