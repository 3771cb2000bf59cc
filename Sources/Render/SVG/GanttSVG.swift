import PlanModel

/// The action timeline as an SVG Gantt chart: actions grouped under their goal and
/// strategy, a bar per action from its start to its due date coloured by status, a
/// diamond per milestone (its text on hover), month ticks along the top, a line at the
/// as-of date and a legend below.
struct GanttSVG {
    struct Row {
        var label: String
        var start: PlanDate
        var end: PlanDate
        var statusClass: String
        var milestones: [(date: PlanDate, title: String)]
    }

    /// A line of the chart: a goal or strategy heading, or an action's bar.
    enum Line {
        case goal(String)
        case strategy(String)
        case action(Row)
    }

    var lines: [Line]
    var span: ClosedRange<PlanDate>
    /// The as-of ("today") date and its label; drawn when it falls in the span.
    var asOf: (date: PlanDate, label: String)?
    /// Status class and its word, for the legend; then the milestone's word.
    var legend: [(statusClass: String, label: String)] = []
    var milestoneLabel = ""

    static let labelWidth = 290.0
    static let chartWidth = 470.0
    static let rowHeight = 20.0
    static let header = 30.0
    static let legendHeight = 28.0

    func render() -> String {
        let first = span.lowerBound.dayNumber
        let days = Double(max(span.upperBound.dayNumber - first, 1))
        func x(_ date: PlanDate) -> Double {
            let clamped = min(max(date.dayNumber, first), span.upperBound.dayNumber)
            return Self.labelWidth + Double(clamped - first) / days * Self.chartWidth
        }
        let width = Self.labelWidth + Self.chartWidth + 10
        let chartBottom = Self.header + Double(lines.count) * Self.rowHeight + 4
        let height = chartBottom + (legend.isEmpty ? 2 : Self.legendHeight)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" viewBox=\"0 0 \(svgNumber(width)) \(svgNumber(height))\" role=\"img\" aria-label=\"action timeline\">\n"

        // Month ticks; labels every month when there is room, else every quarter.
        let months = monthStarts()
        let step = months.count > 18 ? 3 : 1
        for (index, month) in months.enumerated() {
            let tickX = x(month)
            svg += "<line class=\"tick\" x1=\"\(svgNumber(tickX))\" y1=\"\(svgNumber(Self.header - 6))\" x2=\"\(svgNumber(tickX))\" y2=\"\(svgNumber(chartBottom))\"/>"
            if index % step == 0 {
                let label = month.month == 1 || index == 0 ? "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)" : "\(month.month < 10 ? "0" : "")\(month.month)"
                svg += "<text class=\"tick-label\" x=\"\(svgNumber(tickX + 2))\" y=\"\(svgNumber(Self.header - 10))\">\(label)</text>"
            }
            svg += "\n"
        }
        var stripe = 0
        for (index, line) in lines.enumerated() {
            let y = Self.header + Double(index) * Self.rowHeight
            switch line {
            case .goal(let title):
                svg += "<rect class=\"group goal\" x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(Self.rowHeight))\"/>"
                svg += "<text class=\"group-label goal\" x=\"4\" y=\"\(svgNumber(y + 14))\">\(XMLText.escape(title))</text>\n"
                stripe = 0
            case .strategy(let title):
                svg += "<text class=\"group-label strategy\" x=\"12\" y=\"\(svgNumber(y + 14))\">\(XMLText.escape(title))</text>\n"
                stripe = 0
            case .action(let row):
                if stripe % 2 == 0 {
                    svg += "<rect class=\"stripe\" x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(width))\" height=\"\(svgNumber(Self.rowHeight))\"/>"
                }
                stripe += 1
                svg += "<text class=\"row-label\" x=\"20\" y=\"\(svgNumber(y + 14))\">\(XMLText.escape(row.label))</text>"
                let startX = x(row.start), endX = max(x(row.end), startX + 3)
                svg += "<rect class=\"bar \(row.statusClass)\" x=\"\(svgNumber(startX))\" y=\"\(svgNumber(y + 5))\" width=\"\(svgNumber(endX - startX))\" height=\"\(svgNumber(Self.rowHeight - 10))\" rx=\"2\"><title>\(XMLText.escape(row.label)) (\(row.end.iso))</title></rect>"
                for milestone in row.milestones {
                    svg += diamond(x: x(milestone.date), y: y + Self.rowHeight / 2, title: "\(milestone.date.iso) \(milestone.title)")
                }
                svg += "\n"
            }
        }
        if let asOf, span.contains(asOf.date) {
            let todayX = x(asOf.date)
            svg += "<line class=\"today\" x1=\"\(svgNumber(todayX))\" y1=\"\(svgNumber(Self.header - 6))\" x2=\"\(svgNumber(todayX))\" y2=\"\(svgNumber(chartBottom))\"><title>\(XMLText.escape(asOf.label)) \(asOf.date.iso)</title></line>\n"
        }
        if !legend.isEmpty { svg += renderLegend(y: chartBottom + 8) }
        svg += "</svg>"
        return svg
    }

    private func diamond(x: Double, y: Double, title: String) -> String {
        "<path class=\"milestone\" d=\"M\(svgNumber(x)) \(svgNumber(y - 6)) L\(svgNumber(x + 6)) \(svgNumber(y)) L\(svgNumber(x)) \(svgNumber(y + 6)) L\(svgNumber(x - 6)) \(svgNumber(y)) Z\"><title>\(XMLText.escape(title))</title></path>"
    }

    /// Swatches left to right, each as wide as its word (about 6.5 units a letter).
    private func renderLegend(y: Double) -> String {
        var svg = "<g class=\"legend\">"
        var cursor = 4.0
        for entry in legend {
            svg += "<rect class=\"bar \(entry.statusClass)\" x=\"\(svgNumber(cursor))\" y=\"\(svgNumber(y + 2))\" width=\"16\" height=\"10\" rx=\"2\"/>"
            svg += "<text x=\"\(svgNumber(cursor + 20))\" y=\"\(svgNumber(y + 11))\">\(XMLText.escape(entry.label))</text>"
            cursor += 32 + Double(XMLText.columns(entry.label)) * 6.5
        }
        svg += diamond(x: cursor + 6, y: y + 7, title: milestoneLabel)
        svg += "<text x=\"\(svgNumber(cursor + 16))\" y=\"\(svgNumber(y + 11))\">\(XMLText.escape(milestoneLabel))</text>"
        cursor += 30 + Double(XMLText.columns(milestoneLabel)) * 6.5
        if let asOf {
            svg += "<line class=\"today\" x1=\"\(svgNumber(cursor + 4))\" y1=\"\(svgNumber(y))\" x2=\"\(svgNumber(cursor + 4))\" y2=\"\(svgNumber(y + 14))\"/>"
            svg += "<text x=\"\(svgNumber(cursor + 10))\" y=\"\(svgNumber(y + 11))\">\(XMLText.escape(asOf.label)) \(asOf.date.iso)</text>"
        }
        return svg + "</g>\n"
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
