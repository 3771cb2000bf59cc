/// A unified diff (`diff -u` shape, three lines of context) between two texts, for
/// `apg update --dry-run`, `apg fmt --diff` and `apg fix --dry-run`.
public enum UnifiedDiff {
    public static func diff(old: String, new: String, path: String, context: Int = 3) -> String {
        let oldLines = GuideEditor.splitLines(old).map(strip)
        let newLines = GuideEditor.splitLines(new).map(strip)
        guard oldLines != newLines else { return "" }
        let difference = newLines.difference(from: oldLines)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // One operation per line: (kind, old index, new index).
        enum Kind { case same, delete, add }
        var operations: [(kind: Kind, old: Int, new: Int)] = []
        var i = 0, j = 0
        while i < oldLines.count || j < newLines.count {
            if i < oldLines.count, removed.contains(i) {
                operations.append((.delete, i, j)); i += 1
            } else if j < newLines.count, inserted.contains(j) {
                operations.append((.add, i, j)); j += 1
            } else {
                operations.append((.same, i, j)); i += 1; j += 1
            }
        }
        var text = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < operations.count {
            guard operations[index].kind != .same else { index += 1; continue }
            var start = max(0, index - context)
            var end = index
            // Extend while the next change is within twice the context.
            var scan = index
            while scan < operations.count {
                if operations[scan].kind != .same { end = scan; scan += 1; continue }
                var gap = scan
                while gap < operations.count, operations[gap].kind == .same { gap += 1 }
                if gap < operations.count, gap - scan <= 2 * context { scan = gap } else { break }
            }
            let stop = min(operations.count, end + context + 1)
            start = min(start, index)
            let slice = operations[start..<stop]
            let oldCount = slice.filter { $0.kind != .add }.count
            let newCount = slice.filter { $0.kind != .delete }.count
            let oldStart = oldCount == 0 ? slice.first!.old : slice.first!.old + 1
            let newStart = newCount == 0 ? slice.first!.new : slice.first!.new + 1
            text += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for operation in slice {
                switch operation.kind {
                case .same: text += " " + oldLines[operation.old] + "\n"
                case .delete: text += "-" + oldLines[operation.old] + "\n"
                case .add: text += "+" + newLines[operation.new] + "\n"
                }
            }
            index = stop
        }
        return text
    }

    private static func strip(_ line: String) -> String {
        var line = line
        while let last = line.unicodeScalars.last, last == "\n" || last == "\r" { line.unicodeScalars.removeLast() }
        return line
    }
}
