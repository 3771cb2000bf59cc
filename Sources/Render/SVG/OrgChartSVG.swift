/// The customer organization as SVG trees, root on the left and reporting lines to the
/// right. Tidy layout in one pass: every leaf gets its own row band, a parent is centred
/// on the band of its children, so subtrees never overlap and the chart grows downwards
/// (which suits a printed page better than a wide tree).
///
/// Every chart is `pageWidth` units wide, the width of a printed page's text, so its
/// type prints at the same size (about 8.5 pt) whatever the tree: boxes get wider when
/// the tree has few levels, and a tree deeper than `levelsPerChart` levels or taller than
/// a page is split into several charts, a unit whose subtree continues elsewhere marked
/// with `▸`. Text wraps inside its box and is never cut.
struct OrgChartSVG {
    struct Box {
        var title: String
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

    static let pageWidth = 700.0
    /// Most units one chart shows tall before it is split (a printed page under a heading).
    static let pageHeight = 880.0
    static let levelsPerChart = 5
    static let columnGap = 18.0
    static let rowGap = 8.0
    static let lineHeight = 14.0
    static let legendHeight = 26.0

    /// A chart's top-level boxes, each with the children it shows (all, or a share of
    /// them when one unit's children fill more than a page).
    struct Part {
        var index: Int
        var children: [Int]
    }

    /// The charts, one SVG each; more than one when the tree was split.
    func render() -> [String] {
        let levels = min(Self.levelsPerChart, max(1, deepest(roots.map { Part(index: $0, children: children[$0]) }) + 1))
        let boxWidth = min(240, (Self.pageWidth - 16 - Double(levels - 1) * Self.columnGap) / Double(levels))
        let text = boxes.map { Wrapped(box: $0, boxWidth: boxWidth) }

        // Charts to draw: the roots first; a unit at the last level with children starts
        // a later chart of its own.
        var pending = [roots.map { Part(index: $0, children: children[$0]) }]
        var charts: [String] = []
        var queue = 0
        while queue < pending.count, charts.count < boxes.count + 1 {
            let parts = pending[queue]
            queue += 1
            for page in pages(of: parts, text: text, levels: levels) {
                let chart = draw(page, text: text, levels: levels, boxWidth: boxWidth)
                charts.append(chart.svg)
                for continued in chart.continued { pending.append([Part(index: continued, children: children[continued])]) }
            }
        }
        return charts
    }

    private func deepest(_ parts: [Part]) -> Int {
        var result = 0
        var stack = parts.flatMap { part in part.children.map { ($0, 1) } }
        while let (index, depth) = stack.popLast() {
            result = max(result, depth)
            if depth < Self.levelsPerChart { stack += children[index].map { ($0, depth + 1) } }
        }
        return result
    }

    /// Splits parts into pages no taller than `pageHeight` where it can: whole parts
    /// first, then the children of a part too tall alone (its box repeated on each page).
    private func pages(of parts: [Part], text: [Wrapped], levels: Int) -> [[Part]] {
        var pieces: [Part] = []
        for part in parts {
            if height(of: [part], text: text, levels: levels) <= Self.pageHeight || part.children.count < 2 {
                pieces.append(part)
                continue
            }
            var share: [Int] = []
            for child in part.children {
                if !share.isEmpty, height(of: [Part(index: part.index, children: share + [child])], text: text, levels: levels) > Self.pageHeight {
                    pieces.append(Part(index: part.index, children: share))
                    share = []
                }
                share.append(child)
            }
            if !share.isEmpty { pieces.append(Part(index: part.index, children: share)) }
        }
        var result: [[Part]] = []
        var page: [Part] = []
        for piece in pieces {
            if !page.isEmpty, height(of: page + [piece], text: text, levels: levels) > Self.pageHeight {
                result.append(page)
                page = []
            }
            page.append(piece)
        }
        if !page.isEmpty { result.append(page) }
        return result
    }

    private func height(of parts: [Part], text: [Wrapped], levels: Int) -> Double {
        layout(parts, text: text, levels: levels, boxWidth: 0).height
    }

    struct Layout {
        var top: [Int: Double] = [:]
        var depth: [Int: Int] = [:]
        /// Edges drawn: parent → child.
        var edges: [(Int, Int)] = []
        var order: [Int] = []
        var continued: [Int] = []
        var height = 0.0
    }

    private func layout(_ parts: [Part], text: [Wrapped], levels: Int, boxWidth: Double) -> Layout {
        var result = Layout()
        var cursor = 0.0
        var columnBottom: [Int: Double] = [:]
        // Post-order: leaves take the next band, parents centre on their children.
        func place(_ index: Int, shown: [Int], depth: Int) {
            result.depth[index] = depth
            result.order.append(index)
            let own = text[index].height
            let visible = depth + 1 < levels ? shown : []
            if visible.isEmpty && !shown.isEmpty { result.continued.append(index) }
            if visible.isEmpty {
                let top = max(cursor, columnBottom[depth] ?? 0)
                result.top[index] = top
                cursor = top + own + Self.rowGap
                columnBottom[depth] = cursor
                return
            }
            for child in visible {
                result.edges.append((index, child))
                place(child, shown: children[child], depth: depth + 1)
            }
            let first = visible[0], last = visible[visible.count - 1]
            let centre = ((result.top[first] ?? 0) + (result.top[last] ?? 0) + text[last].height) / 2
            let top = max(centre - own / 2, columnBottom[depth] ?? 0)
            result.top[index] = top
            columnBottom[depth] = top + own + Self.rowGap
            // A tall parent must not overlap the next subtree.
            cursor = max(cursor, top + own + Self.rowGap)
        }
        for part in parts { place(part.index, shown: part.children, depth: 0) }
        result.height = max(cursor, 20) + Self.legendHeight
        return result
    }

    private func draw(_ parts: [Part], text: [Wrapped], levels: Int, boxWidth: Double) -> (svg: String, continued: [Int]) {
        let layout = layout(parts, text: text, levels: levels, boxWidth: boxWidth)
        func x(_ index: Int) -> Double { 8 + Double(layout.depth[index] ?? 0) * (boxWidth + Self.columnGap) }
        func top(_ index: Int) -> Double { layout.top[index] ?? 0 }
        let height = layout.height
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"org-chart\" viewBox=\"0 0 \(svgNumber(Self.pageWidth)) \(svgNumber(height))\" role=\"img\" aria-label=\"organization chart\">\n"
        for (parent, child) in layout.edges {
            let fromX = x(parent) + boxWidth, fromY = top(parent) + text[parent].height / 2
            let toX = x(child), toY = top(child) + text[child].height / 2
            let midX = (fromX + toX) / 2
            svg += "<path class=\"link\" d=\"M\(svgNumber(fromX)) \(svgNumber(fromY)) H\(svgNumber(midX)) V\(svgNumber(toY)) H\(svgNumber(toX))\"/>\n"
        }
        let continued = Set(layout.continued)
        for index in layout.order {
            let box = boxes[index], lines = text[index]
            let state = box.isCovered.map { $0 ? " covered" : " uncovered" } ?? ""
            svg += "<g class=\"unit\(state)\(box.acquired != nil ? " acquired" : "")\">"
            svg += "<rect x=\"\(svgNumber(x(index)))\" y=\"\(svgNumber(top(index)))\" width=\"\(svgNumber(boxWidth))\" height=\"\(svgNumber(lines.height))\" rx=\"4\"/>"
            var lineY = top(index) + 15
            if let acquired = box.acquired {
                svg += "<text x=\"\(svgNumber(x(index) + boxWidth - 5))\" y=\"\(svgNumber(lineY))\" class=\"badge\" text-anchor=\"end\">\(XMLText.escape(acquired))</text>"
            }
            if continued.contains(index) {
                svg += "<text x=\"\(svgNumber(x(index) + boxWidth - 5))\" y=\"\(svgNumber(top(index) + lines.height - 5))\" class=\"badge\" text-anchor=\"end\">▸</text>"
            }
            for (number, line) in lines.title.enumerated() {
                if number > 0 { lineY += Self.lineHeight }
                svg += "<text x=\"\(svgNumber(x(index) + 6))\" y=\"\(svgNumber(lineY))\" class=\"unit-title\">\(XMLText.escape(line))</text>"
            }
            if !box.subtitle.isEmpty {
                lineY += Self.lineHeight
                svg += "<text x=\"\(svgNumber(x(index) + 6))\" y=\"\(svgNumber(lineY))\" class=\"unit-meta\">\(XMLText.escape(box.subtitle))</text>"
            }
            for theme in lines.themes {
                lineY += Self.lineHeight
                svg += "<text x=\"\(svgNumber(x(index) + 6))\" y=\"\(svgNumber(lineY))\" class=\"theme\">\(XMLText.escape(theme))</text>"
            }
            svg += "</g>\n"
        }
        let legendY = height - Self.legendHeight + 8
        svg += "<g class=\"legend\">"
        if boxes.contains(where: { $0.isCovered != nil }) {
            svg += "<g class=\"unit covered\"><rect x=\"8\" y=\"\(svgNumber(legendY))\" width=\"16\" height=\"12\" rx=\"2\"/></g>"
            svg += "<text x=\"30\" y=\"\(svgNumber(legendY + 10))\">\(XMLText.escape(coveredLabel))</text>"
            svg += "<g class=\"unit uncovered\"><rect x=\"150\" y=\"\(svgNumber(legendY))\" width=\"16\" height=\"12\" rx=\"2\"/></g>"
            svg += "<text x=\"172\" y=\"\(svgNumber(legendY + 10))\">\(XMLText.escape(uncoveredLabel))</text>"
        }
        svg += "<text x=\"300\" y=\"\(svgNumber(legendY + 10))\" class=\"badge\">\(XMLText.escape(acquiredLabel))</text>"
        svg += "</g>\n</svg>"
        return (svg, layout.continued)
    }

    /// A box's text broken into lines for its width; nothing is cut.
    struct Wrapped {
        var title: [String]
        var themes: [String]
        var height: Double

        init(box: Box, boxWidth: Double) {
            // About 6.6 units a bold title letter and 5.6 a theme letter at the chart's type size.
            let titleColumns = max(8, Int((boxWidth - 12) / 6.6) - (box.acquired == nil ? 0 : 7))
            let textColumns = max(8, Int((boxWidth - 12) / 5.6))
            title = Self.wrap(box.title, width: titleColumns)
            themes = box.themes.flatMap { theme in
                Self.wrap(theme, width: textColumns - 2).enumerated().map { $0 == 0 ? "• \($1)" : "\u{00A0}\u{00A0}\u{00A0}\($1)" }
            }
            let lines = max(title.count, 1) + (box.subtitle.isEmpty ? 0 : 1) + themes.count
            height = 8 + Double(lines) * OrgChartSVG.lineHeight
        }

        /// Lines of at most `width` columns; a word longer than a line is broken with a
        /// hyphen rather than cut.
        static func wrap(_ text: String, width: Int) -> [String] {
            var pieces: [String] = []
            for word in text.split(separator: " ") {
                var rest = Substring(word)
                while XMLText.columns(String(rest)) > width, !rest.contains(where: XMLText.isWide) {
                    pieces.append(String(rest.prefix(width - 1)) + "-")
                    rest = rest.dropFirst(width - 1)
                }
                pieces.append(String(rest))
            }
            return XMLText.wrap(pieces.joined(separator: " "), width: width, limit: Int.max)
        }
    }
}
