import APGJSON
import PlanModel

/// The synthesized items of one organization unit, directly and rolled up over the units
/// below it.
public struct UnitRollup: Sendable, Hashable {
    public var unit: String
    public var title: String?
    public var parent: String?
    /// 0 for a top unit.
    public var depth: Int
    /// Synthesized items naming this unit, in rank order.
    public var items: [String]
    /// Synthesized items naming this unit or any unit below it, each once, in rank order.
    public var rolledUp: [String]
    /// Values of `rolledUp`, per currency or unit.
    public var values: [ValueTotal]
    public var highPriority: Int
    /// Items of `rolledUp` that no strategy addresses.
    public var unaddressed: Int

    var json: JSONValue {
        [
            "unit": .string(unit),
            "title": .optional(title),
            "parent": .optional(parent),
            "depth": .int(depth),
            "items": .strings(items),
            "count": .int(items.count),
            "rolledUp": .strings(rolledUp),
            "totalCount": .int(rolledUp.count),
            "values": .array(values.map(\.json)),
            "highPriority": .int(highPriority),
            "unaddressed": .int(unaddressed),
        ]
    }
}

/// The synthesized items sharing a theme.
public struct ThemeGroup: Sendable, Hashable {
    /// The theme as most items spell it; nil for the items without a theme.
    public var theme: String?
    public var items: [String]
    public var values: [ValueTotal]
    public var unaddressed: Int

    var json: JSONValue {
        [
            "theme": .optional(theme),
            "items": .strings(items),
            "count": .int(items.count),
            "values": .array(values.map(\.json)),
            "unaddressed": .int(unaddressed),
        ]
    }
}

/// Organizes ranked synthesized items by unit (rolled up the tree) and by theme.
enum ItemOrganizer {
    static func byUnit(_ items: [SynthesizedItem], tree: UnitTree) -> [UnitRollup] {
        var direct: [String: Set<String>] = [:]
        var rolled: [String: Set<String>] = [:]
        for item in items {
            for unit in Set(item.units.map { $0.lowercased() }) {
                direct[unit, default: []].insert(item.id)
                for key in tree.lineage(of: unit) { rolled[key, default: []].insert(item.id) }
            }
        }
        let rankOf = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func ranked(_ ids: Set<String>?) -> [String] {
            (ids ?? []).sorted { (rankOf[$0]?.rank ?? .max, $0) < (rankOf[$1]?.rank ?? .max, $1) }
        }

        var result: [UnitRollup] = []
        for key in treeOrder(tree, extra: Set(direct.keys)) {
            let members = ranked(rolled[key]).compactMap { rankOf[$0] }
            result.append(UnitRollup(
                unit: tree.displayID(key),
                title: tree.title(key),
                parent: tree.parent(of: key).map(tree.displayID),
                depth: tree.ancestors(of: key).count,
                items: ranked(direct[key]),
                rolledUp: members.map(\.id),
                values: ValueTotal.merged(members.map(\.values)),
                highPriority: members.count { $0.priority == .high },
                unaddressed: members.count { !$0.isAddressed }
            ))
        }
        return result
    }

    /// Depth-first, children sorted by key; units only reachable through a cycle come
    /// last, sorted, so every unit appears exactly once.
    private static func treeOrder(_ tree: UnitTree, extra: Set<String>) -> [String] {
        let keys = Set(tree.allKeys).union(extra)
        var children: [String: [String]] = [:]
        var roots: [String] = []
        for key in keys.sorted() {
            if let parent = tree.parent(of: key), keys.contains(parent) {
                children[parent, default: []].append(key)
            } else {
                roots.append(key)
            }
        }
        var order: [String] = []
        var seen: Set<String> = []
        var stack = roots.reversed().map { $0 }
        while let key = stack.popLast() {
            guard seen.insert(key).inserted else { continue }
            order.append(key)
            stack += (children[key] ?? []).reversed()
        }
        order += keys.subtracting(seen).sorted()
        return order
    }

    static func byTheme(_ items: [SynthesizedItem]) -> [ThemeGroup] {
        var groups: [String: [SynthesizedItem]] = [:]
        var spellings: [String: [String: Int]] = [:]
        var unthemed: [SynthesizedItem] = []
        for item in items {
            if item.themes.isEmpty { unthemed.append(item) }
            for theme in item.themes {
                let key = TitleAnalyzer.fold(theme)
                groups[key, default: []].append(item)
                spellings[key, default: [:]][theme, default: 0] += 1
            }
        }
        func group(_ theme: String?, _ members: [SynthesizedItem]) -> ThemeGroup {
            ThemeGroup(
                theme: theme,
                items: members.map(\.id),
                values: ValueTotal.merged(members.map(\.values)),
                unaddressed: members.count { !$0.isAddressed }
            )
        }
        var result = groups.keys.map { key -> ThemeGroup in
            let spelling = (spellings[key] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? key
            return group(spelling, groups[key] ?? [])
        }
        result.sort { ($1.items.count, $0.theme ?? "") < ($0.items.count, $1.theme ?? "") }
        if !unthemed.isEmpty { result.append(group(nil, unthemed)) }
        return result
    }
}
