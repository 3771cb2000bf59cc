/// The printed pack's running footer as CSS `@page` margin boxes: the account and the
/// edition on the left, "3 of 19" in the pack's language on the right, on every page but
/// the cover. Margin boxes (Chromium 131 and later, and print engines) print on each
/// page without taking room from the text, which a `position: fixed` footer did.
struct PagePrintCSS {
    let account: String
    let edition: String
    /// The internal edition's footer is red, as its cover's warning.
    let isInternal: Bool
    /// `{page} of {pages}`, from the labels.
    let pageOf: String

    var css: String {
        let color = isInternal ? "#c62828" : "#5b6474"
        return """
        @page { @bottom-left { content: \(Self.string("\(account) · \(edition)")); font-size: 8pt; color: \(color); } \
        @bottom-right { content: \(pageNumbers); font-size: 8pt; color: #5b6474; white-space: nowrap; } }
        @page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
        """
    }

    /// `counter(page) " of " counter(pages)`: the label's text around the two counters.
    var pageNumbers: String {
        var parts: [String] = []
        var rest = Substring(pageOf)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(Self.string(String(rest[..<open]))) }
            switch rest[rest.index(after: open)..<close] {
            case "page": parts.append("counter(page)")
            case "pages": parts.append("counter(pages)")
            default: parts.append(Self.string(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(Self.string(String(rest))) }
        return parts.isEmpty ? "counter(page)" : parts.joined(separator: " ")
    }

    /// A CSS string literal. Quotes, backslashes and line breaks are escaped, and `<` too,
    /// so that an account named `</style>` cannot end the style element.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": result += "\\\(String(scalar.value, radix: 16)) "
            case "\n", "\r", "\t", "\u{0C}": result += "\\\(String(scalar.value, radix: 16)) "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
