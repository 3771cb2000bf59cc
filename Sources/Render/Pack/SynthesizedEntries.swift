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

    init(compilation: Compilation) {
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
            UnitGroup(unit: rollup.unit.lowercased(), themes: Self.byTheme(rollup.items.compactMap { byID[$0] }.map(entry), synthesis: synthesis))
        }
        let unplaced = synthesis.items.filter(\.units.isEmpty)
        if !unplaced.isEmpty {
            groups.append(UnitGroup(unit: nil, themes: Self.byTheme(unplaced.map(entry), synthesis: synthesis)))
        }
        self.groups = groups
    }

    /// Themes in the order of `synthesis.byTheme` (most items first), an item under its
    /// first theme in that order; entries keep their rank order.
    private static func byTheme(_ entries: [Entry], synthesis: SynthesisResult) -> [ThemeGroup] {
        // Case-insensitively, as the synthesis groups them; shown in its spelling.
        let order = synthesis.byTheme.compactMap(\.theme)
        let position = Dictionary(order.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let spelling = Dictionary(order.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        func place(_ theme: String) -> (Int, String) { (position[theme.lowercased()] ?? Int.max, theme.lowercased()) }
        var groups: [String?: [Entry]] = [:]
        for entry in entries {
            let theme = entry.item.themes.min { place($0) < place($1) }.map { spelling[$0.lowercased()] ?? $0 }
            groups[theme, default: []].append(entry)
        }
        let themes = groups.keys.sorted { lhs, rhs in
            switch (lhs, rhs) {
            case (nil, _): false
            case (_, nil): true
            case let (l?, r?): place(l) < place(r)
            }
        }
        return themes.map { theme in
            ThemeGroup(theme: theme, entries: (groups[theme] ?? []).sorted { $0.item.rank < $1.item.rank })
        }
    }
}

extension ValueTotal {
    /// `EUR 4.5M`, `USD 210k`, `12 %`: compact, and the same on every machine (no locale).
    var compactText: String {
        let magnitude = abs(value)
        let (scaled, suffix): (Double, String) = magnitude >= 1_000_000 ? (value / 1_000_000, "M") : magnitude >= 10_000 ? (value / 1_000, "k") : (value, "")
        var number = String((scaled * 10).rounded() / 10)
        if number.hasSuffix(".0") { number.removeLast(2) }
        number += suffix
        guard let unit else { return number }
        let isCurrency = unit.count == 3 && unit.allSatisfy { $0.isASCII && $0.isUppercase }
        return isCurrency ? "\(unit) \(number)" : "\(number) \(unit)"
    }
}
