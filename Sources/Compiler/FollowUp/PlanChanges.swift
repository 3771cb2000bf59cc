import PlanModel

/// What changed between a baseline of the plan (the last review) and the plan now.
///
/// Entities are matched by id (case-insensitively). The baseline's statuses are as the
/// baseline's files wrote them; the current ones as of the report's date. Milestones are
/// matched within their action by title (case and spacing folded), so a milestone whose
/// date changed has moved, and one whose title changed was removed and another added.
public struct PlanChanges: Sendable, Hashable {
    public struct DateMove: Sendable, Hashable {
        public var actionID: String
        /// The milestone's title for a milestone move; nil for the action's due date.
        public var milestone: String?
        public var from: PlanDate
        public var to: PlanDate
        /// Positive when the date moved later (slipped), negative when it was pulled in.
        public var days: Int { to.dayNumber - from.dayNumber }

        public init(actionID: String, milestone: String? = nil, from: PlanDate, to: PlanDate) {
            self.actionID = actionID
            self.milestone = milestone
            self.from = from
            self.to = to
        }
    }

    public struct MilestoneChange: Sendable, Hashable {
        public var actionID: String
        public var title: String
        public var date: PlanDate

        public init(actionID: String, title: String, date: PlanDate) {
            self.actionID = actionID
            self.title = title
            self.date = date
        }
    }

    public struct OwnerChange: Sendable, Hashable {
        public var actionID: String
        public var from: [String]
        public var to: [String]

        public init(actionID: String, from: [String], to: [String]) {
            self.actionID = actionID
            self.from = from
            self.to = to
        }
    }

    public struct StatusChange: Sendable, Hashable {
        public var actionID: String
        public var from: ActionStatus
        public var to: ActionStatus

        public init(actionID: String, from: ActionStatus, to: ActionStatus) {
            self.actionID = actionID
            self.from = from
            self.to = to
        }
    }

    /// A goal's metric attribute (`baseline`, `target`, `current`) that changed.
    public struct MetricChange: Sendable, Hashable {
        public var goalID: String
        public var field: String
        public var from: Quantity?
        public var to: Quantity?

        public init(goalID: String, field: String, from: Quantity?, to: Quantity?) {
            self.goalID = goalID
            self.field = field
            self.from = from
            self.to = to
        }
    }

    public struct Entry: Sendable, Hashable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    public var actionsAdded: [Entry] = []
    public var actionsRemoved: [Entry] = []
    /// Done now, and not done in the baseline (or new and already done).
    public var completed: [Entry] = []
    /// Dropped now, and not dropped in the baseline (or new and already dropped).
    public var dropped: [Entry] = []
    /// Due dates that changed, in action order.
    public var dueMoves: [DateMove] = []
    public var milestoneMoves: [DateMove] = []
    public var milestonesAdded: [MilestoneChange] = []
    public var milestonesRemoved: [MilestoneChange] = []
    public var ownerChanges: [OwnerChange] = []
    public var statusChanges: [StatusChange] = []
    public var itemsAdded: [Entry] = []
    public var itemsRemoved: [Entry] = []
    public var goalsAdded: [Entry] = []
    public var goalsRemoved: [Entry] = []
    public var metricChanges: [MetricChange] = []

    public init() {}

    public var isEmpty: Bool { self == PlanChanges() }

    /// Compares `baseline` with `current`, judging current statuses as of `asOf`.
    /// Linear in the models' sizes (plus sorting the results).
    public init(baseline: AccountModel, current: AccountModel, asOf: PlanDate) {
        let oldActions = Dictionary(baseline.actions.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(current.actions.map(\.key))

        for action in current.actions {
            let status = action.status(asOf: asOf)
            let entry = Entry(id: action.id, title: action.title)
            guard let old = oldActions[action.key] else {
                actionsAdded.append(entry)
                if status == .done { completed.append(entry) }
                if status == .dropped { dropped.append(entry) }
                continue
            }
            let oldStatus = old.effectiveStatus
            if status != oldStatus {
                statusChanges.append(StatusChange(actionID: action.id, from: oldStatus, to: status))
                if status == .done { completed.append(entry) }
                if status == .dropped { dropped.append(entry) }
            }
            if let from = old.due, let to = action.due, from != to {
                dueMoves.append(DateMove(actionID: action.id, milestone: nil, from: from, to: to))
            }
            let oldOwners = old.owners.map(\.handle)
            let newOwners = action.owners.map(\.handle)
            if Set(old.owners) != Set(action.owners) {
                ownerChanges.append(OwnerChange(actionID: action.id, from: oldOwners, to: newOwners))
            }
            compareMilestones(of: action.id, old: old.milestones, new: action.milestones)
        }
        actionsRemoved = baseline.actions.filter { !newKeys.contains($0.key) }.map { Entry(id: $0.id, title: $0.title) }

        (itemsAdded, itemsRemoved) = Self.addedAndRemoved(old: baseline.items, new: current.items)
        (goalsAdded, goalsRemoved) = Self.addedAndRemoved(old: baseline.goals, new: current.goals)

        let oldGoals = Dictionary(baseline.goals.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for goal in current.goals {
            guard let old = oldGoals[goal.key] else { continue }
            let fields: [(String, Quantity?, Quantity?)] = [
                ("baseline", old.baseline, goal.baseline),
                ("target", old.target, goal.target),
                ("current", old.current, goal.current),
            ]
            for (field, from, to) in fields where from != to {
                metricChanges.append(MetricChange(goalID: goal.id, field: field, from: from, to: to))
            }
        }
    }

    private mutating func compareMilestones(of actionID: String, old: [Milestone], new: [Milestone]) {
        func key(_ milestone: Milestone) -> String {
            milestone.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var oldByTitle: [String: Milestone] = [:]
        for milestone in old where oldByTitle[key(milestone)] == nil { oldByTitle[key(milestone)] = milestone }
        var seen: Set<String> = []
        for milestone in new {
            let title = key(milestone)
            guard seen.insert(title).inserted else { continue }
            if let previous = oldByTitle[title] {
                if previous.date != milestone.date {
                    milestoneMoves.append(DateMove(actionID: actionID, milestone: milestone.title, from: previous.date, to: milestone.date))
                }
            } else {
                milestonesAdded.append(MilestoneChange(actionID: actionID, title: milestone.title, date: milestone.date))
            }
        }
        var reported: Set<String> = []
        for milestone in old where !seen.contains(key(milestone)) && reported.insert(key(milestone)).inserted {
            milestonesRemoved.append(MilestoneChange(actionID: actionID, title: milestone.title, date: milestone.date))
        }
    }

    private static func addedAndRemoved<E: Entity>(old: [E], new: [E]) -> (added: [Entry], removed: [Entry]) {
        let oldKeys = Set(old.map(\.key))
        let newKeys = Set(new.map(\.key))
        return (
            new.filter { !oldKeys.contains($0.key) }.map { Entry(id: $0.id, title: $0.title) },
            old.filter { !newKeys.contains($0.key) }.map { Entry(id: $0.id, title: $0.title) }
        )
    }
}
