/// The customer organization as an SVG tree, root on the left and reporting lines to the
/// right. Tidy layout in one pass: every leaf gets its own row band, a parent is centred
/// on the band of its children, so subtrees never overlap and the chart grows downwards
/// (which suits a printed page better than a wide tree).
struct OrgChartSVG {
    struct Box {
        /// One or two lines.
        var title: [String]
        var subtitle: String
        var themes: [String]
        var acquired: String?
        /// Whether the team covers the unit; nil where coverage is not shown (customer edition).
        var isCovered: Bool?
    }

    /// Boxes in tree order, with each box's children as indexes.
    var boxes: [Box]
    var children: [[Int]]
    var roots: [Int]
    var coveredLabel: String
    var uncoveredLabel: String
    var acquiredLabel: String

    // Narrow columns and large type: a five-level tree printed at the page's width must
    // stay readable (about 7.5 pt on A4), so boxes wrap text rather than grow wide.
    static let boxWidth = 150.0
    static let columnGap = 18.0
    static let rowGap = 8.0
    static let lineHeight = 14.0
    /// Columns of text that fit a box line at the chart's type size (see `XMLText.wrap`).
    static let titleColumns = 23
    static let textColumns = 27

    func boxHeight(of box: Box) -> Double {
        let lines = max(box.title.count, 1) + (box.subtitle.isEmpty ? 0 : 1) + box.themes.count
        return 8 + Double(lines) * Self.lineHeight
    }

    func render() -> String {
        var top = [Double](repeating: 0, count: boxes.count)
        var x = [Double](repeating: 0, count: boxes.count)
        var cursor = 0.0
        var maxDepth = 0
        var columnBottom: [Int: Double] = [:]
        // Post-order: leaves take the next band, parents centre on their children.
        func place(_ index: Int, depth: Int) {
            maxDepth = max(maxDepth, depth)
            x[index] = 8 + Double(depth) * (Self.boxWidth + Self.columnGap)
            let own = boxHeight(of: boxes[index])
            if children[index].isEmpty {
                top[index] = max(cursor, columnBottom[depth] ?? 0)
                cursor = top[index] + own + Self.rowGap
                columnBottom[depth] = cursor
                return
            }
            for child in children[index] { place(child, depth: depth + 1) }
            let first = children[index][0], last = children[index][children[index].count - 1]
            let centre = (top[first] + (top[last] + boxHeight(of: boxes[last]))) / 2
            top[index] = max(centre - own / 2, columnBottom[depth] ?? 0)
            columnBottom[depth] = top[index] + own + Self.rowGap
            // A tall parent must not overlap the next subtree.
            cursor = max(cursor, top[index] + own + Self.rowGap)
        }
        for root in roots { place(root, depth: 0) }

        let legendHeight = 26.0
        let width = 16 + Double(maxDepth + 1) * Self.boxWidth + Double(maxDepth) * Self.columnGap
        let height = max(cursor, 20) + legendHeight
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\" viewBox=\"0 0 \(svgNumber(width)) \(svgNumber(height))\" role=\"img\" aria-label=\"organization chart\">\n"
        for (index, childList) in children.enumerated() {
            for child in childList {
                let fromX = x[index] + Self.boxWidth, fromY = top[index] + self.boxHeight(of: boxes[index]) / 2
                let toX = x[child], toY = top[child] + self.boxHeight(of: boxes[child]) / 2
                let midX = (fromX + toX) / 2
                svg += "<path class=\"link\" d=\"M\(svgNumber(fromX)) \(svgNumber(fromY)) H\(svgNumber(midX)) V\(svgNumber(toY)) H\(svgNumber(toX))\"/>\n"
            }
        }
        for (index, box) in boxes.enumerated() {
            let h = self.boxHeight(of: box)
            let state = box.isCovered.map { $0 ? " covered" : " uncovered" } ?? ""
            svg += "<g class=\"unit\(state)\(box.acquired != nil ? " acquired" : "")\">"
            svg += "<rect x=\"\(svgNumber(x[index]))\" y=\"\(svgNumber(top[index]))\" width=\"\(svgNumber(Self.boxWidth))\" height=\"\(svgNumber(h))\" rx=\"4\"/>"
            var lineY = top[index] + 15
            if let acquired = box.acquired {
                svg += "<text x=\"\(svgNumber(x[index] + Self.boxWidth - 5))\" y=\"\(svgNumber(lineY))\" class=\"badge\" text-anchor=\"end\">\(XMLText.escape(acquired))</text>"
            }
            for (number, line) in box.title.enumerated() {
                if number > 0 { lineY += Self.lineHeight }
                svg += "<text x=\"\(svgNumber(x[index] + 6))\" y=\"\(svgNumber(lineY))\" class=\"unit-title\">\(XMLText.escape(line))</text>"
            }
            if !box.subtitle.isEmpty {
                lineY += Self.lineHeight
                svg += "<text x=\"\(svgNumber(x[index] + 6))\" y=\"\(svgNumber(lineY))\" class=\"unit-meta\">\(XMLText.escape(box.subtitle))</text>"
            }
            for theme in box.themes {
                lineY += Self.lineHeight
                svg += "<text x=\"\(svgNumber(x[index] + 6))\" y=\"\(svgNumber(lineY))\" class=\"theme\">\(XMLText.escape(theme))</text>"
            }
            svg += "</g>\n"
        }
        let legendY = height - legendHeight + 8
        svg += "<g class=\"legend\">"
        if boxes.contains(where: { $0.isCovered != nil }) {
        svg += "<g class=\"unit covered\"><rect x=\"8\" y=\"\(svgNumber(legendY))\" width=\"16\" height=\"12\" rx=\"2\"/></g>"
        svg += "<text x=\"30\" y=\"\(svgNumber(legendY + 10))\">\(XMLText.escape(coveredLabel))</text>"
        svg += "<g class=\"unit uncovered\"><rect x=\"150\" y=\"\(svgNumber(legendY))\" width=\"16\" height=\"12\" rx=\"2\"/></g>"
        svg += "<text x=\"172\" y=\"\(svgNumber(legendY + 10))\">\(XMLText.escape(uncoveredLabel))</text>"
        }
        svg += "<text x=\"300\" y=\"\(svgNumber(legendY + 10))\" class=\"badge\">\(XMLText.escape(acquiredLabel))</text>"
        svg += "</g>\n</svg>"
        return svg
    }
}
