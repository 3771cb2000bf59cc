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

    /// Breaks text into lines of at most `width` characters at spaces, at most `limit`
    /// lines (the last one ends in `…` when text was cut).
    static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            if word.count > width { word = String(word.prefix(width - 1)) + "…" }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            let last = lines[limit - 1]
            lines[limit - 1] = (last.count >= width ? String(last.prefix(width - 1)) : last) + "…"
        }
        return lines
    }
}

/// Formats SVG coordinates without locale or float noise.
func svgNumber(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
}
