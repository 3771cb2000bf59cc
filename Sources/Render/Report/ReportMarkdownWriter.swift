/// Writes a `ReportDocument` as GitHub-flavoured Markdown.
enum ReportMarkdownWriter {
    static func write(_ document: ReportDocument) -> String {
        var output = "# \(inline(document.title))\n\n\(inline(document.subtitle))\n"
        for section in document.sections {
            output += "\n## \(inline(section.title))\n"
            for block in section.blocks {
                output += "\n"
                switch block {
                case .heading(let text):
                    output += "### \(inline(text))\n"
                case .paragraph(let text):
                    output += "\(inline(text))\n"
                case .bullets(let lines):
                    output += lines.map { "- \(inline($0))\n" }.joined()
                case .table(let table):
                    output += self.table(table)
                case .trendChart:
                    // The chart is drawn in the HTML report; the table after it has the numbers.
                    output += "_\(inline(document.chartNote))_\n"
                }
            }
        }
        return output
    }

    private static func table(_ table: ReportTable) -> String {
        var output = "| " + table.header.map(cell).joined(separator: " | ") + " |\n"
        output += "|" + table.header.indices.map { table.numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in table.rows {
            output += "| " + row.map { cell($0.text) }.joined(separator: " | ") + " |\n"
        }
        return output
    }

    /// Text from the guides is shown as written: characters that would start Markdown
    /// syntax in running text are escaped.
    static func inline(_ text: String) -> String {
        MarkdownText.escape(text, specials: specials)
    }

    private static let specials = MarkdownText.Specials("\\`*_[]<>|#\n\r")

    private static func cell(_ text: String) -> String {
        text.isEmpty ? " " : inline(text)
    }
}
