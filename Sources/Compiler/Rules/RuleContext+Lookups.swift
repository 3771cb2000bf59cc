import Diagnostics
import PlanModel

/// Indexes several rules need. Each is built in one pass over the model, so a rule that
/// uses a few of them stays linear.
extension RuleContext {
    /// Handles of the team members, lower-cased.
    var memberKeys: Set<String> { Set(model.team.map(\.key)) }

    /// How many different values the team has for a member attribute (function, country),
    /// compared case-insensitively, and the first value as written, for the message.
    func teamVariety(of attribute: KeyPath<Member, String?>) -> (count: Int, first: String?) {
        var distinct = Set<String>()
        for member in model.team {
            if let value = member[keyPath: attribute]?.trimmedLowercased, !value.isEmpty { distinct.insert(value) }
        }
        return (distinct.count, model.team.lazy.compactMap { $0[keyPath: attribute] }.first)
    }

    /// Whether any of `people` is a member of the team.
    func coversSomeMember(_ people: [PersonRef], members: Set<String>) -> Bool {
        people.contains { members.contains($0.key) }
    }

    /// Strategies by the key of the goal they belong to, in model order.
    var strategiesByGoal: [String: [Strategy]] {
        var result: [String: [Strategy]] = [:]
        for strategy in model.strategies {
            guard let goal = strategy.goal else { continue }
            result[goal.key, default: []].append(strategy)
        }
        return result
    }

    /// The key of the strategy an action belongs to: its own `strategy`, else its
    /// tactic's (the linker usually fills this in; the rules do not rely on it).
    var strategyKeyOfAction: (ActionItem) -> String? {
        var tacticStrategy: [String: String] = [:]
        for tactic in model.tactics {
            if let strategy = tactic.strategy { tacticStrategy[tactic.key] = strategy.key }
        }
        return { action in
            if let strategy = action.strategy { return strategy.key }
            return action.tactic.flatMap { tacticStrategy[$0.key] }
        }
    }

    /// The global (workshop) file, for findings about the whole account.
    var globalFileLocation: SourceLocation? {
        let path = files.first(where: \.isGlobal)?.path ?? model.sources.first(where: \.isGlobal)?.path
        return path.map { SourceLocation(file: $0, line: 1, column: 1) }
    }

    /// The `updated` date of each file's front matter, by path.
    var updatedByFile: [String: PlanDate] {
        var result: [String: PlanDate] = [:]
        for file in files {
            if let updated = file.frontMatter.updated { result[file.path] = updated }
        }
        for source in model.sources where result[source.path] == nil {
            if let updated = source.updated { result[source.path] = updated }
        }
        return result
    }
}

extension ActionItem {
    /// Where an attribute was written, else the action's title line.
    func location(of attribute: String) -> SourceLocation {
        attributeLocations[attribute] ?? location
    }
}
