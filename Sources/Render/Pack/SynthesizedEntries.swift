import Compiler
import PlanModel

/// The issues and opportunities as the pack shows them: grouped by unit and theme,
/// each entry listing the items it stands for.
///
/// Until the synthesis pass publishes its clusters on `SynthesisResult`, every item is
/// its own entry (`isSynthesized == false`, and the pack says so). When clusters land,
/// only `entries` changes: one entry per cluster with all its items as sources and the
/// pass's explanation of the merge.
struct SynthesizedEntries {
    struct Entry {
        var code: String
        var title: String
        var kind: ItemKind?
        var priority: Priority?
        var countries: [String]
        var value: String
        var products: [String]
        var unit: String?
        var theme: String?
        var sources: [Item]
        var explanation: String
    }

    struct ThemeGroup {
        var theme: String?
        var entries: [Entry]
    }

    struct UnitGroup {
        /// The unit's key; nil for items without a unit.
        var unit: String?
        var themes: [ThemeGroup]
    }

    let isSynthesized = false
    let groups: [UnitGroup]

    init(compilation: Compilation) {
        let model = compilation.model
        let entries = model.items.map { item in
            Entry(
                code: code(of: item),
                title: item.title,
                kind: item.kind,
                priority: item.priority,
                countries: item.countries.sorted(),
                value: item.value?.text ?? "",
                products: item.products,
                unit: item.unit?.key,
                theme: item.themes.first,
                sources: [item],
                explanation: ""
            )
        }
        // Units in organization-tree order, items without a unit last; themes sorted,
        // no theme last; entries by priority, then by how many countries raised them.
        let unitOrder = Dictionary(OrgTree(units: model.units).nodes.enumerated().map { ($1.unit.key, $0) }, uniquingKeysWith: { a, _ in a })
        var byUnit: [String?: [Entry]] = [:]
        for entry in entries { byUnit[entry.unit, default: []].append(entry) }
        let unitKeys = byUnit.keys.sorted { lhs, rhs in
            let l = lhs.map { unitOrder[$0] ?? Int.max - 1 } ?? Int.max
            let r = rhs.map { unitOrder[$0] ?? Int.max - 1 } ?? Int.max
            return l != r ? l < r : (lhs ?? "") < (rhs ?? "")
        }
        groups = unitKeys.map { unit in
            var byTheme: [String?: [Entry]] = [:]
            for entry in byUnit[unit] ?? [] { byTheme[entry.theme, default: []].append(entry) }
            let themes = byTheme.keys.sorted { lhs, rhs in
                switch (lhs, rhs) {
                case (nil, _): false
                case (_, nil): true
                case let (l?, r?): l.lowercased() < r.lowercased() || (l.lowercased() == r.lowercased() && l < r)
                }
            }
            return UnitGroup(unit: unit, themes: themes.map { theme in
                let ranked = (byTheme[theme] ?? []).enumerated().sorted { lhs, rhs in
                    let l = (lhs.element.priority?.rank ?? 0, lhs.element.countries.count)
                    let r = (rhs.element.priority?.rank ?? 0, rhs.element.countries.count)
                    return l != r ? l > r : lhs.offset < rhs.offset
                }.map(\.element)
                return ThemeGroup(theme: theme, entries: ranked)
            })
        }
    }
}
