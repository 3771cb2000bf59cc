/// A source line laid out in terminal cells once, so that every diagnostic on the line
/// cuts its own window around its caret without laying out the whole line again: with
/// 10,000 diagnostics on one 90 KB line, laying it out per diagnostic was quadratic.
struct DisplayLine {
    /// One code point as shown: a tab as the blanks to its stop, a control character as
    /// U+FFFD.
    private struct Cell {
        let scalar: Unicode.Scalar
        let start: Int
        let width: Int
        var end: Int { start + width }
    }

    private let cells: [Cell]
    /// Terminal cells of the whole line.
    let width: Int

    init(_ line: String) {
        var cells: [Cell] = []
        var width = 0
        for scalar in line.unicodeScalars {
            let cell: Cell
            if scalar == "\t" {
                cell = Cell(scalar: scalar, start: width, width: TerminalWidth.tabWidth - width % TerminalWidth.tabWidth)
            } else if TerminalWidth.isControl(scalar) {
                cell = Cell(scalar: "\u{FFFD}", start: width, width: 1)
            } else {
                cell = Cell(scalar: scalar, start: width, width: TerminalWidth.width(of: scalar))
            }
            cells.append(cell)
            width += cell.width
        }
        self.cells = cells
        self.width = width
    }

    /// The line cut to `TerminalWidth.maximumLineWidth` cells around the 1-based
    /// code-point `column`, with `…` where text is left out, and the display width before
    /// the caret; O(window) once laid out.
    func window(caretColumn column: Int) -> (text: String, caretOffset: Int) {
        let maximum = TerminalWidth.maximumLineWidth
        let caret = cells.indices.contains(column - 1) ? cells[column - 1].start : width
        var first = 0, last = cells.count
        if width > maximum {
            // A quarter of the window before the caret, the rest after it.
            let windowStart = max(0, min(caret - maximum / 4, width - maximum + 2))
            first = firstCell(from: 0) { $0.start >= windowStart }
            let limit = (cells.indices.contains(first) ? cells[first].start : width) + maximum - 2
            last = firstCell(from: first) { $0.end > limit }
        }
        var text = String.UnicodeScalarView()
        var shift = 0
        if first > 0, first < cells.count {
            text.append("…")
            shift = cells[first].start - 1
        }
        for cell in cells[first..<last] {
            if cell.scalar == "\t" {
                text.append(contentsOf: repeatElement(" ", count: cell.width))
            } else {
                text.append(cell.scalar)
            }
        }
        if last < cells.count { text.append("…") }
        return (String(text), caret - shift)
    }

    /// The first cell at or after `lowerBound` that satisfies `isPast`, or `cells.count`:
    /// a binary search, as both a cell's start and its end only grow along the line.
    private func firstCell(from lowerBound: Int, where isPast: (Cell) -> Bool) -> Int {
        var low = lowerBound, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(cells[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
