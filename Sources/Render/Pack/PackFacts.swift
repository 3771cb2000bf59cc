import Compiler
import Diagnostics
import PlanModel

/// Facts every pack output derives the same way: the pack's date, codes, the org tree,
/// the action order. Nothing here reads the clock.
struct PackFacts {
    let compilation: Compilation
    var model: AccountModel { compilation.model }

    /// The newest `updated` date of the contributing files, else the compilation's as-of date.
    var date: PlanDate {
        model.sources.compactMap(\.updated).max() ?? compilation.asOf
    }

    /// Countries and regions that contributed a file, sorted.
    var countries: [String] {
        Array(Set(model.sources.compactMap { $0.country ?? $0.region })).sorted()
    }

    /// The global file's language, else English.
    var defaultLanguage: String {
        model.sources.first(where: \.isGlobal)?.language ?? "en"
    }

    /// Actions in plan order: by goal, strategy, tactic, then model order.
    var orderedActions: [ActionItem] {
        let goalRank = rankMap(model.goals.map(\.key))
        let strategyRank = rankMap(model.strategies.map(\.key))
        let strategyGoal = Dictionary(model.strategies.map { ($0.key, $0.goal?.key ?? "") }, uniquingKeysWith: { a, _ in a })
        let tacticRank = rankMap(model.tactics.map(\.key))
        return model.actions.enumerated().sorted { lhs, rhs in
            func key(_ action: ActionItem, _ index: Int) -> [Int] {
                let strategy = action.strategy?.key ?? ""
                return [goalRank[strategyGoal[strategy] ?? ""] ?? Int.max, strategyRank[strategy] ?? Int.max,
                        action.tactic.flatMap { tacticRank[$0.key] } ?? Int.max, index]
            }
            return key(lhs.element, lhs.offset).lexicographicallyPrecedes(key(rhs.element, rhs.offset))
        }.map(\.element)
    }

    private func rankMap(_ keys: [String]) -> [String: Int] {
        Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// `AccountModel.origin(of:)` through a dictionary: that one searches the sources, and
/// renderers ask once per entity, which made them quadratic in the number of files.
struct SourceOrigins {
    private let byPath: [String: String?]

    init(model: AccountModel) {
        byPath = Dictionary(model.sources.map { ($0.path, $0.country ?? $0.region) }, uniquingKeysWith: { first, _ in first })
    }

    func origin(of location: SourceLocation) -> String? {
        byPath[location.file] ?? nil
    }
}

/// The code shown for an entity (`G1`, `S1.1`, `DE-I1`); explicit `{#id}`s and slugs
/// are plumbing for references, not labels, and are not shown.
func code(of entity: some Entity) -> String {
    entity.idSource == .code ? entity.id : ""
}

/// `G1: Double design wins`, or just the title when there is no code.
func codedTitle(of entity: some Entity) -> String {
    let code = code(of: entity)
    return code.isEmpty ? entity.title : "\(code): \(entity.title)"
}

/// People as a pack shows them: `@handle`s, or in a customer edition (where each
/// reference already carries the member's name) names.
func handles(_ people: [PersonRef], in compilation: Compilation) -> String {
    people.map { compilation.isCustomerEdition ? $0.handle : "@\($0.handle)" }.joined(separator: ", ")
}

/// An id usable as an HTML anchor and Mermaid node name: ASCII letters, digits and `-`.
func anchor(_ prefix: String, _ id: String) -> String {
    var result = prefix + "-"
    for scalar in id.lowercased().unicodeScalars {
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            result.unicodeScalars.append(scalar)
        } else {
            result += "_\(scalar.value)_"
        }
    }
    return result
}
