import PlanModel

/// The customer's organization as parent links, for roll-ups and for judging whether two
/// items' units are related. Safe against cycles in the input: a walk up the tree stops
/// at the first unit it has seen before.
struct UnitTree: Sendable {
    /// Unit key → parent key.
    private(set) var parents: [String: String] = [:]
    /// Unit key → id as written and title, for output.
    private(set) var names: [String: (id: String, title: String)] = [:]
    /// Unit key → its ancestors, worked out once: pair scoring asks for them per pair.
    private var ancestorLists: [String: [String]] = [:]

    init(units: [OrgUnit]) {
        for unit in units.sorted(by: { $0.key < $1.key }) {
            if names[unit.key] == nil { names[unit.key] = (unit.id, unit.title) }
            if let parent = unit.parent?.key, parent != unit.key, parents[unit.key] == nil {
                parents[unit.key] = parent
            }
        }
        for key in names.keys { ancestorLists[key] = walkUp(from: key) }
    }

    /// The unit's ancestors, nearest first; never the unit itself, finite with cycles.
    func ancestors(of key: String) -> [String] {
        ancestorLists[key] ?? walkUp(from: key)
    }

    private func walkUp(from key: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = [key]
        var current = key
        while let parent = parents[current], seen.insert(parent).inserted {
            result.append(parent)
            current = parent
        }
        return result
    }

    /// The unit and its ancestors, nearest first.
    func lineage(of key: String) -> [String] { [key] + ancestors(of: key) }

    /// How many reporting steps separate two units when one contains the other, else nil.
    func distance(_ a: String, _ b: String) -> Int? {
        if a == b { return 0 }
        if let steps = ancestors(of: a).firstIndex(of: b) { return steps + 1 }
        if let steps = ancestors(of: b).firstIndex(of: a) { return steps + 1 }
        return nil
    }

    /// Every known unit key (defined or named as a parent), sorted.
    var allKeys: [String] {
        Set(names.keys).union(parents.values).sorted()
    }

    func parent(of key: String) -> String? { parents[key] }

    func displayID(_ key: String) -> String { names[key]?.id ?? key }
    func title(_ key: String) -> String? { names[key]?.title }
}
