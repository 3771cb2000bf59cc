import Compiler
import PlanModel

/// The synthesized issues and opportunities as the pack shows them: the synthesis pass's
/// items (`compilation.synthesis`) grouped by unit in organization order, then by theme,
/// each entry with the source items it stands for.
///
/// Each item is listed once, under its own unit: the one unit its sources name, or the
/// nearest unit above all the units they name (the same concern raised by two plants
/// belongs to their division). A unit above it shows a roll-up count instead of the rows
/// again, so that a printed pack does not repeat a table per level. Items naming no unit
/// (or units in separate trees with no common unit) come last.
struct SynthesizedEntries {
    struct Entry {
        var item: SynthesizedItem
        var sources: [Item]
    }

    struct ThemeGroup {
        /// The theme as the synthesis spells it; nil for items without a theme.
        var theme: String?
        var entries: [Entry]
    }

    struct UnitGroup {
        /// The unit's model key; nil for the items naming no unit.
        var unit: String?
        var depth = 0
        /// Items under this unit and every unit below it.
        var rolledUp = 0
        var themes: [ThemeGroup]
        var count: Int { themes.reduce(0) { $0 + $1.entries.count } }
    }

    let groups: [UnitGroup]

    init(compilation: Compilation, language: String) {
        let model = compilation.model
        let synthesis = compilation.synthesis
        let itemsByKey = Dictionary(model.items.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

        func entry(_ item: SynthesizedItem) -> Entry {
            Entry(item: item, sources: item.members.compactMap { itemsByKey[$0.lowercased()] })
        }

        // Units in organization-tree order (the same order as the org chart).
        let tree = OrgTree(units: model.units)
        var parentOf: [Int: Int] = [:]
        for (index, node) in tree.nodes.enumerated() {
            for child in node.children { parentOf[child] = index }
        }
        let rank = Dictionary(tree.nodes.enumerated().map { ($1.unit.key, $0) }, uniquingKeysWith: { first, _ in first })
        func lineage(_ index: Int) -> [Int] {
            var path = [index]
            while let parent = parentOf[path[path.count - 1]], path.count <= tree.nodes.count { path.append(parent) }
            return path.reversed()
        }
        func home(of item: SynthesizedItem) -> Int? {
            let placed = Set(item.units.compactMap { rank[$0.lowercased()] }).sorted()
            guard var common = placed.first.map(lineage) else { return nil }
            for index in placed.dropFirst() {
                let other = lineage(index)
                common = Array(zip(common, other).prefix { $0 == $1 }.map(\.0))
                if common.isEmpty { return nil }
            }
            return common.last
        }

        var direct: [Int: [Entry]] = [:]
        var rolledUp = [Int](repeating: 0, count: tree.nodes.count)
        var unplaced: [Entry] = []
        for item in synthesis.items {
            guard let index = home(of: item) else {
                unplaced.append(entry(item))
                continue
            }
            direct[index, default: []].append(entry(item))
            for ancestor in lineage(index) { rolledUp[ancestor] += 1 }
        }
        var groups: [UnitGroup] = tree.nodes.indices.filter { rolledUp[$0] > 0 }.map { index in
            UnitGroup(
                unit: tree.nodes[index].unit.key, depth: tree.nodes[index].depth, rolledUp: rolledUp[index],
                themes: Self.byTheme(direct[index] ?? [], synthesis: synthesis, language: language))
        }
        if !unplaced.isEmpty {
            groups.append(UnitGroup(unit: nil, rolledUp: unplaced.count, themes: Self.byTheme(unplaced, synthesis: synthesis, language: language)))
        }
        self.groups = groups
    }

    /// Themes in the order of `synthesis.byTheme` (most items first), each item under the
    /// one theme group the synthesis put it in, named in the pack's language; entries keep
    /// their rank order.
    private static func byTheme(_ entries: [Entry], synthesis: SynthesisResult, language: String) -> [ThemeGroup] {
        var groupOf: [String: Int] = [:]
        for (index, group) in synthesis.byTheme.enumerated() {
            for item in group.items { groupOf[item] = index }
        }
        var members: [Int: [Entry]] = [:]
        for entry in entries { members[groupOf[entry.item.id] ?? Int.max, default: []].append(entry) }
        return members.keys.sorted().map { index in
            let theme = synthesis.byTheme.indices.contains(index) ? synthesis.byTheme[index].name(in: language) : nil
            return ThemeGroup(theme: theme, entries: (members[index] ?? []).sorted { $0.item.rank < $1.item.rank })
        }
    }
}

extension ValueTotal {
    /// `EUR 4.5M`, `2,2 Mio. EUR`: compact, in the pack's language, the same on every machine.
    func compactText(_ format: LocalizedFormat) -> String {
        format.amount(value, unit: unit)
    }
}
