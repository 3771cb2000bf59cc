import PlanModel

/// One point of the follow-up trend: the plan as one past revision wrote it.
public struct FollowUpTrendPoint: Sendable, Hashable {
    public var revision: String
    /// The commit date, `YYYY-MM-DD`.
    public var date: String
    /// Actions that count (all but dropped).
    public var total: Int
    public var done: Int
    public var dropped: Int
    /// Overdue as of the commit date.
    public var overdue: Int
    /// Days due dates and milestones have moved later since the window's first revision,
    /// summed over the actions and milestones present in both.
    public var slipDays: Int
    /// Whether the revision's workspace had errors (its numbers are as far as it could be read).
    public var hasErrors: Bool

    public init(revision: String, date: String, total: Int, done: Int, dropped: Int, overdue: Int, slipDays: Int, hasErrors: Bool = false) {
        self.revision = revision
        self.date = date
        self.total = total
        self.done = done
        self.dropped = dropped
        self.overdue = overdue
        self.slipDays = slipDays
        self.hasErrors = hasErrors
    }
}

/// Builds trend points from compiled revisions, oldest first.
public enum FollowUpTrend {
    public static func points(_ revisions: [(revision: GitRevision, model: AccountModel, hasErrors: Bool)], dueSoonDays: Int) -> [FollowUpTrendPoint] {
        guard let first = revisions.first else { return [] }
        let firstDates = plannedDates(first.model)
        return revisions.map { entry in
            let asOf = (try? PlanDate.parse(entry.revision.date).get()) ?? PlanDate(dayNumber: 0)
            let status = FollowUpStatus(model: entry.model, asOf: asOf, dueSoonDays: dueSoonDays)
            var slip = 0
            for (key, date) in plannedDates(entry.model) {
                if let original = firstDates[key], date > original { slip += date.dayNumber - original.dayNumber }
            }
            let done = status.actions.filter { $0.status == .done }.count
            let dropped = status.actions.filter { $0.status == .dropped }.count
            return FollowUpTrendPoint(
                revision: entry.revision.shortHash, date: entry.revision.date,
                total: status.actions.count - dropped, done: done, dropped: dropped,
                overdue: status.overdue.count, slipDays: slip, hasErrors: entry.hasErrors
            )
        }
    }

    /// Every action's due date and milestone date, keyed by action and milestone title.
    private static func plannedDates(_ model: AccountModel) -> [String: PlanDate] {
        var dates: [String: PlanDate] = [:]
        for action in model.actions {
            if let due = action.due { dates[action.key + "\u{0}due"] = due }
            for milestone in action.milestones {
                let title = milestone.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                dates[action.key + "\u{0}m\u{0}" + title] = milestone.date
            }
        }
        return dates
    }
}
