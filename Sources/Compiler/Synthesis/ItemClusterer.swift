import PlanModel

/// Why two items ended up in one cluster.
struct MergeStep: Sendable, Hashable {
    enum Cause: Sendable, Hashable {
        /// `Same as`, written on `declaredOn`.
        case sameAs(declaredOn: Int)
        case similarity(PairEvidence)
    }

    /// Indexes into the profiles, lower first.
    var first: Int
    var second: Int
    var cause: Cause
    /// For heuristic merges: the mean score between the two clusters that joined.
    var clusterScore: Double?
}

/// Groups items into clusters: first `Same as` (unless it contradicts a `Not same as`),
/// then a greedy average-link pass over candidate pairs, best pair first. A pair merges two
/// clusters only when it passes its own thresholds, the mean score over all pairs across
/// the two clusters passes `merge-threshold` too (so chains of near-misses do not snowball),
/// and no `Not same as` separates them.
///
/// Deterministic: profiles come sorted by id, pairs are ordered by score then indexes, and
/// every union keeps the lower index as the root.
struct ItemClusterer {
    let profiles: [ItemProfile]
    let scorer: PairScorer
    let thresholds: SynthesisThresholds

    struct Forced: Sendable {
        var first: Int
        var second: Int
        /// The item whose `Same as` asked for it.
        var declaredOn: Int
        var reference: Reference
    }

    struct Forbidden: Sendable {
        var first: Int
        var second: Int
        var declaredOn: Int
        var reference: Reference
    }

    struct Conflict: Sendable {
        var forced: Forced
        var forbidden: Forbidden
    }

    struct Output {
        /// Member indexes per cluster, each sorted, clusters by their lowest index.
        var clusters: [[Int]]
        /// Root index → the merges that built the cluster, in the order they happened.
        var steps: [Int: [MergeStep]]
        var conflicts: [Conflict]
    }

    func run(forced: [Forced], forbidden: [Forbidden]) -> Output {
        var sets = DisjointSets(count: profiles.count)
        var steps: [Int: [MergeStep]] = [:]
        var conflicts: [Conflict] = []
        var forbiddenPairs: [Pair: Forbidden] = [:]
        for rule in forbidden where forbiddenPairs[Pair(rule.first, rule.second)] == nil {
            forbiddenPairs[Pair(rule.first, rule.second)] = rule
        }

        func separating(_ rootA: Int, _ rootB: Int) -> Forbidden? {
            guard !forbiddenPairs.isEmpty else { return nil }
            for a in sets.members(of: rootA) {
                for b in sets.members(of: rootB) {
                    if let rule = forbiddenPairs[Pair(a, b)] { return rule }
                }
            }
            return nil
        }

        func join(_ rootA: Int, _ rootB: Int, step: MergeStep) {
            let history = (steps.removeValue(forKey: rootA) ?? []) + (steps.removeValue(forKey: rootB) ?? []) + [step]
            let root = sets.union(rootA, rootB)
            steps[root] = history
        }

        for rule in forced.sorted(by: { ($0.first, $0.second, $0.declaredOn) < ($1.first, $1.second, $1.declaredOn) }) {
            let rootA = sets.find(rule.first)
            let rootB = sets.find(rule.second)
            guard rootA != rootB else { continue }
            if let forbid = separating(rootA, rootB) {
                conflicts.append(Conflict(forced: rule, forbidden: forbid))
                continue
            }
            join(rootA, rootB, step: MergeStep(first: rule.first, second: rule.second, cause: .sameAs(declaredOn: rule.declaredOn)))
        }

        var cache: [Pair: PairEvidence] = [:]
        func evidence(_ a: Int, _ b: Int) -> PairEvidence {
            let pair = Pair(a, b)
            if let known = cache[pair] { return known }
            let computed = scorer.evidence(profiles[pair.low], profiles[pair.high])
            cache[pair] = computed
            return computed
        }

        var links: [(pair: Pair, evidence: PairEvidence)] = []
        for pair in CandidatePairs.find(profiles, limit: thresholds.blockingLimit) {
            let found = evidence(pair.low, pair.high)
            if found.passesTextGate, found.score >= thresholds.mergeThreshold { links.append((pair, found)) }
        }
        links.sort { $0.evidence.score != $1.evidence.score ? $0.evidence.score > $1.evidence.score : $0.pair < $1.pair }

        for link in links {
            let rootA = sets.find(link.pair.low)
            let rootB = sets.find(link.pair.high)
            guard rootA != rootB, separating(rootA, rootB) == nil else { continue }
            var sum = 0.0
            var count = 0
            for a in sets.members(of: rootA) {
                for b in sets.members(of: rootB) {
                    sum += evidence(a, b).score
                    count += 1
                }
            }
            let mean = sum / Double(max(1, count))
            guard mean >= thresholds.mergeThreshold else { continue }
            join(rootA, rootB, step: MergeStep(first: link.pair.low, second: link.pair.high, cause: .similarity(link.evidence), clusterScore: mean))
        }

        let clusters = sets.roots.map { sets.members(of: $0) }
        return Output(clusters: clusters, steps: steps, conflicts: conflicts)
    }
}

/// An unordered pair of profile indexes.
struct Pair: Hashable, Comparable, Sendable {
    let low: Int
    let high: Int

    init(_ a: Int, _ b: Int) {
        low = min(a, b)
        high = max(a, b)
    }

    static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.low, lhs.high) < (rhs.low, rhs.high) }
}

/// Union-find whose root is always the lowest index, with member lists kept per root.
struct DisjointSets {
    private var parent: [Int]
    private var memberLists: [[Int]]

    init(count: Int) {
        parent = Array(0..<count)
        memberLists = (0..<count).map { [$0] }
    }

    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var current = index
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    /// Joins two roots; returns the surviving root (the lower one).
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return rootA }
        let (root, child) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
        parent[child] = root
        memberLists[root] = (memberLists[root] + memberLists[child]).sorted()
        memberLists[child] = []
        return root
    }

    func members(of root: Int) -> [Int] { memberLists[root] }

    var roots: [Int] { parent.indices.filter { parent[$0] == $0 } }
}
