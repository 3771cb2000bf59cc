import APGJSON
import PlanModel
import Vocabulary

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

/// The synthesized items sharing a theme. Themes are grouped by the concepts they name
/// (`Qualität`, `quality`, `qualité` and `品質` are one theme), else by their folded
/// spelling; each item is in exactly one group, so a table's totals count it once.
public struct ThemeGroup: Sendable, Hashable {
    /// The theme as most items spell it; nil for the items without a theme.
    public var theme: String?
    /// The concepts the theme names, sorted; empty when it names none.
    public var concepts: [String] = []
    /// The theme's name per language: the authors' commonest spelling in that language,
    /// else the concept data's word (first letter capitalized).
    public var names: [String: String] = [:]
    /// Every spelling the authors used, sorted.
    public var aliases: [String] = []
    public var items: [String]
    public var values: [ValueTotal]
    public var unaddressed: Int

    /// The theme's name in a language, else its commonest spelling.
    public func name(in language: String) -> String? { names[language] ?? theme }

    /// The authors' other spellings, beside the name shown.
    public func aliases(besides name: String?) -> [String] {
        aliases.filter { $0.lowercased() != name?.lowercased() }
    }

    var json: JSONValue {
        [
            "theme": .optional(theme),
            "concepts": .strings(concepts),
            "aliases": .strings(aliases),
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

    /// Groups by theme key (its concepts, else its folded spelling); an item goes to the
    /// key of its themes that most items share (ties: the lowest key), so it is counted
    /// once. Groups with more items first, then by key.
    static func byTheme(_ items: [SynthesizedItem], lexicon: ConceptLexicon = .bundled) -> [ThemeGroup] {
        // By concepts only when they say all the label says: `SiC supply` and `SiC skills`
        // share a concept but are different themes.
        func key(_ theme: String) -> (key: String, concepts: [String]) {
            let meaning = lexicon.analyze(theme)
            guard !meaning.concepts.isEmpty, meaning.rest.isEmpty else { return (TitleAnalyzer.fold(theme), []) }
            return ("concept:" + meaning.concepts.joined(separator: "+"), meaning.concepts)
        }
        var keysOf: [String: [String]] = [:]
        var conceptsOf: [String: [String]] = [:]
        var popularity: [String: Int] = [:]
        for item in items {
            let keys = Set(item.themes.map { theme -> String in
                let found = key(theme)
                conceptsOf[found.key] = found.concepts
                return found.key
            }.filter { !$0.isEmpty })
            keysOf[item.id] = keys.sorted()
            for key in keys { popularity[key, default: 0] += 1 }
        }
        var groups: [String: [SynthesizedItem]] = [:]
        var spellings: [String: [String: Int]] = [:]
        var spellingsByLanguage: [String: [String: [String: Int]]] = [:]
        var unthemed: [SynthesizedItem] = []
        for item in items {
            let keys = keysOf[item.id] ?? []
            guard let primary = keys.max(by: { (popularity[$0] ?? 0, $1) < (popularity[$1] ?? 0, $0) }) else {
                unthemed.append(item)
                continue
            }
            groups[primary, default: []].append(item)
            for theme in item.themes where key(theme).key == primary {
                spellings[primary, default: [:]][theme, default: 0] += 1
                for language in item.languages { spellingsByLanguage[primary, default: [:]][language, default: [:]][theme, default: 0] += 1 }
            }
        }
        func commonest(_ counts: [String: Int]) -> String? {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
        }
        func group(_ theme: String?, _ members: [SynthesizedItem]) -> ThemeGroup {
            ThemeGroup(
                theme: theme,
                items: members.map(\.id),
                values: ValueTotal.merged(members.map(\.values)),
                unaddressed: members.count { !$0.isAddressed }
            )
        }
        let keys = groups.keys.sorted { ((groups[$1] ?? []).count, $0) < ((groups[$0] ?? []).count, $1) }
        var result = keys.map { key -> ThemeGroup in
            var themeGroup = group(commonest(spellings[key] ?? [:]) ?? key, groups[key] ?? [])
            let concepts = conceptsOf[key] ?? []
            themeGroup.concepts = concepts
            themeGroup.aliases = (spellings[key] ?? [:]).keys.sorted()
            for language in ConceptLexicon.languages {
                if let written = commonest(spellingsByLanguage[key]?[language] ?? [:]) {
                    themeGroup.names[language] = written
                } else if !concepts.isEmpty {
                    themeGroup.names[language] = concepts.map { capitalized(lexicon.label(of: $0, language: language)) }.joined(separator: " / ")
                }
            }
            return themeGroup
        }
        if !unthemed.isEmpty { result.append(group(nil, unthemed)) }
        return result
    }

    private static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
