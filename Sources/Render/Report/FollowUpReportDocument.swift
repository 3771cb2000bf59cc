import Compiler
import PlanModel
import Vocabulary

/// Lays out a `FollowUpReport` as a `ReportDocument`, in the words, numbers and dates
/// of one language (`ReportLocale`).
enum FollowUpReportDocument {
    static func make(_ report: FollowUpReport, locale t: ReportLocale = ReportLocale()) -> ReportDocument {
        let status = report.status
        var subtitle = t("As of {0}", t.date(report.asOf))
        if let baseline = report.baseline { subtitle += " · " + t("changes since {0}", baselineName(baseline, t)) }

        // What the meeting must talk about comes first.
        var sections = [atRiskOrBlocked(status, t), summary(report, t)]
        if !status.statusConflicts.isEmpty { sections.append(statusConflicts(status, t)) }
        sections += [overdue(status, t), dueSoon(status, t), milestones(status, t), goals(status, t), strategies(status, t), owners(status, t), countries(status, t)]
        if let baseline = report.baseline { sections.append(changes(report.changes ?? PlanChanges(), since: baseline, byName: status.ownersAreNames, t)) }
        if !report.trend.isEmpty { sections.append(trend(report.trend, t)) }
        sections.append(allActions(status, t))
        return ReportDocument(
            title: t("Follow-up report: {0}", report.account.isEmpty ? t("account") : report.account), subtitle: subtitle, sections: sections,
            language: t.language,
            chartCaption: t("Bars: actions done of all actions that count (dropped left out). Line: days due dates and milestones have slipped since the first revision shown."),
            chartNote: t("The chart is in follow-up-report.html."),
            chartLabels: TrendChart.Labels(
                title: t("Actions done and slipped days per revision"), actions: t("actions"), daysSlipped: t("days slipped"),
                done: t("done"), allActions: t("all actions"), point: t("{0}: {1} of {2} done, {3} days slipped")
            )
        )
    }

    /// A revision as the date it was committed and its short hash (`2026-10-15
    /// (a1b2c3d4)`): what the meeting remembers, not `HEAD~1`.
    static func baselineName(_ baseline: FollowUpReport.Baseline, _ t: ReportLocale = ReportLocale()) -> String {
        switch baseline.kind {
        case .revision:
            guard let short = baseline.shortCommit else { return baseline.name }
            guard let date = baseline.date, !date.isEmpty else { return short.hasPrefix(baseline.name) ? baseline.name : "\(baseline.name) (\(short))" }
            return "\(t.format.date(iso: date)) (\(short))"
        case .folder:
            return t("the copy in {0}", baseline.name)
        }
    }

    // MARK: Status

    private static func atRiskOrBlocked(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.atRiskOrBlocked.map { action -> [ReportCell] in
            var note = action.latestNote.map { "\(t.date($0.date)): \($0.status.map { "\(t.status($0)) — " } ?? "")\($0.text)" } ?? "—"
            if let conflict = action.statusConflict { note = t("status conflict: {0}", conflictSummary(conflict, t)) + " · " + note }
            return [ReportCell(action.id), ReportCell(action.title), badge(action.status, t), ReportCell(owners(action.owners, byName: status.ownersAreNames)),
                    dueCell(action, t), ReportCell(action.country ?? "—"), ReportCell(note)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("No action is at risk or blocked."))] : [
            .table(ReportTable(header: [t("Action"), t("Title"), t("Status"), t("Owner"), t("Due"), t("Country"), t("Latest note")], rows: rows)),
        ]
        return ReportSection(id: "at-risk", title: t("At risk and blocked"), blocks: blocks)
    }

    private static func summary(_ report: FollowUpReport, _ t: ReportLocale) -> ReportSection {
        let status = report.status
        var counts: [ActionStatus: Int] = [:]
        for action in status.actions { counts[action.status, default: 0] += 1 }
        let byStatus = ActionStatus.allCases.compactMap { state in counts[state].map { "\(t.number($0)) \(t.status(state))" } }
        var bullets = [
            "\(t.count(status.actions.count, "action")): " + (byStatus.isEmpty ? t("none") : byStatus.joined(separator: ", ")),
            t("{0} at risk or blocked, {1} overdue, {2} due in the next {3}", t.number(status.atRiskOrBlocked.count), t.number(status.overdue.count),
              t.number(status.dueSoon.count), t.count(status.dueSoonDays, "day")),
            t("{0} passed while the action is not done", t.count(status.passedMilestones.count, "milestone")),
        ]
        if !status.statusConflicts.isEmpty {
            bullets.append(t("{0} whose Status disagrees with the latest history line", t.count(status.statusConflicts.count, "action")))
        }
        if let changes = report.changes, let baseline = report.baseline {
            let slipped = changes.dueMoves.filter { $0.days > 0 }.count
            bullets.append(t("Since {0}: {1} added, {2} removed, {3} completed, {4} dropped, {5} slipped", baselineName(baseline, t),
                             t.number(changes.actionsAdded.count), t.number(changes.actionsRemoved.count), t.number(changes.completed.count),
                             t.number(changes.dropped.count), t.count(slipped, "due date")))
            if baseline.errorCount > 0 {
                bullets.append(t("The baseline has {0}; it is compared as far as it could be read", t.count(baseline.errorCount, "error")))
            }
        }
        return ReportSection(id: "summary", title: t("Summary"), blocks: [.bullets(bullets)])
    }

    /// Actions whose `Status:` and latest history line disagree: the report shows
    /// `Status:`, so what the history says must not stay hidden.
    private static func statusConflicts(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.statusConflicts.compactMap { action -> [ReportCell]? in
            guard let conflict = action.statusConflict else { return nil }
            return [ReportCell(action.id), ReportCell(action.title), ReportCell(owners(action.owners, byName: status.ownersAreNames)), badge(conflict.written, t),
                    dateCell(conflict.history.date, t), badge(conflict.historyStatus, t), ReportCell(conflict.history.text)]
        }
        return ReportSection(id: "status-conflicts", title: t("Status conflicts"), blocks: [
            .paragraph(t("The status shown is the one written in Status:; the latest dated history line says otherwise.")),
            .table(ReportTable(header: [t("Action"), t("Title"), t("Owner"), t("Status says"), t("History"), t("History says"), t("Note")], rows: rows)),
        ])
    }

    private static func overdue(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.overdue.map { action -> [ReportCell] in
            let days = action.due.map { status.asOf.dayNumber - $0.dayNumber } ?? 0
            return [ReportCell(action.id), ReportCell(action.title), ReportCell(owners(action.owners, byName: status.ownersAreNames)),
                    action.due.map { dateCell($0, t) } ?? ReportCell("—"), ReportCell(t.number(days)), badge(action.status, t)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("No overdue actions."))] : [
            .table(ReportTable(header: [t("Action"), t("Title"), t("Owner"), t("Due"), t("Days overdue"), t("Status")], rows: rows, numericColumns: [4])),
        ]
        return ReportSection(id: "overdue", title: t("Overdue"), blocks: blocks)
    }

    private static func dueSoon(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.dueSoon.map { action -> [ReportCell] in
            [ReportCell(action.id), ReportCell(action.title), ReportCell(owners(action.owners, byName: status.ownersAreNames)),
             action.due.map { dateCell($0, t) } ?? ReportCell("—"), badge(action.status, t)]
        }
        let days = t.count(status.dueSoonDays, "day")
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("Nothing is due in the next {0}.", days))] : [
            .table(ReportTable(header: [t("Action"), t("Title"), t("Owner"), t("Due"), t("Status")], rows: rows)),
        ]
        return ReportSection(id: "due-soon", title: t("Due in the next {0}", days), blocks: blocks)
    }

    private static func milestones(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.passedMilestones.map { milestone -> [ReportCell] in
            [ReportCell(milestone.actionID), ReportCell(milestone.title), dateCell(milestone.date, t),
             ReportCell(t.number(milestone.daysLate)), ReportCell(owners(milestone.owners, byName: status.ownersAreNames))]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("No milestone has passed while its action is open."))] : [
            .table(ReportTable(header: [t("Action"), t("Milestone"), t("Date"), t("Days ago"), t("Owner")], rows: rows, numericColumns: [3])),
        ]
        return ReportSection(id: "milestones", title: t("Passed milestones"), blocks: blocks)
    }

    /// The rule behind every red, amber and green in the report.
    static func ragLegend(_ t: ReportLocale) -> ReportBlock {
        .paragraph(t("Red: an action is blocked or overdue. Amber: an action is at risk, or due within {0} and not done. Green: otherwise. Dropped actions are ignored; — means no action counts.",
                     t.count(RAGStatus.amberDays, "day")))
    }

    private static func goals(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.goals.map { goal -> [ReportCell] in
            [ReportCell(goal.id), ReportCell(goal.title), ragCell(goal.progress.rag, t), ReportCell("\(t.number(goal.progress.done))/\(t.number(goal.progress.total))"),
             goal.progress.worst.map { badge($0, t) } ?? ReportCell("—"), ReportCell(goal.metric ?? "—"),
             quantityCell(goal.baseline, t), quantityCell(goal.current, t), quantityCell(goal.target, t),
             ReportCell(goal.metricProgress.map(t.format.percent) ?? "—")]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("The plan has no goals."))] : [
            ragLegend(t),
            .table(ReportTable(header: [t("Goal"), t("Title"), t("RAG"), t("Actions done"), t("Worst status"), t("Metric"), t("Baseline"), t("Current"), t("Target"), t("Progress")],
                               rows: rows, numericColumns: [3, 6, 7, 8, 9])),
        ]
        return ReportSection(id: "goals", title: t("Goals"), blocks: blocks)
    }

    private static func strategies(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.strategies.map { strategy -> [ReportCell] in
            [ReportCell(strategy.id), ReportCell(strategy.title), ReportCell(strategy.goal ?? "—"), ragCell(strategy.progress.rag, t),
             ReportCell(strategy.status.map { strategyStatus($0, t) } ?? "—", tone: strategy.status == .rejected ? .muted : nil),
             ReportCell("\(t.number(strategy.progress.done))/\(t.number(strategy.progress.total))"), ReportCell(t.number(strategy.progress.overdue)),
             strategy.progress.worst.map { badge($0, t) } ?? ReportCell("—")]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("The plan has no strategies."))] : [
            ragLegend(t),
            .table(ReportTable(header: [t("Strategy"), t("Title"), t("Goal"), t("RAG"), t("Status"), t("Actions done"), t("Overdue"), t("Worst status")],
                               rows: rows, numericColumns: [5, 6])),
        ]
        return ReportSection(id: "strategies", title: t("Strategies"), blocks: blocks)
    }

    private static func owners(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.owners.map { owner -> [ReportCell] in
            [ReportCell(status.ownersAreNames ? owner.handle : "@\(owner.handle)"), ReportCell(owner.name ?? "—"), ReportCell(t.number(owner.open)),
             ReportCell(t.number(owner.overdue), tone: owner.overdue > 0 ? .bad : nil), ReportCell(t.number(owner.done))]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("No action has an owner."))] : [
            .table(ReportTable(header: [t("Owner"), t("Name"), t("Open"), t("Overdue"), t("Done")], rows: rows, numericColumns: [2, 3, 4])),
        ]
        return ReportSection(id: "owners", title: t("Owners"), blocks: blocks)
    }

    private static func countries(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.countries.map { country -> [ReportCell] in
            [ReportCell(country.country ?? t("no country")), ragCell(country.rag, t), ReportCell(t.number(country.open)),
             ReportCell(t.number(country.atRiskOrBlocked), tone: country.atRiskOrBlocked > 0 ? .warning : nil),
             ReportCell(t.number(country.overdue), tone: country.overdue > 0 ? .bad : nil), ReportCell(t.number(country.done)), ReportCell(t.number(country.dropped))]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("The plan has no actions."))] : [
            .paragraph(t("By the owner's country in the Team section (the first owner with one); an action whose owners have none counts for the country of its file.")),
            .table(ReportTable(header: [t("Country"), t("RAG"), t("Open"), t("At risk or blocked"), t("Overdue"), t("Done"), t("Dropped")],
                               rows: rows, numericColumns: [2, 3, 4, 5, 6])),
        ]
        return ReportSection(id: "countries", title: t("Countries"), blocks: blocks)
    }

    private static func allActions(_ status: FollowUpStatus, _ t: ReportLocale) -> ReportSection {
        let rows = status.actions.map { action -> [ReportCell] in
            var note = action.latestNote.map { "\(t.date($0.date)): \($0.status.map { "\(t.status($0)) — " } ?? "")\($0.text)" } ?? "—"
            if let conflict = action.statusConflict { note = t("status conflict: {0}", conflictSummary(conflict, t)) + " · " + note }
            return [ReportCell(action.id), ReportCell(action.title), badge(action.status, t), ReportCell(owners(action.owners, byName: status.ownersAreNames)),
                    dueCell(action, t), ReportCell(action.country ?? "—"), ReportCell(note, tone: action.statusConflict == nil ? nil : .warning)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph(t("The plan has no actions."))] : [
            .table(ReportTable(header: [t("Action"), t("Title"), t("Status"), t("Owner"), t("Due"), t("Country"), t("Latest note")], rows: rows)),
        ]
        return ReportSection(id: "actions", title: t("All actions"), blocks: blocks)
    }

    // MARK: Changes

    private static func changes(_ changes: PlanChanges, since baseline: FollowUpReport.Baseline, byName: Bool, _ t: ReportLocale) -> ReportSection {
        var blocks: [ReportBlock] = []
        func entries(_ title: String, _ list: [PlanChanges.Entry]) {
            guard !list.isEmpty else { return }
            blocks.append(.heading(t(title)))
            blocks.append(.bullets(list.map { "\($0.id): \($0.title)" }))
        }
        entries("Actions added", changes.actionsAdded)
        entries("Actions removed", changes.actionsRemoved)
        entries("Completed", changes.completed)
        entries("Dropped", changes.dropped)
        if !changes.dueMoves.isEmpty {
            blocks.append(.heading(t("Due dates moved")))
            blocks.append(.table(ReportTable(header: [t("Action"), t("From"), t("To"), t("Days")], rows: changes.dueMoves.map { moveRow($0, t) }, numericColumns: [3])))
        }
        if !changes.milestoneMoves.isEmpty {
            blocks.append(.heading(t("Milestones moved")))
            blocks.append(.table(ReportTable(
                header: [t("Action"), t("Milestone"), t("From"), t("To"), t("Days")],
                rows: changes.milestoneMoves.map { move in
                    var row = moveRow(move, t)
                    row.insert(ReportCell(move.milestone ?? ""), at: 1)
                    return row
                },
                numericColumns: [4]
            )))
        }
        if !changes.milestonesAdded.isEmpty {
            blocks.append(.heading(t("Milestones added")))
            blocks.append(.bullets(changes.milestonesAdded.map { "\($0.actionID): \(t.date($0.date)) — \($0.title)" }))
        }
        if !changes.milestonesRemoved.isEmpty {
            blocks.append(.heading(t("Milestones removed")))
            blocks.append(.bullets(changes.milestonesRemoved.map { "\($0.actionID): \(t.date($0.date)) — \($0.title)" }))
        }
        if !changes.ownerChanges.isEmpty {
            blocks.append(.heading(t("Owner changes")))
            blocks.append(.table(ReportTable(header: [t("Action"), t("From"), t("To")], rows: changes.ownerChanges.map { change in
                [ReportCell(change.actionID), ReportCell(owners(change.from, byName: byName)), ReportCell(owners(change.to, byName: byName))]
            })))
        }
        if !changes.statusChanges.isEmpty {
            blocks.append(.heading(t("Status changes")))
            blocks.append(.table(ReportTable(header: [t("Action"), t("From"), t("To")], rows: changes.statusChanges.map { change in
                [ReportCell(change.actionID), badge(change.from, t), badge(change.to, t)]
            })))
        }
        entries("Issues and opportunities added", changes.itemsAdded)
        entries("Issues and opportunities removed", changes.itemsRemoved)
        entries("Goals added", changes.goalsAdded)
        entries("Goals removed", changes.goalsRemoved)
        if !changes.metricChanges.isEmpty {
            blocks.append(.heading(t("Goal metrics")))
            blocks.append(.table(ReportTable(header: [t("Goal"), t("Field"), t("From"), t("To")], rows: changes.metricChanges.map { change in
                [ReportCell(change.goalID), ReportCell(change.field), ReportCell(change.from?.text ?? "—"), ReportCell(change.to?.text ?? "—")]
            })))
        }
        if blocks.isEmpty { blocks.append(.paragraph(t("Nothing changed."))) }
        return ReportSection(id: "changes", title: t("Changes since {0}", baselineName(baseline, t)), blocks: blocks)
    }

    private static func moveRow(_ move: PlanChanges.DateMove, _ t: ReportLocale) -> [ReportCell] {
        let days = move.days > 0 ? "+\(t.number(move.days))" : t.number(move.days)
        return [ReportCell(move.actionID), dateCell(move.from, t), dateCell(move.to, t),
                ReportCell(days, tone: move.days > 0 ? .bad : .good)]
    }

    // MARK: Trend

    /// A revision whose workspace had errors says so in its revision cell, not in a
    /// column of its own that would be empty in every other row.
    private static func trend(_ points: [FollowUpTrendPoint], _ t: ReportLocale) -> ReportSection {
        let rows = points.map { point -> [ReportCell] in
            [ReportCell(t.format.date(iso: point.date), noWrap: true),
             ReportCell(point.hasErrors ? "\(point.revision) (\(t("has errors")))" : point.revision, tone: point.hasErrors ? .warning : nil),
             ReportCell("\(t.number(point.done))/\(t.number(point.total))"),
             ReportCell(t.number(point.dropped)), ReportCell(t.number(point.overdue)), ReportCell(t.number(point.slipDays))]
        }
        return ReportSection(id: "trend", title: t("Trend over the last {0}", t.count(points.count, "revision")), blocks: [
            // The chart labels its bars with the dates as the report writes them.
            .trendChart(points.map { point in
                var shown = point
                shown.date = t.format.date(iso: point.date)
                return shown
            }),
            .table(ReportTable(header: [t("Date"), t("Revision"), t("Actions done"), t("Dropped"), t("Overdue"), t("Slipped days")],
                               rows: rows, numericColumns: [2, 3, 4, 5])),
        ])
    }

    // MARK: Helpers

    static func badge(_ status: ActionStatus, _ t: ReportLocale = ReportLocale()) -> ReportCell {
        ReportCell(t.status(status), tone: tone(status), isBadge: true)
    }

    static func ragCell(_ rag: RAGStatus?, _ t: ReportLocale) -> ReportCell {
        guard let rag else { return ReportCell("—") }
        let tone: ReportTone = switch rag {
        case .red: .bad
        case .amber: .warning
        case .green: .good
        }
        return ReportCell(t.rag(rag), tone: tone, isBadge: true)
    }

    /// A metric value in the report's language (`2,5 Mio. EUR`), however the guide wrote it.
    static func quantityCell(_ quantity: Quantity?, _ t: ReportLocale) -> ReportCell {
        ReportCell(quantity.map { t.format.amount($0.value, unit: $0.unit) } ?? "—")
    }

    static func dateCell(_ date: PlanDate, _ t: ReportLocale) -> ReportCell {
        ReportCell(t.date(date), noWrap: true)
    }

    private static func dueCell(_ action: FollowUpStatus.Action, _ t: ReportLocale) -> ReportCell {
        var cell = action.due.map { dateCell($0, t) } ?? ReportCell("—")
        if action.isOverdue { cell.tone = .bad } else if action.isDueSoon { cell.tone = .warning }
        return cell
    }

    private static func conflictSummary(_ conflict: FollowUpStatus.StatusConflict, _ t: ReportLocale) -> String {
        t("Status says {0}, history {1} says {2}", t.status(conflict.written), conflict.history.date.written, t.status(conflict.historyStatus))
    }

    private static func strategyStatus(_ status: StrategyStatus, _ t: ReportLocale) -> String {
        t.language == "en" ? status.rawValue
            : Vocabulary.bundled.words(for: status.rawValue, in: .strategyStatus, language: t.language).first ?? status.rawValue
    }

    static func tone(_ status: ActionStatus) -> ReportTone? {
        switch status {
        case .done, .onTrack: .good
        case .atRisk: .warning
        case .blocked: .bad
        case .dropped: .muted
        case .open: nil
        }
    }

    static func owners(_ handles: [String], byName: Bool) -> String {
        handles.isEmpty ? "—" : handles.map { byName ? $0 : "@\($0)" }.joined(separator: ", ")
    }
}
