/// Writes a `ReportDocument` as one self-contained, print-friendly HTML page: inline
/// CSS, inline SVG, no scripts. Every text from the guides goes through `HTMLText.escape`.
enum ReportHTMLWriter {
    static func write(_ document: ReportDocument) -> String {
        var body = "<header>\n<h1>\(HTMLText.escape(document.title))</h1>\n<p class=\"subtitle\">\(HTMLText.escape(document.subtitle))</p>\n"
        body += "<nav><ul>" + document.sections.map { "<li><a href=\"#\(HTMLText.escape($0.id))\">\(HTMLText.escape($0.title))</a></li>" }.joined() + "</ul></nav>\n</header>\n"
        for section in document.sections {
            body += "<section id=\"\(HTMLText.escape(section.id))\">\n<h2>\(HTMLText.escape(section.title))</h2>\n"
            for block in section.blocks {
                switch block {
                case .heading(let text):
                    body += "<h3>\(HTMLText.escape(text))</h3>\n"
                case .paragraph(let text):
                    body += "<p>\(HTMLText.escape(text))</p>\n"
                case .bullets(let lines):
                    body += "<ul>\n" + lines.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
                case .table(let table):
                    body += self.table(table)
                case .trendChart(let points):
                    body += "<figure class=\"chart\">\n\(TrendChart.svg(points, labels: document.chartLabels))\n<figcaption>\(HTMLText.escape(document.chartCaption))</figcaption>\n</figure>\n"
                }
            }
            body += "</section>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="\(HTMLText.escape(document.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(document.title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private static func table(_ table: ReportTable) -> String {
        func alignment(_ column: Int) -> String { table.numericColumns.contains(column) ? " class=\"num\"" : "" }
        // The wrapper scrolls a table wider than a phone's screen instead of the page.
        var output = "<div class=\"table-wrap\">\n<table>\n<thead><tr>"
        for (column, title) in table.header.enumerated() { output += "<th\(alignment(column))>\(HTMLText.escape(title))</th>" }
        output += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            output += "<tr>"
            for (column, cell) in row.enumerated() {
                var classes: [String] = []
                if table.numericColumns.contains(column) { classes.append("num") }
                if let tone = cell.tone, !cell.isBadge { classes.append("tone-\(tone.rawValue)") }
                // A date broken after its second dash reads as two numbers.
                if cell.noWrap || Self.isISODate(cell.text) { classes.append("date") }
                let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                let content = cell.isBadge
                    ? "<span class=\"badge\(cell.tone.map { " tone-\($0.rawValue)" } ?? "")\">\(HTMLText.escape(cell.text))</span>"
                    : HTMLText.escape(cell.text)
                output += "<td\(classAttribute)>\(content)</td>"
            }
            output += "</tr>\n"
        }
        return output + "</tbody>\n</table>\n</div>\n"
    }

    static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    static let stylesheet = """
    :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --soft: #f6f8fa; --accent: #0969da;
      --good: #1a7f37; --warning: #9a6700; --bad: #cf222e; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
      max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem; overflow-wrap: break-word; }
    h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    .subtitle { color: var(--muted); margin: 0 0 1rem; }
    nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
    a { color: var(--accent); text-decoration: none; }
    .table-wrap { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    td.date { white-space: nowrap; }
    th { background: var(--soft); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; border: 1px solid var(--line);
      font-size: .8rem; white-space: nowrap; }
    .badge.tone-good { color: var(--good); border-color: var(--good); }
    .badge.tone-warning { color: var(--warning); border-color: var(--warning); }
    .badge.tone-bad { color: #fff; background: var(--bad); border-color: var(--bad); }
    .badge.tone-muted { color: var(--muted); }
    td.tone-good { color: var(--good); }
    td.tone-warning { color: var(--warning); }
    td.tone-bad { color: var(--bad); font-weight: 600; }
    td.tone-muted { color: var(--muted); }
    figure.chart { margin: 1rem 0; }
    figure.chart svg { max-width: 100%; height: auto; }
    figcaption { color: var(--muted); font-size: .85rem; }
    @media (max-width: 600px) {
      body { padding: 1rem .75rem; font-size: 14px; }
      h1 { font-size: 1.4rem; }
      table { font-size: .8rem; }
      th, td { padding: .2rem .35rem; }
      td { overflow-wrap: anywhere; min-width: 4.5rem; }
      td.num, td.date { overflow-wrap: normal; min-width: 0; }
    }
    @media print {
      .table-wrap { overflow: visible; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      nav { display: none; }
      section { break-inside: avoid-page; }
      table { break-inside: auto; }
      tr { break-inside: avoid; }
      a { color: inherit; }
    }
    """
}
