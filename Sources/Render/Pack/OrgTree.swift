import PlanModel

/// The customer organization as a tree: units in depth-first order with their depth.
/// Units whose parent is missing are roots; a parent cycle cannot loop (each unit is
/// visited once).
struct OrgTree {
    struct Node {
        var unit: OrgUnit
        var depth: Int
        /// Indexes into `nodes`.
        var children: [Int]
    }

    private(set) var nodes: [Node] = []
    private(set) var roots: [Int] = []

    init(units: [OrgUnit]) {
        let byKey = Dictionary(units.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var children: [String: [OrgUnit]] = [:]
        var rootUnits: [OrgUnit] = []
        for unit in units {
            if let parent = unit.parent, byKey[parent.key] != nil, parent.key != unit.key {
                children[parent.key, default: []].append(unit)
            } else {
                rootUnits.append(unit)
            }
        }
        var visited: Set<String> = []
        func visit(_ unit: OrgUnit, depth: Int) -> Int? {
            guard visited.insert(unit.key).inserted else { return nil }
            let index = nodes.count
            nodes.append(Node(unit: unit, depth: depth, children: []))
            var childIndexes: [Int] = []
            for child in children[unit.key] ?? [] {
                if let childIndex = visit(child, depth: depth + 1) { childIndexes.append(childIndex) }
            }
            nodes[index].children = childIndexes
            return index
        }
        for unit in rootUnits {
            if let index = visit(unit, depth: 0) { roots.append(index) }
        }
        // Units caught in a parent cycle have no root: show them as roots.
        for unit in units where !visited.contains(unit.key) {
            if let index = visit(unit, depth: 0) { roots.append(index) }
        }
    }
}
