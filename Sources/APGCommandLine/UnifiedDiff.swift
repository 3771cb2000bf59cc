/// A unified diff of two texts (`diff -u` shape, three lines of context), for
/// `fmt --diff` and `fix --dry-run`.
enum UnifiedDiff {
    static func make(old: String, new: String, path: String, context: Int = 3) -> String {
        let oldLines = lines(old)
        let newLines = lines(new)
        guard oldLines != newLines else { return "" }
        let edits = script(old: oldLines, new: newLines)
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < edits.count {
            guard let firstChange = edits[index...].firstIndex(where: { $0.kind != " " }) else { break }
            var start = max(index, firstChange - context)
            if start < index { start = index }
            var end = firstChange
            // Extend the hunk while the next change is within twice the context.
            while true {
                guard let next = edits[(end + 1)...].firstIndex(where: { $0.kind != " " }), next - end <= 2 * context else { break }
                end = next
            }
            let stop = min(edits.count, end + context + 1)
            let hunk = edits[start..<stop]
            let oldCount = hunk.filter { $0.kind != "+" }.count
            let newCount = hunk.filter { $0.kind != "-" }.count
            let oldStart = (hunk.first?.oldLine ?? 0) + (oldCount == 0 ? 0 : 1)
            let newStart = (hunk.first?.newLine ?? 0) + (newCount == 0 ? 0 : 1)
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk { output += "\(edit.kind)\(edit.text)\n" }
            index = stop
        }
        return output
    }

    private struct Edit {
        var kind: Character
        var text: String
        /// Lines of the old and new text before this one.
        var oldLine: Int
        var newLine: Int
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func script(old: [String], new: [String]) -> [Edit] {
        let difference = new.difference(from: old)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                edits.append(Edit(kind: "-", text: old[i], oldLine: i, newLine: j)); i += 1
            } else if j < new.count, inserted.contains(j) {
                edits.append(Edit(kind: "+", text: new[j], oldLine: i, newLine: j)); j += 1
            } else {
                edits.append(Edit(kind: " ", text: old[i], oldLine: i, newLine: j)); i += 1; j += 1
            }
        }
        return edits
    }
}
