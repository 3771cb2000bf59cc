/// "Did you mean …?" candidates: the known names closest to a misspelt one.
public enum NearMiss {
    /// The candidates within a small edit distance of `word`, best first; ties broken
    /// alphabetically so suggestions are deterministic.
    public static func bestMatches(for word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return [] }
        let threshold = max(1, min(3, target.count / 3 + 1))
        var scored: [(String, Int)] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let other = Array(candidate.lowercased().unicodeScalars)
            // Length difference alone rules most candidates out cheaply.
            if abs(other.count - target.count) > threshold { continue }
            let distance = editDistance(target, other, cap: threshold)
            if distance <= threshold { scored.append((candidate, distance)) }
        }
        scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return scored.prefix(limit).map(\.0)
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

    /// Levenshtein distance, stopping early once every cell exceeds `cap`.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = Swift.min(rowMinimum, current[j])
            }
            if rowMinimum > cap { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
