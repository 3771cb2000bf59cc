import PlanModel

extension ActionItem {
    /// The status the action had on `asOf`, as far as the guide tells.
    ///
    /// `Status:`, the `[x]` box and `Done:` describe the action as the file stands, so
    /// they count only when nothing in the file is dated after `asOf`: a done date or a
    /// status history line after `asOf` means the written status is later news. Then
    /// the latest history line on or before `asOf` decides, else the action was open.
    public func status(asOf: PlanDate) -> ActionStatus {
        if !hasLaterNews(than: asOf) { return effectiveStatus }
        return history
            .filter { $0.status != nil && $0.date <= asOf }
            .max { $0.date < $1.date }?
            .status ?? .open
    }

    /// The history line that disagrees with `Status:` when `Status:` is what the action
    /// stands at on `asOf`; nil when they agree, or when later news decides the status.
    public func statusConflict(asOf: PlanDate) -> HistoryEntry? {
        hasLaterNews(than: asOf) ? nil : statusConflict
    }

    /// A done date or a status history line after `asOf`.
    private func hasLaterNews(than asOf: PlanDate) -> Bool {
        history.contains { $0.status != nil && $0.date > asOf } || (done.map { $0 > asOf } ?? false)
    }

    /// The latest history line on or before `asOf`, whether or not it carries a status.
    public func latestHistory(asOf: PlanDate) -> HistoryEntry? {
        history.filter { $0.date <= asOf }.max { $0.date < $1.date }
    }
}

extension ActionStatus {
    /// How bad a status is for a roll-up's "worst status": blocked is worst, done best;
    /// dropped actions do not count.
    public var severityRank: Int {
        switch self {
        case .blocked: 5
        case .atRisk: 4
        case .open: 3
        case .onTrack: 2
        case .done: 1
        case .dropped: 0
        }
    }

    /// Words for people (`on track`, `at risk`).
    public var label: String {
        switch self {
        case .open: "open"
        case .onTrack: "on track"
        case .atRisk: "at risk"
        case .blocked: "blocked"
        case .done: "done"
        case .dropped: "dropped"
        }
    }
}
