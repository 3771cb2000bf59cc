import PlanModel

/// The action timeline as an SVG Gantt chart: one row per action, a bar from its start
/// to its due date coloured by status, a diamond per milestone, month ticks along the top.
struct GanttSVG {
    struct Row {
        var label: String
        var start: PlanDate
        var end: PlanDate
        var statusClass: String
        var milestones: [(date: PlanDate, title: String)]
    }

    var rows: [Row]
    var span: ClosedRange<PlanDate>

    static let labelWidth = 290.0
    static let chartWidth = 470.0
    static let rowHeight = 20.0
    static let header = 30.0

    func render() -> String {
        let first = span.lowerBound.dayNumber
        let days = Double(max(span.upperBound.dayNumber - first, 1))
        func x(_ date: PlanDate) -> Double {
            let clamped = min(max(date.dayNumber, first), span.upperBound.dayNumber)
            return Self.labelWidth + Double(clamped - first) / days * Self.chartWidth
        }
        let width = Self.labelWidth + Self.chartWidth + 10
        let height = Self.header + Double(rows.count) * Self.rowHeight + 6
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" viewBox=\"0 0 \(svgNumber(width)) \(svgNumber(height))\" role=\"img\" aria-label=\"action timeline\">\n"

        // Month ticks; labels every month when there is room, else every quarter.
        let months = monthStarts()
        let step = months.count > 18 ? 3 : 1
        for (index, month) in months.enumerated() {
            let tickX = x(month)
            svg += "<line class=\"tick\" x1=\"\(svgNumber(tickX))\" y1=\"\(svgNumber(Self.header - 6))\" x2=\"\(svgNumber(tickX))\" y2=\"\(svgNumber(height))\"/>"
            if index % step == 0 {
                let label = month.month == 1 || index == 0 ? "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)" : "\(month.month < 10 ? "0" : "")\(month.month)"
                svg += "<text class=\"tick-label\" x=\"\(svgNumber(tickX + 2))\" y=\"\(svgNumber(Self.header - 10))\">\(label)</text>"
            }
            svg += "\n"
        }
        for (index, row) in rows.enumerated() {
            let y = Self.header + Double(index) * Self.rowHeight
            if index % 2 == 0 {
                svg += "<rect class=\"stripe\" x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(Self.rowHeight))\"/>"
            }
            svg += "<text class=\"row-label\" x=\"4\" y=\"\(svgNumber(y + 14))\">\(XMLText.escape(row.label))</text>"
            let startX = x(row.start), endX = max(x(row.end), startX + 3)
            svg += "<rect class=\"bar \(row.statusClass)\" x=\"\(svgNumber(startX))\" y=\"\(svgNumber(y + 5))\" width=\"\(svgNumber(endX - startX))\" height=\"\(svgNumber(Self.rowHeight - 10))\" rx=\"2\"><title>\(XMLText.escape(row.label)) (\(row.end.iso))</title></rect>"
            for milestone in row.milestones {
                let mx = x(milestone.date), my = y + Self.rowHeight / 2
                svg += "<path class=\"milestone\" d=\"M\(svgNumber(mx)) \(svgNumber(my - 6)) L\(svgNumber(mx + 6)) \(svgNumber(my)) L\(svgNumber(mx)) \(svgNumber(my + 6)) L\(svgNumber(mx - 6)) \(svgNumber(my)) Z\"><title>\(milestone.date.iso) \(XMLText.escape(milestone.title))</title></path>"
            }
            svg += "\n"
        }
        svg += "</svg>"
        return svg
    }

    private func monthStarts() -> [PlanDate] {
        var result: [PlanDate] = []
        var year = span.lowerBound.year, month = span.lowerBound.month
        if span.lowerBound.day != 1 {
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        while let date = PlanDate(year: year, month: month, day: 1), date <= span.upperBound, result.count < 240 {
            result.append(date)
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return result
    }
}
