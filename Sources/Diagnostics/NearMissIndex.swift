/// Known names prepared once for many "did you mean …?" look-ups. A workspace may hold
/// thousands of unknown references against thousands of names, so a look-up must not
/// compare the word with every name:
///
/// - names one edit away (the usual typo) are found through an index of each name with
///   one letter deleted, exactly and in time proportional to the word's length;
/// - only when fewer than `limit` are that close are the names of a nearby length
///   scanned, with a 64-bit fingerprint of their letters ruling most out before a banded
///   edit distance measures the rest;
/// - that scan draws on a budget of work shared by all look-ups of the index; once it is
///   spent, a look-up offers only the names one edit away (an ordinary workspace spends a
///   fraction of a percent of it).
public struct NearMissIndex {
    /// Names longer than this (in Unicode scalars) are neither suggested nor given a
    /// suggestion: nobody misspells a name that long by one letter.
    public static let maximumNameLength = 100
    /// Work units one index spends over all its scans: one per candidate looked at and
    /// one per edit-distance cell.
    public static let defaultBudget = 300_000

    /// The candidates sorted by length, then name (so ties resolve the same way whatever
    /// order the names came in), kept column-wise.
    private let names: [String]
    private let scalars: [[Unicode.Scalar]]
    private let letters: [UInt64]
    /// The positions in the columns above of the names of each length.
    private let positionsByLength: [Int: Range<Int>]
    /// Candidates by the hash of their folded scalars with one (or no) scalar left out
    /// (two names within one edit share such a key), as chains through flat arrays: the
    /// latest entry of each key, and per entry its candidate and the entry before it.
    private let latestEntry: [UInt64: Int32]
    private let entryCandidate: [Int32]
    private let previousEntry: [Int32]
    private var remainingWork: Int
    /// Scratch rows for the edit distance, reused across look-ups.
    private var rows: ([Int], [Int]) = ([], [])

    public init(_ candidates: some Sequence<String>, budget: Int = NearMissIndex.defaultBudget) {
        var seen = Set<String>()
        var prepared: [(name: String, scalars: [Unicode.Scalar])] = []
        for name in candidates where seen.insert(name).inserted {
            let scalars = Array(name.lowercased().unicodeScalars)
            guard !scalars.isEmpty, scalars.count <= Self.maximumNameLength else { continue }
            prepared.append((name, scalars))
        }
        prepared.sort { $0.scalars.count != $1.scalars.count ? $0.scalars.count < $1.scalars.count : $0.name < $1.name }
        names = prepared.map(\.name)
        scalars = prepared.map(\.scalars)
        letters = prepared.map { Self.letters(of: $0.scalars) }
        var positionsByLength: [Int: Range<Int>] = [:]
        var latestEntry: [UInt64: Int32] = [:]
        var entryCandidate: [Int32] = []
        var previousEntry: [Int32] = []
        let entryCount = prepared.reduce(0) { $0 + $1.scalars.count + 1 }
        latestEntry.reserveCapacity(entryCount)
        entryCandidate.reserveCapacity(entryCount)
        previousEntry.reserveCapacity(entryCount)
        for (position, candidate) in prepared.enumerated() {
            let length = candidate.scalars.count
            positionsByLength[length] = (positionsByLength[length]?.lowerBound ?? position)..<(position + 1)
            for key in Self.deletionKeys(of: candidate.scalars) {
                previousEntry.append(latestEntry[key] ?? -1)
                latestEntry[key] = Int32(entryCandidate.count)
                entryCandidate.append(Int32(position))
            }
        }
        self.positionsByLength = positionsByLength
        self.latestEntry = latestEntry
        self.entryCandidate = entryCandidate
        self.previousEntry = previousEntry
        remainingWork = budget
    }

    /// The names within a small edit distance of `word`, best first, ties alphabetical;
    /// empty when none is close or when `word` is too long.
    public mutating func bestMatches(for word: String, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty, target.count <= Self.maximumNameLength, limit > 0 else { return [] }
        let close = oneEditAway(from: target)
        if close.count >= limit || remainingWork <= 0 { return Self.best(close, limit: limit) }
        return scan(for: target, limit: limit) ?? Self.best(close, limit: limit)
    }

    /// Every name within one edit of `target`, exactly.
    private mutating func oneEditAway(from target: [Unicode.Scalar]) -> [(name: String, distance: Int)] {
        var found: [(name: String, distance: Int)] = []
        var checked: [Int32] = []
        for key in Self.deletionKeys(of: target) {
            var entry = latestEntry[key] ?? -1
            while entry >= 0 {
                let position = entryCandidate[Int(entry)]
                entry = previousEntry[Int(entry)]
                guard !checked.contains(position) else { continue }
                checked.append(position)
                let distance = NearMiss.editDistance(target, scalars[Int(position)], cap: 1, rows: &rows)
                if distance <= 1 { found.append((names[Int(position)], distance)) }
            }
        }
        return found
    }

    /// The best `limit` names within the threshold for `target`'s length, or nil when the
    /// budget ran out before the scan was complete.
    private mutating func scan(for target: [Unicode.Scalar], limit: Int) -> [(String)]? {
        let threshold = NearMiss.threshold(forLength: target.count)
        let targetLetters = Self.letters(of: target)
        var scored: [(name: String, distance: Int)] = []
        var cap = threshold
        for length in (target.count - threshold)...(target.count + threshold) {
            // Length difference alone rules a whole group out.
            guard abs(length - target.count) <= cap, let positions = positionsByLength[length] else { continue }
            remainingWork -= positions.count
            for position in positions {
                // Every letter one side has and the other lacks costs at least one edit.
                let other = letters[position]
                if (targetLetters & ~other).nonzeroBitCount > cap || (other & ~targetLetters).nonzeroBitCount > cap { continue }
                remainingWork -= target.count * (2 * cap + 1)
                guard remainingWork > 0 else { return nil }
                let distance = NearMiss.editDistance(target, scalars[position], cap: cap, rows: &rows)
                guard distance <= cap else { continue }
                scored.append((names[position], distance))
                if scored.count >= limit {
                    // Only names as close as the `limit`-th best can still make the list.
                    scored = Self.bestScored(scored, limit: limit)
                    cap = scored[limit - 1].distance
                }
            }
            guard remainingWork > 0 else { return nil }
        }
        return Self.best(scored, limit: limit)
    }

    private static func bestScored(_ scored: [(name: String, distance: Int)], limit: Int) -> [(name: String, distance: Int)] {
        Array(scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }.prefix(limit))
    }

    private static func best(_ scored: [(name: String, distance: Int)], limit: Int) -> [String] {
        bestScored(scored, limit: limit).map(\.name)
    }

    /// Hashes of `scalars` whole and with each one left out, in one pass: a polynomial
    /// hash, so leaving out position k is `prefix(k) × base^(n-1-k) + suffix(k+1)`
    /// (a collision only costs one more comparison).
    private static func deletionKeys(of scalars: [Unicode.Scalar]) -> [UInt64] {
        let base: UInt64 = 0x0100_0000_01B3
        let count = scalars.count
        var keys = [UInt64](repeating: 0, count: count + 1)
        var suffixes = [UInt64](repeating: 0, count: count + 1)
        scalars.withUnsafeBufferPointer { scalars in
            suffixes.withUnsafeMutableBufferPointer { suffixes in
                keys.withUnsafeMutableBufferPointer { keys in
                    // suffixes[k] = Σ_{i ≥ k} (s_i + 1) × base^(count-1-i)
                    var power: UInt64 = 1
                    var position = count - 1
                    while position >= 0 {
                        suffixes[position] = suffixes[position + 1] &+ (UInt64(scalars[position].value) &+ 1) &* power
                        power = power &* base
                        position -= 1
                    }
                    keys[count] = suffixes[0]  // the whole name
                    // Leaving out position k: prefix(k) × base^(count-1-k) + suffixes[k + 1].
                    var prefix: UInt64 = 0
                    var skipped = 0
                    var powers = [UInt64](repeating: 1, count: count)
                    for exponent in stride(from: 1, to: count, by: 1) { powers[exponent] = powers[exponent - 1] &* base }
                    while skipped < count {
                        keys[skipped] = (prefix &* powers[count - 1 - skipped]) &+ suffixes[skipped + 1]
                        prefix = prefix &* base &+ (UInt64(scalars[skipped].value) &+ 1)
                        skipped += 1
                    }
                }
            }
        }
        return keys
    }

    /// Which letters occur, hashed into 64 bits: a cheap lower bound on the edit distance
    /// between two names (collisions only make the bound weaker, never wrong).
    private static func letters(of scalars: [Unicode.Scalar]) -> UInt64 {
        var bits: UInt64 = 0
        for scalar in scalars { bits |= 1 << UInt64(scalar.value % 64) }
        return bits
    }
}
