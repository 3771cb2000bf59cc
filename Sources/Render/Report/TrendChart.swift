import Compiler

/// The follow-up trend as an inline SVG: per revision a bar of all actions that count
/// with the done ones filled in, and a line of slipped days on its own scale.
/// Coordinates are whole numbers so the output never depends on number formatting.
enum TrendChart {
    /// The chart's words in the report's language.
    struct Labels {
        var title = "Actions done and slipped days per revision"
        var actions = "actions"
        var daysSlipped = "days slipped"
        var done = "done"
        var allActions = "all actions"
        /// `{0}` revision, `{1}` done, `{2}` total, `{3}` days slipped.
        var point = "{0}: {1} of {2} done, {3} days slipped"
    }

    static let width = 720
    static let height = 280
    private static let left = 48
    private static let right = 56
    private static let top = 24
    private static let bottom = 56

    static func svg(_ points: [FollowUpTrendPoint], labels: Labels = Labels()) -> String {
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let maxActions = max(1, points.map(\.total).max() ?? 1)
        let maxSlip = max(1, points.map(\.slipDays).max() ?? 1)
        let slot = points.isEmpty ? plotWidth : plotWidth / points.count
        let barWidth = max(4, slot * 3 / 5)
        let baseY = top + plotHeight

        func y(_ value: Int, scale: Int) -> Int { baseY - value * plotHeight / scale }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(labels.title))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        svg += "<title>\(HTMLText.escape(labels.title))</title>\n"
        // Axes and gridlines at quarters of each scale.
        for quarter in 0...4 {
            let lineY = baseY - quarter * plotHeight / 4
            svg += "<line x1=\"\(left)\" y1=\"\(lineY)\" x2=\"\(left + plotWidth)\" y2=\"\(lineY)\" stroke=\"#d0d7de\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(left - 6)\" y=\"\(lineY + 4)\" text-anchor=\"end\" fill=\"#656d76\">\(maxActions * quarter / 4)</text>\n"
            svg += "<text x=\"\(left + plotWidth + 6)\" y=\"\(lineY + 4)\" fill=\"#cf222e\">\(maxSlip * quarter / 4)</text>\n"
        }
        svg += "<text x=\"\(left - 6)\" y=\"\(top - 10)\" text-anchor=\"end\" fill=\"#656d76\">\(HTMLText.escape(labels.actions))</text>\n"
        svg += "<text x=\"\(left + plotWidth + 40)\" y=\"\(top - 10)\" text-anchor=\"end\" fill=\"#cf222e\">\(HTMLText.escape(labels.daysSlipped))</text>\n"

        var linePoints: [(x: Int, y: Int)] = []
        for (index, point) in points.enumerated() {
            let center = left + slot * index + slot / 2
            let barX = center - barWidth / 2
            let totalY = y(point.total, scale: maxActions)
            let doneY = y(point.done, scale: maxActions)
            let label = HTMLText.escape(labels.point
                .replacing("{0}", with: "\(point.date) \(point.revision)").replacing("{1}", with: String(point.done))
                .replacing("{2}", with: String(point.total)).replacing("{3}", with: String(point.slipDays)))
            svg += "<g><title>\(label)</title>\n"
            svg += "<rect x=\"\(barX)\" y=\"\(totalY)\" width=\"\(barWidth)\" height=\"\(baseY - totalY)\" fill=\"#eaeef2\" stroke=\"#afb8c1\"/>\n"
            svg += "<rect x=\"\(barX)\" y=\"\(doneY)\" width=\"\(barWidth)\" height=\"\(baseY - doneY)\" fill=\"#1a7f37\"/>\n"
            svg += "</g>\n"
            svg += "<text x=\"\(center)\" y=\"\(baseY + 16)\" text-anchor=\"middle\" fill=\"#1f2328\">\(HTMLText.escape(point.date))</text>\n"
            svg += "<text x=\"\(center)\" y=\"\(baseY + 30)\" text-anchor=\"middle\" fill=\"#656d76\">\(HTMLText.escape(point.revision))</text>\n"
            linePoints.append((center, y(point.slipDays, scale: maxSlip)))
        }
        if !linePoints.isEmpty {
            svg += "<polyline points=\"\(linePoints.map { "\($0.x),\($0.y)" }.joined(separator: " "))\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"2\"/>\n"
            for point in linePoints {
                svg += "<circle cx=\"\(point.x)\" cy=\"\(point.y)\" r=\"3\" fill=\"#cf222e\"/>\n"
            }
        }
        svg += "<rect x=\"\(left)\" y=\"\(height - 18)\" width=\"10\" height=\"10\" fill=\"#1a7f37\"/><text x=\"\(left + 14)\" y=\"\(height - 9)\">\(HTMLText.escape(labels.done))</text>\n"
        svg += "<rect x=\"\(left + 60)\" y=\"\(height - 18)\" width=\"10\" height=\"10\" fill=\"#eaeef2\" stroke=\"#afb8c1\"/><text x=\"\(left + 74)\" y=\"\(height - 9)\">\(HTMLText.escape(labels.allActions))</text>\n"
        svg += "<line x1=\"\(left + 160)\" y1=\"\(height - 13)\" x2=\"\(left + 176)\" y2=\"\(height - 13)\" stroke=\"#cf222e\" stroke-width=\"2\"/><text x=\"\(left + 180)\" y=\"\(height - 9)\">\(HTMLText.escape(labels.daysSlipped))</text>\n"
        svg += "</svg>"
        return svg
    }
}
