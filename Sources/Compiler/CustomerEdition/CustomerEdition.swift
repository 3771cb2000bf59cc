import Diagnostics
import PlanModel

/// What a customer edition contains: the one allow-list every output of every command
/// goes through (`apg build`, `apg report`, the owner sheets and calendars). The README's
/// table "What the customer edition shows" says the same in words; keep them together.
///
/// Shown by default: the account, the vision, goals (title, metric, baseline, target,
/// due), selected strategies with their tactics and actions (title, owners by name, due,
/// milestones, status), the organization map (units, type, country, key themes), the
/// timeline, the team by name and function. Shown only when the entity is marked
/// `Visibility: customer`: issues and opportunities (and everything synthesized from them)
/// and stakeholders (name, job title, unit). Never shown: anything marked
/// `Visibility: internal` and what lies under it, proposed and rejected strategies,
/// buying roles, stances, coverage, contact dates, values, priorities, merge evidence,
/// custom fields not listed in `customer-fields:`, notes and unknown sections,
/// diagnostics, history-line comments, handles and e-mail addresses.
///
/// Everything not named here is cleared, so a field added to the model later stays out
/// of customer outputs until it is added here on purpose.
public struct CustomerEdition: Sendable {
    /// The compilation as the customer may see it.
    public private(set) var compilation: Compilation
    /// Names, codes, titles and amounts of what was left out, for the free-text leak check.
    public private(set) var leftOut: [LeftOutText] = []

    public init(_ full: Compilation) {
        let model = full.model
        let config = full.workspace.config
        let shown = ShownEntities(model: model)
        let names = Self.customerNames(of: model.team)
        var edited = AccountModel(account: model.account)
        let fields = Set(config.customerFields.map { $0.lowercased() })
        func customFields(_ list: [CustomField]) -> [CustomField] { list.filter { fields.contains($0.key.lowercased()) } }
        func people(_ refs: [PersonRef]) -> [PersonRef] {
            refs.compactMap { ref in
                guard shown.members.contains(ref.key), let name = names[ref.key] else { return nil }
                return PersonRef(handle: name, location: ref.location)
            }
        }
        func references(_ refs: [Reference]) -> [Reference] { refs.filter { shown.contains($0.key) } }

        edited.sources = model.sources.map { source in
            var source = source
            source.authors = source.authors.compactMap { shown.members.contains($0.lowercased()) ? names[$0.lowercased()] : nil }
            return source
        }
        edited.team = model.team.filter { shown.members.contains($0.key) }.map { member in
            var shownMember = Member(id: names[member.key] ?? member.title, title: member.title, location: member.location)
            shownMember.visibility = .customer
            shownMember.idSource = member.idSource
            shownMember.function = member.function
            shownMember.customFields = customFields(member.customFields)
            return shownMember
        }
        edited.units = model.units.filter { shown.units.contains($0.key) }.map { unit in
            var shownUnit = OrgUnit(id: unit.id, title: unit.title, idSource: unit.idSource, location: unit.location)
            shownUnit.visibility = .customer
            shownUnit.parent = unit.parent.flatMap { shown.units.contains($0.key) ? $0 : nil }
            shownUnit.type = unit.type
            shownUnit.country = unit.country
            shownUnit.themes = unit.themes
            shownUnit.customFields = customFields(unit.customFields)
            return shownUnit
        }
        edited.stakeholders = model.stakeholders.filter { shown.stakeholders.contains($0.key) }.map { person in
            var shownPerson = Stakeholder(id: person.id, title: person.title, idSource: person.idSource, location: person.location)
            shownPerson.visibility = .customer
            shownPerson.jobTitle = person.jobTitle
            shownPerson.unit = person.unit.flatMap { shown.units.contains($0.key) ? $0 : nil }
            shownPerson.customFields = customFields(person.customFields)
            return shownPerson
        }
        edited.items = model.items.filter { shown.items.contains($0.key) }.map { item in
            var shownItem = Item(id: item.id, title: item.title, idSource: item.idSource, location: item.location)
            shownItem.visibility = .customer
            shownItem.kind = item.kind
            shownItem.unit = item.unit.flatMap { shown.units.contains($0.key) ? $0 : nil }
            shownItem.themes = item.themes
            shownItem.raisedBy = people(item.raisedBy)
            shownItem.products = item.products
            shownItem.sameAs = references(item.sameAs)
            shownItem.notSameAs = references(item.notSameAs)
            shownItem.countries = item.countries
            shownItem.language = item.language
            shownItem.customFields = customFields(item.customFields)
            return shownItem
        }
        edited.vision = model.vision
        edited.goals = model.goals.filter { shown.goals.contains($0.key) }.map { goal in
            var shownGoal = Goal(id: goal.id, title: goal.title, idSource: goal.idSource, location: goal.location)
            shownGoal.visibility = .customer
            shownGoal.metric = goal.metric
            shownGoal.baseline = goal.baseline
            shownGoal.target = goal.target
            shownGoal.due = goal.due
            shownGoal.customFields = customFields(goal.customFields)
            return shownGoal
        }
        edited.strategies = model.strategies.filter { shown.strategies.contains($0.key) }.map { strategy in
            var shownStrategy = Strategy(id: strategy.id, title: strategy.title, idSource: strategy.idSource, location: strategy.location)
            shownStrategy.visibility = .customer
            shownStrategy.goal = strategy.goal
            shownStrategy.status = strategy.status
            shownStrategy.addresses = references(strategy.addresses)
            shownStrategy.units = references(strategy.units)
            shownStrategy.owners = people(strategy.owners)
            shownStrategy.history = Self.statusOnly(strategy.history)
            shownStrategy.customFields = customFields(strategy.customFields)
            return shownStrategy
        }
        edited.tactics = model.tactics.filter { shown.tactics.contains($0.key) }.map { tactic in
            var shownTactic = Tactic(id: tactic.id, title: tactic.title, idSource: tactic.idSource, location: tactic.location)
            shownTactic.visibility = .customer
            shownTactic.strategy = tactic.strategy
            shownTactic.owners = people(tactic.owners)
            shownTactic.history = Self.statusOnly(tactic.history)
            shownTactic.customFields = customFields(tactic.customFields)
            return shownTactic
        }
        edited.actions = model.actions.filter { shown.actions.contains($0.key) }.map { action in
            var shownAction = ActionItem(id: action.id, title: action.title, idSource: action.idSource, location: action.location)
            shownAction.visibility = .customer
            shownAction.checked = action.checked
            shownAction.strategy = action.strategy
            shownAction.tactic = action.tactic
            shownAction.owners = people(action.owners)
            shownAction.due = action.due
            shownAction.milestones = action.milestones
            shownAction.status = action.status
            shownAction.done = action.done
            shownAction.history = Self.statusOnly(action.history)
            shownAction.customFields = customFields(action.customFields)
            return shownAction
        }

        var result = full
        result.model = edited
        result.files = []
        result.sources = [:]
        // The workshop's agenda names its owners as the edition names people: by name, and
        // not at all when the member is not shown.
        if var workshop = config.workshop {
            workshop.agenda = workshop.agenda.map { slot in
                var slot = slot
                slot.owner = slot.owner.flatMap { owner in shown.members.contains(owner.lowercased()) ? names[owner.lowercased()] : nil }
                return slot
            }
            result.workspace.config.workshop = workshop
        }
        result.diagnostics = []
        var synthesis = Synthesizer(config: config).synthesize(edited)
        synthesis.diagnostics = []
        // How items were merged is the team's own reasoning, not the customer's.
        synthesis.items = synthesis.items.map { item in
            var item = item
            item.reason = ""
            item.merges = []
            return item
        }
        result.synthesis = synthesis
        result.isCustomerEdition = true
        compilation = result
        leftOut = LeftOutText.collect(model: model, shown: shown, customerFields: fields)
    }

    /// The name each team member goes by in a customer edition, by handle key: the
    /// member's name (numbered when two share one), so no output shows a handle.
    public static func customerNames(of team: [Member]) -> [String: String] {
        var names: [String: String] = [:]
        var taken: [String: Int] = [:]
        for member in team where names[member.key] == nil {
            let count = (taken[member.title.lowercased()] ?? 0) + 1
            taken[member.title.lowercased()] = count
            names[member.key] = count == 1 ? member.title : "\(member.title) (\(count))"
        }
        return names
    }

    /// Whether an entity left unmarked is shown: stakeholders, issues and opportunities
    /// only when opted in, everything else unless opted out.
    public static func showsUnmarked(_ entity: some Entity) -> Bool {
        !(entity is Stakeholder || entity is Item)
    }

    /// The visibility an entity has in effect: as written, else its kind's default.
    public static func effectiveVisibility(of entity: some Entity) -> Visibility {
        entity.visibility ?? (showsUnmarked(entity) ? .customer : .internal)
    }

    /// History lines keep their date and status word (the follow-up status reads them);
    /// the comment after it is the team's.
    static func statusOnly(_ history: [HistoryEntry]) -> [HistoryEntry] {
        history.map { HistoryEntry(date: $0.date, status: $0.status, text: "", location: $0.location) }
    }
}

extension Compilation {
    /// The customer edition of this compilation (see `CustomerEdition`).
    public var customerEdition: CustomerEdition { CustomerEdition(self) }
}
