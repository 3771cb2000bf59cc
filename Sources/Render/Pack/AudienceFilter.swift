import Compiler
import PlanModel

extension Compilation {
    /// The compilation as `audience` may see it. For the customer: no entity marked
    /// `Visibility: internal`, nothing that only exists under one (a strategy of an
    /// internal goal, the actions of an internal tactic, the sub-units of an internal
    /// unit, the items and stakeholders of an internal unit), no reference or person
    /// pointing at something left out, no Notes section, no diagnostics and no source
    /// texts. Every renderer works from this, so no output can leak what another hides.
    public func filtered(for audience: Audience) -> Compilation {
        guard audience == .customer else { return self }
        var result = self
        let hidden = HiddenEntities(model: model)
        result.model = hidden.apply(to: model)
        result.files = files.map { hidden.apply(to: $0) }
        result.synthesis = Synthesizer(config: workspace.config).synthesize(result.model)
        result.synthesis.diagnostics = []
        result.diagnostics = []
        result.sources = [:]
        return result
    }
}

/// The keys of everything a customer build leaves out, computed once over the model so
/// that a file's entities and the linked model are filtered alike.
struct HiddenEntities {
    var members: Set<String> = []
    var units: Set<String> = []
    var stakeholders: Set<String> = []
    var items: Set<String> = []
    var goals: Set<String> = []
    var strategies: Set<String> = []
    var tactics: Set<String> = []
    var actions: Set<String> = []

    init(model: AccountModel) {
        members = Set(model.team.filter(\.isInternal).map(\.key))

        // Sub-units of an internal unit go with it: walk the tree down from each.
        var children: [String: [String]] = [:]
        for unit in model.units {
            if let parent = unit.parent { children[parent.key, default: []].append(unit.key) }
        }
        var pending = model.units.filter(\.isInternal).map(\.key)
        while let next = pending.popLast() {
            guard units.insert(next).inserted else { continue }
            pending += children[next] ?? []
        }

        stakeholders = Set(model.stakeholders.filter { $0.isInternal || $0.unit.map { units.contains($0.key) } == true }.map(\.key))
        items = Set(model.items.filter { $0.isInternal || $0.unit.map { units.contains($0.key) } == true }.map(\.key))
        goals = Set(model.goals.filter(\.isInternal).map(\.key))
        strategies = Set(model.strategies.filter { $0.isInternal || $0.goal.map { goals.contains($0.key) } == true }.map(\.key))
        tactics = Set(model.tactics.filter { $0.isInternal || $0.strategy.map { strategies.contains($0.key) } == true }.map(\.key))
        actions = Set(model.actions.filter {
            $0.isInternal || $0.strategy.map { strategies.contains($0.key) } == true || $0.tactic.map { tactics.contains($0.key) } == true
        }.map(\.key))
    }

    func apply(to model: AccountModel) -> AccountModel {
        var result = model
        result.team = model.team.filter { !members.contains($0.key) }
        result.units = model.units.filter { !units.contains($0.key) }.map(clean)
        result.stakeholders = model.stakeholders.filter { !stakeholders.contains($0.key) }.map(clean)
        result.items = model.items.filter { !items.contains($0.key) }.map(clean)
        result.goals = model.goals.filter { !goals.contains($0.key) }.map(clean)
        result.strategies = model.strategies.filter { !strategies.contains($0.key) }.map(clean)
        result.tactics = model.tactics.filter { !tactics.contains($0.key) }.map(clean)
        result.actions = model.actions.filter { !actions.contains($0.key) }.map(clean)
        result.prose = model.prose.filter { !$0.isNotes }
        result.sources = model.sources.map(clean)
        return result
    }

    func apply(to file: GuideFile) -> GuideFile {
        var result = file
        result.frontMatter.authors = file.frontMatter.authors.filter { !members.contains($0.key) }
        result.members = file.members.filter { !members.contains($0.key) }
        result.units = file.units.filter { !units.contains($0.key) }.map(clean)
        result.unitReferences = file.unitReferences.filter { !units.contains($0.target.key) && $0.parent.map { units.contains($0.key) } != true }
        result.stakeholders = file.stakeholders.filter { !stakeholders.contains($0.key) }.map(clean)
        result.items = file.items.filter { !items.contains($0.key) }.map(clean)
        result.goals = file.goals.filter { !goals.contains($0.key) }.map(clean)
        result.strategies = file.strategies.filter { !strategies.contains($0.key) }.map(clean)
        result.tactics = file.tactics.filter { !tactics.contains($0.key) }.map(clean)
        result.actions = file.actions.filter { !actions.contains($0.key) }.map(clean)
        result.prose = file.prose.filter { !$0.isNotes }
        return result
    }

    private func people(_ refs: [PersonRef]) -> [PersonRef] { refs.filter { !members.contains($0.key) } }
    private func visible(_ refs: [Reference], in hidden: Set<String>...) -> [Reference] {
        refs.filter { ref in !hidden.contains { $0.contains(ref.key) } }
    }

    private func clean(_ source: SourceFileInfo) -> SourceFileInfo {
        var source = source
        source.authors = source.authors.filter { !members.contains($0.lowercased()) }
        return source
    }

    private func clean(_ unit: OrgUnit) -> OrgUnit {
        var unit = unit
        unit.coveredBy = people(unit.coveredBy)
        return unit
    }

    private func clean(_ stakeholder: Stakeholder) -> Stakeholder {
        var stakeholder = stakeholder
        stakeholder.coveredBy = people(stakeholder.coveredBy)
        return stakeholder
    }

    private func clean(_ item: Item) -> Item {
        var item = item
        item.raisedBy = people(item.raisedBy)
        item.sameAs = visible(item.sameAs, in: items)
        item.notSameAs = visible(item.notSameAs, in: items)
        return item
    }

    private func clean(_ goal: Goal) -> Goal {
        var goal = goal
        goal.sponsors = people(goal.sponsors)
        return goal
    }

    private func clean(_ strategy: Strategy) -> Strategy {
        var strategy = strategy
        strategy.owners = people(strategy.owners)
        strategy.addresses = visible(strategy.addresses, in: items, units, goals, strategies, tactics, actions, stakeholders)
        strategy.units = visible(strategy.units, in: units)
        return strategy
    }

    private func clean(_ tactic: Tactic) -> Tactic {
        var tactic = tactic
        tactic.owners = people(tactic.owners)
        return tactic
    }

    private func clean(_ action: ActionItem) -> ActionItem {
        var action = action
        action.owners = people(action.owners)
        return action
    }
}
