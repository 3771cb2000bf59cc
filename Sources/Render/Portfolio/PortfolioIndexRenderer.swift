/// One account's row on a portfolio's index page.
public struct PortfolioIndexEntry: Sendable, Hashable {
    /// The account's folder, relative to the portfolio.
    public var folder: String
    public var account: String?
    public var errors: Int
    public var warnings: Int
    /// The page written for the account, relative to the index; nil when nothing was
    /// written (the account has errors).
    public var page: String?

    public init(folder: String, account: String?, errors: Int, warnings: Int, page: String?) {
        self.folder = folder
        self.account = account
        self.errors = errors
        self.warnings = warnings
        self.page = page
    }
}

/// `index.html` of a portfolio's output folder: every account with its error and
/// warning counts and a link to its pack or report. Self-contained and without dates,
/// so that the same accounts give the same bytes. A customer edition's index lists the
/// accounts and links only: diagnostics are never for customers.
public enum PortfolioIndexRenderer {
    public static let fileName = "index.html"

    /// `entries` in the order to list them; `title` says what the pages are.
    public static func render(title: String, pageKind: String, entries: [PortfolioIndexEntry], audience: Audience = .team) -> OutputFile {
        let counts = audience == .team
        let errors = entries.reduce(0) { $0 + $1.errors }
        let warnings = entries.reduce(0) { $0 + $1.warnings }
        var rows = ""
        for entry in entries {
            let name = HTMLText.escape(entry.account ?? entry.folder)
            let link = entry.page.map { "<a href=\"\(HTMLText.escape(hrefPath($0)))\">\(name)</a>" } ?? name
            let missing = counts ? "not written: the account has errors" : "not written"
            let status = entry.page == nil ? "<span class=\"missing\">\(missing)</span>" : HTMLText.escape(pageKind)
            rows += "<tr><td>\(link)</td><td><code>\(HTMLText.escape(entry.folder))/</code></td>"
            if counts {
                rows += "<td class=\"num\(entry.errors > 0 ? " bad" : "")\">\(entry.errors)</td>"
                rows += "<td class=\"num\(entry.warnings > 0 ? " warn" : "")\">\(entry.warnings)</td>"
            }
            rows += "<td>\(status)</td></tr>\n"
        }
        var summary = "\(entries.count) account\(entries.count == 1 ? "" : "s")"
        if counts { summary += ", \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")" }
        summary += "."
        let text = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #d0d7de; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .bad { color: #cf222e; font-weight: 600; } .warn { color: #9a6700; } .missing { color: #656d76; }
        a { color: #0969da; }
        </style>
        </head>
        <body>
        <h1>\(HTMLText.escape(title))</h1>
        <p>\(summary)</p>
        <table>
        <thead><tr><th>Account</th><th>Folder</th>\(counts ? "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th>" : "")<th>Output</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        </body>
        </html>

        """
        return OutputFile(path: fileName, text: text)
    }

    /// A relative path as an `href`: every byte but unreserved ones and `/`
    /// percent-encoded, so that a folder named `a b#c` still links to itself and one
    /// named `x:y` does not read as a scheme.
    static func hrefPath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
