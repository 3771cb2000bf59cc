import PlanModel

/// A sum of values that share a currency or unit (`EUR`, `%`, none).
public struct ValueTotal: Sendable, Hashable {
    /// The currency or unit as written, nil for bare numbers.
    public var unit: String?
    public var value: Double

    public init(unit: String?, value: Double) {
        self.unit = unit
        self.value = value
    }

    /// Sums quantities per unit, sorted by unit (bare numbers first).
    static func totals(_ quantities: [Quantity]) -> [ValueTotal] {
        var sums: [String: Double] = [:]
        var bare: Double?
        for quantity in quantities where quantity.value.isFinite {
            if let unit = quantity.unit {
                sums[unit, default: 0] += quantity.value
            } else {
                bare = (bare ?? 0) + quantity.value
            }
        }
        return (bare.map { [ValueTotal(unit: nil, value: $0)] } ?? [])
            + sums.keys.sorted().map { ValueTotal(unit: $0, value: sums[$0] ?? 0) }
    }

    static func merged(_ groups: [[ValueTotal]]) -> [ValueTotal] {
        totals(groups.joined().map { Quantity(value: $0.value, unit: $0.unit, text: "") })
    }
}

/// One consolidated issue or opportunity: near-duplicates from all countries.
///
/// Its `id` is the id of its representative item (stable across builds as long as that
/// item keeps its id), and its `rank` is its place in the ranking.
public struct SynthesizedItem: Sendable, Hashable {
    public var id: String
    public var rank: Int
    public var title: String
    /// The item whose title stands for the cluster: the global file's, else the most
    /// complete one.
    public var representative: String
    public var kind: ItemKind?
    public var priority: Priority?
    /// Every source item's id, sorted.
    public var members: [String]
    public var countries: [String]
    public var languages: [String]
    public var units: [String]
    public var themes: [String]
    public var products: [String]
    public var values: [ValueTotal]
    /// Strategies (not rejected) whose `Addresses` names any member.
    public var addressedBy: [String]
    /// Why the members were merged, one line; empty for a single item.
    public var reason: String
    /// The individual merges, for the pack's explanation.
    public var merges: [Merge]

    public struct Merge: Sendable, Hashable {
        public var items: [String]
        /// `same-as` or `similarity`.
        public var cause: String
        /// The pair's score (nil for `Same as`).
        public var score: Double?
        /// The mean score between the two clusters joined.
        public var clusterScore: Double?
        public var evidence: String
    }

    public var isAddressed: Bool { !addressedBy.isEmpty }

    /// The sum of all values regardless of unit: only a tie-breaker for ranking.
    var valueWeight: Double { values.reduce(0) { $0 + $1.value } }
}
