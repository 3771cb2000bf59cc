import PlanModel

/// The keys of the entities a customer edition shows, decided once over the linked model
/// by `CustomerEdition`'s allow-list. What hangs under a left-out entity goes with it.
struct ShownEntities {
    var members: Set<String> = []
    var units: Set<String> = []
    var stakeholders: Set<String> = []
    var items: Set<String> = []
    var goals: Set<String> = []
    var strategies: Set<String> = []
    var tactics: Set<String> = []
    var actions: Set<String> = []

    init(model: AccountModel) {
        members = Set(model.team.filter { !$0.isInternal }.map(\.key))

        // A unit under an internal unit is left out with it: walk down from each root
        // that is shown, never into an internal unit.
        var children: [String: [String]] = [:]
        let known = Set(model.units.map(\.key))
        var roots: [String] = []
        for unit in model.units {
            if let parent = unit.parent, known.contains(parent.key) {
                children[parent.key, default: []].append(unit.key)
            } else {
                roots.append(unit.key)
            }
        }
        let internalUnits = Set(model.units.filter(\.isInternal).map(\.key))
        var pending = roots.filter { !internalUnits.contains($0) }
        while let next = pending.popLast() {
            guard units.insert(next).inserted else { continue }
            pending += (children[next] ?? []).filter { !internalUnits.contains($0) }
        }

        let units = units
        func inShownUnit(_ unit: Reference?) -> Bool { unit.map { units.contains($0.key) || !known.contains($0.key) } ?? true }
        stakeholders = Set(model.stakeholders.filter { $0.isMarkedForCustomer && inShownUnit($0.unit) }.map(\.key))
        items = Set(model.items.filter { $0.isMarkedForCustomer && inShownUnit($0.unit) }.map(\.key))
        goals = Set(model.goals.filter { !$0.isInternal }.map(\.key))
        let goals = goals
        // Proposed and rejected strategies are the team's deliberation: never shown.
        strategies = Set(model.strategies.filter { strategy in
            !strategy.isInternal && strategy.status == .selected && strategy.goal.map { goals.contains($0.key) } != false
        }.map(\.key))
        let strategies = strategies
        tactics = Set(model.tactics.filter { tactic in
            !tactic.isInternal && tactic.strategy.map { strategies.contains($0.key) } == true
        }.map(\.key))
        let tactics = tactics
        actions = Set(model.actions.filter { action in
            !action.isInternal && action.strategy.map { strategies.contains($0.key) } == true
                && action.tactic.map { tactics.contains($0.key) } != false
        }.map(\.key))
    }

    /// Whether a reference names a shown entity of any kind.
    func contains(_ key: String) -> Bool {
        units.contains(key) || items.contains(key) || goals.contains(key) || strategies.contains(key)
            || tactics.contains(key) || actions.contains(key) || stakeholders.contains(key)
    }
}
