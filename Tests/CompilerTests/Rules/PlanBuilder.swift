@testable import Compiler
import Diagnostics
import PlanModel

/// Builds an `AccountModel` and `RuleContext` in code, one entity per line of a pretend
/// `global.md`, so rule tests stay short. `PlanBuilder.sound()` is a small plan that
/// breaks no rule; each failing case changes one thing in it.
struct PlanBuilder {
    var model = AccountModel(account: "Bosch Group")
    var config = WorkspaceConfig()
    var files: [GuideFile] = []
    var asOf = date("2027-03-01")
    var file = "global.md"
    private var line = 1

    init() {}

    mutating func nextLocation() -> SourceLocation {
        line += 1
        return SourceLocation(file: file, line: line, column: 1)
    }

    func people(_ handles: [String], at location: SourceLocation) -> [PersonRef] {
        handles.map { PersonRef(handle: $0, location: location) }
    }

    func refs(_ ids: [String], at location: SourceLocation) -> [Reference] {
        ids.map { Reference(id: $0, location: location) }
    }

    @discardableResult
    mutating func member(_ handle: String, function: String? = "Sales", country: String? = "DE", _ configure: (inout Member) -> Void = { _ in }) -> Member {
        var member = Member(id: handle, title: handle.capitalized, location: nextLocation())
        member.function = function
        member.country = country
        configure(&member)
        model.team.append(member)
        return member
    }

    mutating func unit(_ id: String, themes: [String] = ["software-defined vehicle"], acquired: Int? = nil, coveredBy: [String] = [], _ configure: (inout OrgUnit) -> Void = { _ in }) {
        let location = nextLocation()
        var unit = OrgUnit(id: id, title: id.capitalized, idSource: .explicit, location: location)
        unit.themes = themes
        unit.acquired = acquired
        unit.coveredBy = people(coveredBy, at: location)
        configure(&unit)
        model.units.append(unit)
    }

    mutating func stakeholder(_ id: String, role: BuyingRole? = nil, stance: Stance? = nil, coveredBy: [String] = []) {
        let location = nextLocation()
        var stakeholder = Stakeholder(id: id, title: id.capitalized, idSource: .explicit, location: location)
        stakeholder.buyingRole = role
        stakeholder.stance = stance
        stakeholder.coveredBy = people(coveredBy, at: location)
        model.stakeholders.append(stakeholder)
    }

    mutating func item(_ id: String, priority: Priority? = .medium, kind: ItemKind = .issue, sameAs: [String] = []) {
        let location = nextLocation()
        var item = Item(id: id, title: "Item \(id)", idSource: .code, location: location)
        item.priority = priority
        item.kind = kind
        item.sameAs = refs(sameAs, at: location)
        model.items.append(item)
    }

    mutating func goal(_ id: String, metric: String? = "design wins per year", baseline: Double? = 6, target: Double? = 12, due: String? = "2028-12-31", sponsors: [String] = [], _ configure: (inout Goal) -> Void = { _ in }) {
        let location = nextLocation()
        var goal = Goal(id: id, title: "Goal \(id)", idSource: .code, location: location)
        goal.metric = metric
        goal.baseline = baseline.map { Quantity(value: $0, text: "\($0)") }
        goal.target = target.map { Quantity(value: $0, text: "\($0)") }
        goal.due = due.map(date)
        goal.sponsors = people(sponsors, at: location)
        configure(&goal)
        model.goals.append(goal)
    }

    mutating func strategy(_ id: String, goal: String, status: StrategyStatus? = .proposed, addresses: [String] = [], owners: [String] = []) {
        let location = nextLocation()
        var strategy = Strategy(id: id, title: "Strategy \(id)", idSource: .code, location: location)
        strategy.goal = Reference(id: goal, location: location)
        strategy.status = status
        strategy.addresses = refs(addresses, at: location)
        strategy.owners = people(owners, at: location)
        model.strategies.append(strategy)
    }

    mutating func tactic(_ id: String, strategy: String, owners: [String] = []) {
        let location = nextLocation()
        var tactic = Tactic(id: id, title: "Tactic \(id)", idSource: .code, location: location)
        tactic.strategy = Reference(id: strategy, location: location)
        tactic.owners = people(owners, at: location)
        model.tactics.append(tactic)
    }

    /// An action with every attribute on its own line, recorded in `attributeLocations`.
    mutating func action(
        _ id: String,
        strategy: String? = nil,
        tactic: String? = nil,
        owner: String? = "jweber",
        due: String? = "2027-04-15",
        metric: String? = "engineers attending",
        _ configure: (inout ActionItem, inout PlanBuilder) -> Void = { _, _ in }
    ) {
        let location = nextLocation()
        var action = ActionItem(id: id, title: "Action \(id)", idSource: .code, location: location)
        action.strategy = strategy.map { Reference(id: $0, location: location) }
        action.tactic = tactic.map { Reference(id: $0, location: location) }
        if let owner {
            let ownerLocation = nextLocation()
            action.owners = people([owner], at: ownerLocation)
            action.attributeLocations["owner"] = ownerLocation
        }
        if let due {
            action.due = date(due)
            action.attributeLocations["due"] = nextLocation()
        }
        if let metric {
            action.metric = metric
            action.attributeLocations["metric"] = nextLocation()
        }
        configure(&action, &self)
        model.actions.append(action)
    }

    mutating func milestone(_ day: String, on action: inout ActionItem) {
        action.milestones.append(Milestone(date: date(day), title: "milestone", location: nextLocation()))
    }

    mutating func history(_ day: String, _ status: ActionStatus?, on action: inout ActionItem) {
        action.history.append(HistoryEntry(date: date(day), status: status, text: "note", location: nextLocation()))
    }

    mutating func status(_ status: ActionStatus, on action: inout ActionItem) {
        action.status = status
        action.attributeLocations["status"] = nextLocation()
    }

    var context: RuleContext {
        RuleContext(model: model, files: files, config: config, synthesis: SynthesisResult(), asOf: asOf)
    }

    func diagnostics(of rule: some ValidationRule) -> [Diagnostic] {
        rule.check(context)
    }

    /// Two members from two functions and countries, one covered acquired unit, a
    /// covered decision maker, a goal with a selected and a rejected strategy, an owned,
    /// dated, measured and recently reviewed action: nothing for any rule to report.
    static func sound() -> PlanBuilder {
        var plan = PlanBuilder()
        plan.config.horizon = .init(start: date("2027-01-01"), end: date("2028-12-31"))
        plan.member("amueller", function: "Sales", country: "DE")
        plan.member("jweber", function: "Application Engineering", country: "US")
        plan.unit("bosch", coveredBy: ["amueller"])
        plan.unit("escrypt", acquired: 2012, coveredBy: ["jweber"])
        plan.stakeholder("kling", role: .decisionMaker, stance: .critic, coveredBy: ["amueller"])
        plan.item("I-07", priority: .high)
        plan.item("O-03", priority: .low, kind: .opportunity)
        plan.goal("G1", sponsors: ["amueller"])
        plan.strategy("S1.1", goal: "G1", status: .selected, addresses: ["I-07"], owners: ["amueller"])
        plan.strategy("S1.2", goal: "G1", status: .rejected)
        plan.tactic("T1.1.1", strategy: "S1.1", owners: ["jweber"])
        plan.action("A1", strategy: "S1.1", tactic: "T1.1.1") { action, plan in
            plan.milestone("2027-03-31", on: &action)
            plan.history("2027-02-20", .onTrack, on: &action)
        }
        return plan
    }
}

func date(_ text: String) -> PlanDate {
    switch PlanDate.parse(text) {
    case .success(let date): return date
    case .failure: preconditionFailure("bad test date \(text)")
    }
}
