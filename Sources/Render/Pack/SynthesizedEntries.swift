import Compiler
import PlanModel

/// The synthesized issues and opportunities as the pack shows them: the synthesis pass's
/// items (`compilation.synthesis`) grouped by unit in organization order, then by theme,
/// each entry with the source items it stands for and why they were merged.
///
/// An item whose sources name several units is listed under each of them: a unit's table
/// must show everything raised for it. Items naming no unit come last.
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
        var themes: [ThemeGroup]
    }

    let groups: [UnitGroup]

    init(compilation: Compilation, language: String) {
        let model = compilation.model
        let synthesis = compilation.synthesis
        let itemsByKey = Dictionary(model.items.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(synthesis.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        func entry(_ item: SynthesizedItem) -> Entry {
            Entry(item: item, sources: item.members.compactMap { itemsByKey[$0.lowercased()] })
        }

        // Units in organization-tree order (the same order as the org chart); a unit the
        // tree does not know (a dangling reference) after them, by key.
        let treeOrder = OrgTree(units: model.units).nodes.map(\.unit.key)
        let rank = Dictionary(treeOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let rollups = synthesis.byUnit.filter { !$0.items.isEmpty }.sorted { lhs, rhs in
            let l = (rank[lhs.unit.lowercased()] ?? Int.max, lhs.unit.lowercased())
            let r = (rank[rhs.unit.lowercased()] ?? Int.max, rhs.unit.lowercased())
            return l < r
        }
        var groups = rollups.map { rollup in
            UnitGroup(unit: rollup.unit.lowercased(), themes: Self.byTheme(rollup.items.compactMap { byID[$0] }.map(entry), synthesis: synthesis, language: language))
        }
        let unplaced = synthesis.items.filter(\.units.isEmpty)
        if !unplaced.isEmpty {
            groups.append(UnitGroup(unit: nil, themes: Self.byTheme(unplaced.map(entry), synthesis: synthesis, language: language)))
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
