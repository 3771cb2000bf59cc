import Diagnostics
import PlanModel

/// Where the plan stands on a given day (the follow-up report's first half): every
/// action's status with its overdue and due-soon flags, passed milestones, and roll-ups
/// per strategy, goal, owner and country.
public struct FollowUpStatus: Sendable {
    public struct Action: Sendable, Hashable {
        public var id: String
        public var title: String
        public var status: ActionStatus
        public var owners: [String]
        public var due: PlanDate?
        /// Neither done nor dropped, and the due date is before the as-of date.
        public var isOverdue: Bool
        /// Neither done nor dropped, and due within the review cadence from the as-of date.
        public var isDueSoon: Bool
        public var strategy: String?
        public var goal: String?
        /// The owner's country (`ActionCountries`): the first owner's with one in the
        /// Team section, else the defining file's country or region; nil when neither.
        public var country: String?
        public var location: SourceLocation
        /// The latest history line on or before the as-of date.
        public var latestNote: HistoryEntry?
        /// The history line that disagrees with `Status:`, which is the status shown.
        public var statusConflict: StatusConflict?

        public var isClosed: Bool { status.isClosed }

        /// The action's colour under `RAGStatus`'s rule; nil for a dropped one.
        public var rag: RAGStatus? {
            switch status {
            case .dropped: return nil
            case .done: return .green
            case .blocked: return .red
            default:
                if isOverdue { return .red }
                if status == .atRisk || isDueWithinAmberWindow { return .amber }
                return .green
            }
        }

        /// Not closed, and due within `RAGStatus.amberDays` of the as-of date.
        public var isDueWithinAmberWindow = false
        /// The language of the defining file (`de-DE`), which lines to paste into it use.
        public var fileLanguage: String?
    }

    /// `Status:` says one thing, the latest dated status line another (spec §5, v1.1).
    public struct StatusConflict: Sendable, Hashable {
        /// What `Status:` says: the action's status in the report.
        public var written: ActionStatus
        public var history: HistoryEntry
        /// The status word of `history`.
        public var historyStatus: ActionStatus

        /// "Status says open, history 2027-01-09 says at risk".
        public var summary: String {
            "Status says \(written.label), history \(history.date.written) says \(historyStatus.label)"
        }
    }

    public struct PassedMilestone: Sendable, Hashable {
        public var actionID: String
        public var title: String
        public var date: PlanDate
        /// Days between the milestone and the as-of date.
        public var daysLate: Int
        public var owners: [String]
    }

    /// Progress of a set of actions (a strategy's, a goal's).
    public struct Progress: Sendable, Hashable {
        public var done = 0
        /// Actions that count: every action but the dropped ones.
        public var total = 0
        public var dropped = 0
        public var overdue = 0
        /// The worst status among the actions that count; nil when there are none.
        public var worst: ActionStatus?
        /// Red if any action is red, amber if any is amber, else green (`RAGStatus`);
        /// nil when no action counts.
        public var rag: RAGStatus?

        mutating func add(_ action: Action) {
            if action.status == .dropped {
                dropped += 1
                return
            }
            total += 1
            if action.status == .done { done += 1 }
            if action.isOverdue { overdue += 1 }
            if worst.map({ action.status.severityRank > $0.severityRank }) ?? true { worst = action.status }
            if let colour = action.rag, rag.map({ colour > $0 }) ?? true { rag = colour }
        }
    }

    public struct StrategyRollUp: Sendable, Hashable {
        public var id: String
        public var title: String
        public var goal: String?
        public var status: StrategyStatus?
        public var progress: Progress
    }

    public struct GoalRollUp: Sendable, Hashable {
        public var id: String
        public var title: String
        public var metric: String?
        public var baseline: Quantity?
        public var target: Quantity?
        public var current: Quantity?
        public var due: PlanDate?
        public var progress: Progress

        /// How far the metric has come from baseline to target (0 at the baseline, 1 at the
        /// target), when all three are numbers in the same unit and target differs.
        public var metricProgress: Double? {
            guard let baseline, let target, let current, baseline.unit == target.unit, current.unit == target.unit,
                  target.value != baseline.value
            else { return nil }
            return (current.value - baseline.value) / (target.value - baseline.value)
        }
    }

    public struct OwnerRollUp: Sendable, Hashable {
        public var handle: String
        public var name: String?
        /// Neither done nor dropped.
        public var open = 0
        public var overdue = 0
        public var done = 0
    }

    public struct CountryRollUp: Sendable, Hashable {
        /// The owners' country (`Action.country`); nil for actions with none.
        public var country: String?
        public var open = 0
        public var overdue = 0
        public var done = 0
        public var dropped = 0
        /// At risk or blocked.
        public var atRiskOrBlocked = 0
        public var rag: RAGStatus?
    }

    public var asOf: PlanDate
    /// The review cadence that "due soon" looks ahead.
    public var dueSoonDays: Int
    /// In model order.
    public var actions: [Action]
    /// Oldest first.
    public var passedMilestones: [PassedMilestone]
    public var strategies: [StrategyRollUp]
    public var goals: [GoalRollUp]
    /// By handle.
    public var owners: [OwnerRollUp]
    /// Global first, then by code.
    public var countries: [CountryRollUp]
    /// Actions whose strategy (or its goal) is not in the model.
    public var unassigned: Progress
    /// True when made from a customer edition: owners are then people's names, not
    /// handles, and are shown without `@`.
    public var ownersAreNames = false

    public var overdue: [Action] { actions.filter(\.isOverdue) }
    public var dueSoon: [Action] { actions.filter(\.isDueSoon) }
    public var statusConflicts: [Action] { actions.filter { $0.statusConflict != nil } }
    /// At risk or blocked, the review meeting's first topic.
    public var atRiskOrBlocked: [Action] { actions.filter { $0.status == .atRisk || $0.status == .blocked } }

    /// Computes the status of `model` on `asOf`. Linear in the model's size.
    public init(model: AccountModel, asOf: PlanDate, dueSoonDays: Int) {
        self.asOf = asOf
        self.dueSoonDays = dueSoonDays

        var goalOfStrategy: [String: String] = [:]
        for strategy in model.strategies { goalOfStrategy[strategy.key] = strategy.goal?.key }
        var strategyOfTactic: [String: String] = [:]
        for tactic in model.tactics { strategyOfTactic[tactic.key] = tactic.strategy?.key }

        let soonLimit = asOf.adding(days: dueSoonDays)
        let amberLimit = asOf.adding(days: RAGStatus.amberDays)
        let countryOf = ActionCountries(model: model)
        var languageOfFile: [String: String] = [:]
        for source in model.sources where languageOfFile[source.path] == nil { languageOfFile[source.path] = source.language }
        actions = model.actions.map { item in
            let status = item.status(asOf: asOf)
            let strategy = item.strategy?.key ?? item.tactic.flatMap { strategyOfTactic[$0.key] }
            let open = !status.isClosed
            var action = Action(
                id: item.id,
                title: item.title,
                status: status,
                owners: item.owners.map(\.handle),
                due: item.due,
                isOverdue: open && (item.due.map { $0 < asOf } ?? false),
                isDueSoon: open && (item.due.map { $0 >= asOf && $0 <= soonLimit } ?? false),
                strategy: strategy,
                goal: strategy.flatMap { goalOfStrategy[$0] },
                country: countryOf.country(of: item),
                location: item.location,
                latestNote: item.latestHistory(asOf: asOf),
                statusConflict: item.statusConflict(asOf: asOf).flatMap { entry in
                    entry.status.map { StatusConflict(written: status, history: entry, historyStatus: $0) }
                }
            )
            action.isDueWithinAmberWindow = open && (item.due.map { $0 >= asOf && $0 <= amberLimit } ?? false)
            action.fileLanguage = languageOfFile[item.location.file]
            return action
        }

        var milestones: [PassedMilestone] = []
        for (item, action) in zip(model.actions, actions) where !action.isClosed {
            for milestone in item.milestones where milestone.date < asOf {
                milestones.append(PassedMilestone(
                    actionID: item.id, title: milestone.title, date: milestone.date,
                    daysLate: asOf.dayNumber - milestone.date.dayNumber, owners: action.owners
                ))
            }
        }
        passedMilestones = milestones.sorted { ($0.date, $0.actionID.lowercased(), $0.title) < ($1.date, $1.actionID.lowercased(), $1.title) }

        var byStrategy: [String: Progress] = [:]
        var byGoal: [String: Progress] = [:]
        var owners: [String: OwnerRollUp] = [:]
        var countries: [String: CountryRollUp] = [:]
        var unassigned = Progress()
        let strategyKeys = Set(model.strategies.map(\.key))
        let goalKeys = Set(model.goals.map(\.key))
        for action in actions {
            if let strategy = action.strategy, strategyKeys.contains(strategy) {
                byStrategy[strategy, default: Progress()].add(action)
            }
            if let goal = action.goal, goalKeys.contains(goal) {
                byGoal[goal, default: Progress()].add(action)
            } else {
                unassigned.add(action)
            }
            for handle in Set(action.owners.map { $0.lowercased() }) {
                var owner = owners[handle] ?? OwnerRollUp(handle: action.owners.first { $0.lowercased() == handle } ?? handle)
                if action.status == .done { owner.done += 1 } else if !action.isClosed { owner.open += 1 }
                if action.isOverdue { owner.overdue += 1 }
                owners[handle] = owner
            }
            let countryKey = action.country ?? ""
            var country = countries[countryKey] ?? CountryRollUp(country: action.country)
            switch action.status {
            case .done: country.done += 1
            case .dropped: country.dropped += 1
            default: country.open += 1
            }
            if action.isOverdue { country.overdue += 1 }
            if action.status == .atRisk || action.status == .blocked { country.atRiskOrBlocked += 1 }
            if let colour = action.rag, country.rag.map({ colour > $0 }) ?? true { country.rag = colour }
            countries[countryKey] = country
        }
        self.unassigned = unassigned

        strategies = model.strategies.map { strategy in
            StrategyRollUp(id: strategy.id, title: strategy.title, goal: strategy.goal?.id, status: strategy.status,
                           progress: byStrategy[strategy.key] ?? Progress())
        }
        goals = model.goals.map { goal in
            GoalRollUp(id: goal.id, title: goal.title, metric: goal.metric, baseline: goal.baseline, target: goal.target,
                       current: goal.current, due: goal.due, progress: byGoal[goal.key] ?? Progress())
        }
        var names: [String: String] = [:]
        for member in model.team { names[member.key] = member.title }
        self.owners = owners.keys.sorted().compactMap { key in
            guard var owner = owners[key] else { return nil }
            owner.name = names[key]
            return owner
        }
        self.countries = countries.keys.sorted().compactMap { countries[$0] }
    }
}
