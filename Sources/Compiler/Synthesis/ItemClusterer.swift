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
/// the two clusters passes `merge-threshold` too (or falls at most `chainSlack` short while
/// most of those pairs pass their text gate), so chains of near-misses do not snowball,
/// and no `Not same as` separates them.
///
/// Deterministic: profiles come sorted by id, pairs are ordered by score then indexes, and
/// every union keeps the lower index as the root.
///
/// Linear in the number of candidate pairs (at most `CandidatePairs.perItem` per item):
/// the mean between two clusters is exact while they have at most `exactPairs` pairs
/// across them (always so for accounts of up to 50 items), and above that it is the mean
/// over an evenly spread sample of `samplePerSide` members of each; a rejected pair of
/// clusters is remembered until either of them grows; `Not same as` is looked up per
/// member of the smaller cluster; merge histories are joined as a tree and flattened once.
struct ItemClusterer {
    let profiles: [ItemProfile]
    let scorer: any ItemSimilarityScoring
    let thresholds: SynthesisThresholds

    /// Most pairs across two clusters whose mean is computed exactly: 25 × 25, so any two
    /// clusters of an account of up to 50 items are always compared in full.
    static let exactPairs = 625
    /// Members per cluster in the sample when two clusters have more pairs than that.
    static let samplePerSide = 25
    /// Two clusters whose mean score falls this little short of `merge-threshold` still
    /// merge when most pairs across them have title evidence of their own: the eight
    /// translations of one concern each say it a little differently, so every member
    /// matches some others well and the rest only moderately, and the strict mean refused
    /// the fifth member of such a chain. Unrelated items fail the majority.
    static let chainSlack = 0.15

    /// A pair an author declared the same (`Same as`) or different (`Not same as`).
    struct Declaration: Sendable {
        var first: Int
        var second: Int
        /// The item whose `Same as` or `Not same as` line declared it.
        var declaredOn: Int
        var reference: Reference
    }

    typealias Forced = Declaration
    typealias Forbidden = Declaration

    struct Conflict: Sendable {
        var forced: Forced
        var forbidden: Forbidden
    }

    /// A pair that scored between `suggestion-threshold` and `merge-threshold`, across two
    /// clusters that no declaration links or separates: the best such pair per two
    /// clusters.
    struct Suggestion: Sendable {
        var first: Int
        var second: Int
        var evidence: PairEvidence
    }

    struct Output {
        /// Member indexes per cluster, each sorted, clusters by their lowest index.
        var clusters: [[Int]]
        var suggestions: [Suggestion] = []
        /// Root index → the merges that built the cluster, in the order they happened.
        var steps: [Int: [MergeStep]]
        var conflicts: [Conflict]
    }

    func run(forced: [Forced], forbidden: [Forbidden]) -> Output {
        var sets = DisjointSets(count: profiles.count)
        var history = MergeHistory()
        var conflicts: [Conflict] = []
        var forbiddenPairs: [Pair: Forbidden] = [:]
        var forbiddenPartners: [Int: [Int]] = [:]
        for rule in forbidden where forbiddenPairs[Pair(rule.first, rule.second)] == nil {
            forbiddenPairs[Pair(rule.first, rule.second)] = rule
            forbiddenPartners[rule.first, default: []].append(rule.second)
            forbiddenPartners[rule.second, default: []].append(rule.first)
        }

        /// The rule a scan of all member pairs (members of A ascending, then of B) would
        /// find first: the least pair (a, b), found through the smaller cluster's rules.
        func separating(_ rootA: Int, _ rootB: Int) -> Forbidden? {
            guard !forbiddenPairs.isEmpty else { return nil }
            let aIsSmaller = sets.size(of: rootA) <= sets.size(of: rootB)
            let (small, other) = aIsSmaller ? (rootA, rootB) : (rootB, rootA)
            var first: (a: Int, b: Int)?
            for member in sets.members(of: small) {
                for partner in forbiddenPartners[member] ?? [] where sets.find(partner) == other {
                    let found = aIsSmaller ? (a: member, b: partner) : (a: partner, b: member)
                    if first.map({ (found.a, found.b) < ($0.a, $0.b) }) ?? true { first = found }
                }
            }
            return first.flatMap { forbiddenPairs[Pair($0.a, $0.b)] }
        }

        func join(_ rootA: Int, _ rootB: Int, step: MergeStep) {
            let root = sets.union(rootA, rootB)
            history.join(rootA, rootB, into: root, step: step)
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

        var links: [(pair: Pair, evidence: PairEvidence)] = []
        var nearMisses: [(pair: Pair, evidence: PairEvidence)] = []
        for pair in CandidatePairs.find(profiles, limit: thresholds.blockingLimit) {
            guard let found = scorer.link(profiles[pair.low], profiles[pair.high]) else { continue }
            if found.score >= thresholds.mergeThreshold {
                links.append((pair, found))
            } else {
                nearMisses.append((pair, found))
            }
        }
        links.sort { $0.evidence.score != $1.evidence.score ? $0.evidence.score > $1.evidence.score : $0.pair < $1.pair }

        // Clusters that may not merge, with their sizes at the time: a cluster's members
        // change only when it grows, so the verdict stands until one of them does.
        // Keyed in the link's order (A, B): the mean sums A's members first, and the other
        // order could round differently.
        var rejected: [SIMD2<Int>: SIMD2<Int>] = [:]
        for link in links {
            let rootA = sets.find(link.pair.low)
            let rootB = sets.find(link.pair.high)
            guard rootA != rootB else { continue }
            let clusters = SIMD2(rootA, rootB)
            let sizes = SIMD2(sets.size(of: rootA), sets.size(of: rootB))
            if rejected[clusters] == sizes { continue }
            guard separating(rootA, rootB) == nil else {
                rejected[clusters] = sizes
                continue
            }
            let between = agreement(sets.members(of: rootA), sets.members(of: rootB))
            guard between.mean >= thresholds.mergeThreshold
                || (between.mean >= thresholds.mergeThreshold - Self.chainSlack && between.mostPassTheTextGate
                    && !shareAGuide(sets.members(of: rootA), sets.members(of: rootB))) else {
                rejected[clusters] = sizes
                continue
            }
            join(rootA, rootB, step: MergeStep(first: link.pair.low, second: link.pair.high, cause: .similarity(link.evidence),
                                               clusterScore: between.mean))
        }

        let roots = sets.roots
        let clusters = roots.map { sets.members(of: $0).sorted() }
        let declared = (forced + forbidden).map { Pair($0.first, $0.second) }
        return Output(clusters: clusters, suggestions: suggestions(nearMisses + links, sets: &sets, declared: declared),
                      steps: history.flattened(roots: roots), conflicts: conflicts)
    }

    /// The best undecided pair per two clusters (ties: the lower pair), in pair order;
    /// two clusters that a `Same as` or `Not same as` links are decided. Links that cleared
    /// the merge threshold but not the mean between their clusters are near misses too.
    private func suggestions(_ candidates: [(pair: Pair, evidence: PairEvidence)], sets: inout DisjointSets,
                             declared: [Pair]) -> [Suggestion] {
        let decided = Set(declared.map { Pair(sets.find($0.low), sets.find($0.high)) })
        var best: [Pair: Suggestion] = [:]
        for candidate in candidates {
            let clusters = Pair(sets.find(candidate.pair.low), sets.find(candidate.pair.high))
            guard clusters.low != clusters.high, !decided.contains(clusters) else { continue }
            let suggestion = Suggestion(first: candidate.pair.low, second: candidate.pair.high, evidence: candidate.evidence)
            if let current = best[clusters],
               (-current.evidence.score, current.first, current.second) <= (-suggestion.evidence.score, suggestion.first, suggestion.second) {
                continue
            }
            best[clusters] = suggestion
        }
        return best.values.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Whether an item of one cluster comes from the same guide as an item of the other.
    /// A chain collects one concern's translations, one per country team; a team that
    /// wrote two items wrote two concerns, so the slack below the threshold does not
    /// join them.
    private func shareAGuide(_ membersA: [Int], _ membersB: [Int]) -> Bool {
        let files = Set(membersA.map { profiles[$0].item.location.file })
        return membersB.contains { files.contains(profiles[$0].item.location.file) }
    }

    /// How well two clusters agree: the mean score over the pairs across them, summed in
    /// ascending member order, and whether more than half of those pairs pass their text
    /// gate; over evenly spread samples of both when there are more than `exactPairs` pairs.
    private func agreement(_ membersA: [Int], _ membersB: [Int]) -> (mean: Double, mostPassTheTextGate: Bool) {
        var left = membersA
        var right = membersB
        if left.count * right.count > Self.exactPairs {
            left = Self.sample(left)
            right = Self.sample(right)
        }
        left.sort()
        right.sort()
        var sum = 0.0
        var passing = 0
        for a in left {
            for b in right {
                let (score, passes) = scorer.scoreAndGate(profiles[min(a, b)], profiles[max(a, b)])
                sum += score
                if passes { passing += 1 }
            }
        }
        let pairs = max(1, left.count * right.count)
        return (sum / Double(pairs), 2 * passing > pairs)
    }

    /// `samplePerSide` members at even strides through the member list (whose order is
    /// deterministic), or all of them when there are no more.
    static func sample(_ members: [Int]) -> [Int] {
        guard members.count > samplePerSide else { return members }
        return (0..<samplePerSide).map { members[$0 * members.count / samplePerSide] }
    }
}

/// The merges behind each cluster, in the order `steps(A) + steps(B) + [step]` for every
/// join of A and B. Joins only link nodes (constant time); `flattened` walks each tree once,
/// so a cluster that grows one item at a time costs linear, not quadratic, time.
struct MergeHistory {
    private struct Node {
        var left: Int?
        var right: Int?
        var step: MergeStep
    }

    private var nodes: [Node] = []
    /// Root index → the node holding its latest merge.
    private var latest: [Int: Int] = [:]

    mutating func join(_ rootA: Int, _ rootB: Int, into root: Int, step: MergeStep) {
        let left = latest.removeValue(forKey: rootA)
        let right = latest.removeValue(forKey: rootB)
        nodes.append(Node(left: left, right: right, step: step))
        latest[root] = nodes.count - 1
    }

    func flattened(roots: [Int]) -> [Int: [MergeStep]] {
        var result: [Int: [MergeStep]] = [:]
        for root in roots {
            guard let top = latest[root] else { continue }
            var steps: [MergeStep] = []
            // Post-order without recursion: left subtree, right subtree, then the node.
            var stack: [(node: Int, expanded: Bool)] = [(top, false)]
            while let (index, expanded) = stack.popLast() {
                let node = nodes[index]
                if expanded {
                    steps.append(node.step)
                    continue
                }
                stack.append((index, true))
                if let right = node.right { stack.append((right, false)) }
                if let left = node.left { stack.append((left, false)) }
            }
            result[root] = steps
        }
        return result
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

/// Union-find whose root is always the lowest index, with member lists kept per root. The
/// smaller list is appended to the larger (each index moves O(log n) times), so member
/// lists are in a deterministic order but not sorted.
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
        var larger = memberLists[root]
        var smaller = memberLists[child]
        memberLists[root] = []
        memberLists[child] = []
        if larger.count < smaller.count { swap(&larger, &smaller) }
        larger.append(contentsOf: smaller)
        memberLists[root] = larger
        return root
    }

    /// The members of a root, in a deterministic order (not sorted).
    func members(of root: Int) -> [Int] { memberLists[root] }

    func size(of root: Int) -> Int { memberLists[root].count }

    var roots: [Int] { parent.indices.filter { parent[$0] == $0 } }
}
