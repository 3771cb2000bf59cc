import PlanModel

/// Mermaid diagrams for the Markdown pack. Labels are author text, so every character
/// that means something to Mermaid (quotes, brackets, `#`, `;`, `<`, …) is written as a
/// Mermaid entity code (`#35;`), which Mermaid shows as the character itself.
enum Mermaid {
    static func label(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let safe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " .,-_/+:@".unicodeScalars.contains(scalar))
            if safe || (!scalar.isASCII && scalar.properties.isAlphabetic) {
                result.unicodeScalars.append(scalar)
            } else if scalar.value >= 0x20 {
                result += "#\(scalar.value);"
            } else {
                result += " "
            }
        }
        return result
    }

    /// Gantt task names end at `:` and cannot hold entity codes reliably: keep letters,
    /// digits and harmless punctuation, replace the rest with a space.
    static func ganttText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " .,-_/+()@".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += " "
            }
        }
        return result.split(separator: " ").joined(separator: " ")
    }

    /// Words that open a directive when they start a line of a gantt block (Mermaid
    /// matches them case-insensitively before it tries a task).
    static let ganttKeywords: Set<String> = [
        "title", "dateformat", "axisformat", "tickinterval", "excludes", "includes", "todaymarker",
        "section", "click", "weekday", "weekend", "inclusiveenddates", "topaxis", "displaymode", "acctitle", "accdescr",
    ]

    /// A task name that Mermaid reads as a task: never empty, never starting with a
    /// directive keyword ("Section review done" would open a section).
    static func ganttTaskName(_ text: String) -> String {
        let cleaned = ganttText(text)
        guard let first = cleaned.split(separator: " ").first else { return "(untitled)" }
        return ganttKeywords.contains(first.lowercased()) ? "· " + cleaned : cleaned
    }

    /// `showsCoverage` false (customer edition): no covered / not covered styling.
    static func orgChart(_ tree: OrgTree, showsCoverage: Bool = true) -> String {
        var lines = ["```mermaid", "graph TD"]
        for (index, node) in tree.nodes.enumerated() {
            var label = label(codedTitle(of: node.unit))
            if !node.unit.themes.isEmpty {
                label += "<br/>" + node.unit.themes.map { "• " + Self.label($0) }.joined(separator: "<br/>")
            }
            if let acquired = node.unit.acquired { label += "<br/>#9733; \(acquired)" }
            let style = !showsCoverage ? "" : node.unit.coveredBy.isEmpty ? ":::uncovered" : ":::covered"
            lines.append("  u\(index)[\"\(label)\"]\(style)")
        }
        for (index, node) in tree.nodes.enumerated() {
            for child in node.children { lines.append("  u\(index) --> u\(child)") }
        }
        lines.append("  classDef covered stroke:#2e7d32,stroke-width:2px")
        lines.append("  classDef uncovered stroke:#c62828,stroke-dasharray:4 3")
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    static func gantt(title: String, sections: [(name: String, rows: [GanttSVG.Row])]) -> String {
        var lines = ["```mermaid", "gantt", "  title \(ganttText(title))", "  dateFormat YYYY-MM-DD", "  axisFormat %Y-%m"]
        var taskNumber = 0
        for section in sections where section.rows.contains(where: { $0.statusClass != "dropped" }) {
            lines.append("  section \(ganttText(section.name))")
            // A dropped action is not work done, and Mermaid has no marker of its own for
            // it: it is left out of the chart (the action tables still list it).
            for row in section.rows where row.statusClass != "dropped" {
                taskNumber += 1
                let tag: String
                switch row.statusClass {
                case "done": tag = "done, "
                case "at-risk", "blocked": tag = "crit, "
                case "on-track": tag = "active, "
                default: tag = ""
                }
                let days = max(row.end.dayNumber - row.start.dayNumber, 1)
                lines.append("  \(ganttTaskName(row.label)) :\(tag)t\(taskNumber), \(row.start.iso), \(days)d")
                for milestone in row.milestones {
                    taskNumber += 1
                    lines.append("  \(ganttTaskName(milestone.title)) :milestone, t\(taskNumber), \(milestone.date.iso), 0d")
                }
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }
}
