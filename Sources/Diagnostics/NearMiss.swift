/// "Did you mean …?" candidates: the known names closest to a misspelt one.
public enum NearMiss {
    /// The candidates within a small edit distance of `word`, best first; ties broken
    /// alphabetically so suggestions are deterministic. For many look-ups against the same
    /// names, build a `NearMissIndex` once instead.
    public static func bestMatches(for word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        var index = NearMissIndex(candidates)
        return index.bestMatches(for: word, limit: limit)
    }

    /// The largest edit distance worth suggesting for a name of `length` characters.
    static func threshold(forLength length: Int) -> Int {
        max(1, min(3, length / 3 + 1))
    }

    /// Whether `word` is so close to `candidate` that replacing it is safe without asking:
    /// one edit, or two in a word of six or more letters (case ignored). Looser near
    /// misses are suggestions for a person, not for `apg fix`.
    public static func isCertainMisspelling(_ word: String, of candidate: String) -> Bool {
        let a = Array(word.lowercased().unicodeScalars)
        let b = Array(candidate.lowercased().unicodeScalars)
        guard a != b else { return false }
        let distance = editDistance(a, b, cap: 3)
        return distance <= 1 || (distance == 2 && min(a.count, b.count) >= 6)
    }

    /// Levenshtein distance when it is at most `cap`, else some number above `cap`. Only
    /// the diagonal band of width `2 × cap + 1` can hold a path within `cap`, so the work is
    /// `a.count × (2 × cap + 1)` cells at most, and it stops as soon as a row exceeds `cap`.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int = .max) -> Int {
        var rows = ([Int](), [Int]())
        return editDistance(a, b, cap: cap, rows: &rows)
    }

    /// The same, reusing `rows` so that many comparisons allocate nothing.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int, rows: inout ([Int], [Int])) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let band = Swift.min(cap, Swift.max(a.count, b.count))
        if abs(a.count - b.count) > band { return band + 1 }
        let beyond = band + 1
        rows.0.removeAll(keepingCapacity: true)
        rows.1.removeAll(keepingCapacity: true)
        for column in 0...b.count { rows.0.append(Swift.min(column, beyond)) }
        rows.1.append(contentsOf: repeatElement(beyond, count: b.count + 1))
        return withUnsafeMutableBufferPointers(&rows.0, &rows.1) { previous, current in
            for i in 1...a.count {
                let low = Swift.max(1, i - band)
                let high = Swift.min(b.count, i + band)
                // Cells left of the band are out of reach; the one just left of it is read below.
                current[low - 1] = i - band <= 0 ? Swift.min(i, beyond) : beyond
                var rowMinimum = current[low - 1]
                let letter = a[i - 1]
                if low <= high {
                    for j in low...high {
                        // Two-argument `min` only: the variadic one allocates on every cell.
                        var value = previous[j - 1] + (letter == b[j - 1] ? 0 : 1)
                        value = Swift.min(value, Swift.min(previous[j], current[j - 1]) + 1)
                        value = Swift.min(value, beyond)
                        current[j] = value
                        rowMinimum = Swift.min(rowMinimum, value)
                    }
                }
                if high < b.count { current[high + 1] = beyond }
                if rowMinimum > band { return beyond }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }
}

private func withUnsafeMutableBufferPointers<Result>(
    _ first: inout [Int], _ second: inout [Int],
    _ body: (inout UnsafeMutableBufferPointer<Int>, inout UnsafeMutableBufferPointer<Int>) -> Result
) -> Result {
    first.withUnsafeMutableBufferPointer { first in
        second.withUnsafeMutableBufferPointer { second in
            var (a, b) = (first, second)
            return body(&a, &b)
        }
    }
}
