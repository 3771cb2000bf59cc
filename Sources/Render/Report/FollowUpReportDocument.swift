import Compiler
import PlanModel

/// Lays out a `FollowUpReport` as a `ReportDocument`.
enum FollowUpReportDocument {
    static func make(_ report: FollowUpReport) -> ReportDocument {
        let status = report.status
        var subtitle = "As of \(report.asOf.iso)"
        if let baseline = report.baseline { subtitle += " · changes since \(baselineName(baseline))" }

        var sections = [summary(report)]
        if !status.statusConflicts.isEmpty { sections.append(statusConflicts(status)) }
        sections += [overdue(status), dueSoon(status), milestones(status), goals(status), strategies(status), owners(status), countries(status)]
        if let baseline = report.baseline { sections.append(changes(report.changes ?? PlanChanges(), since: baseline, byName: status.ownersAreNames)) }
        if !report.trend.isEmpty { sections.append(trend(report.trend)) }
        sections.append(allActions(status))
        return ReportDocument(title: "Follow-up report: \(report.account.isEmpty ? "account" : report.account)", subtitle: subtitle, sections: sections)
    }

    static func baselineName(_ baseline: FollowUpReport.Baseline) -> String {
        switch baseline.kind {
        case .revision:
            let short = baseline.commit.map { String($0.prefix(8)) }
            return short.map { $0.hasPrefix(baseline.name) ? baseline.name : "\(baseline.name) (\($0))" } ?? baseline.name
        case .folder:
            return "the copy in \(baseline.name)"
        }
    }

    // MARK: Status

    private static func summary(_ report: FollowUpReport) -> ReportSection {
        let status = report.status
        var counts: [ActionStatus: Int] = [:]
        for action in status.actions { counts[action.status, default: 0] += 1 }
        let byStatus = ActionStatus.allCases.compactMap { state in counts[state].map { "\($0) \(state.label)" } }
        var bullets = [
            "\(count(status.actions.count, "action")): " + (byStatus.isEmpty ? "none" : byStatus.joined(separator: ", ")),
            "\(status.overdue.count) overdue, \(status.dueSoon.count) due in the next \(count(status.dueSoonDays, "day"))",
            "\(count(status.passedMilestones.count, "milestone")) passed while the action is not done",
        ]
        if !status.statusConflicts.isEmpty {
            bullets.append("\(count(status.statusConflicts.count, "action")) whose Status disagrees with the latest history line")
        }
        if let changes = report.changes, let baseline = report.baseline {
            let slipped = changes.dueMoves.filter { $0.days > 0 }.count
            bullets.append("Since \(baselineName(baseline)): \(changes.actionsAdded.count) added, \(changes.actionsRemoved.count) removed, \(changes.completed.count) completed, \(changes.dropped.count) dropped, \(count(slipped, "due date")) slipped")
            if baseline.errorCount > 0 {
                bullets.append("The baseline has \(count(baseline.errorCount, "error")); it is compared as far as it could be read")
            }
        }
        return ReportSection(id: "summary", title: "Summary", blocks: [.bullets(bullets)])
    }

    /// Actions whose `Status:` and latest history line disagree: the report shows
    /// `Status:`, so what the history says must not stay hidden.
    private static func statusConflicts(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.statusConflicts.compactMap { action -> [ReportCell]? in
            guard let conflict = action.statusConflict else { return nil }
            return [ReportCell(action.id), ReportCell(action.title), ReportCell(owners(action.owners, byName: status.ownersAreNames)), badge(conflict.written),
                    ReportCell(conflict.history.date.iso), badge(conflict.historyStatus), ReportCell(conflict.history.text)]
        }
        return ReportSection(id: "status-conflicts", title: "Status conflicts", blocks: [
            .paragraph("The status shown is the one written in Status:; the latest dated history line says otherwise."),
            .table(ReportTable(header: ["Action", "Title", "Owner", "Status says", "History", "History says", "Note"], rows: rows)),
        ])
    }

    private static func overdue(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.overdue.map { action -> [ReportCell] in
            let days = action.due.map { status.asOf.dayNumber - $0.dayNumber } ?? 0
            return [ReportCell(action.id), ReportCell(action.title), ReportCell(owners(action.owners, byName: status.ownersAreNames)),
                    ReportCell(action.due?.iso ?? "—"), ReportCell(days), badge(action.status)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("No overdue actions.")] : [
            .table(ReportTable(header: ["Action", "Title", "Owner", "Due", "Days overdue", "Status"], rows: rows, numericColumns: [4])),
        ]
        return ReportSection(id: "overdue", title: "Overdue", blocks: blocks)
    }

    private static func dueSoon(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.dueSoon.map { action -> [ReportCell] in
            [ReportCell(action.id), ReportCell(action.title), ReportCell(owners(action.owners, byName: status.ownersAreNames)), ReportCell(action.due?.iso ?? "—"), badge(action.status)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("Nothing is due in the next \(count(status.dueSoonDays, "day")).")] : [
            .table(ReportTable(header: ["Action", "Title", "Owner", "Due", "Status"], rows: rows)),
        ]
        return ReportSection(id: "due-soon", title: "Due in the next \(count(status.dueSoonDays, "day"))", blocks: blocks)
    }

    private static func milestones(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.passedMilestones.map { milestone -> [ReportCell] in
            [ReportCell(milestone.actionID), ReportCell(milestone.title), ReportCell(milestone.date.iso),
             ReportCell(milestone.daysLate), ReportCell(owners(milestone.owners, byName: status.ownersAreNames))]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("No milestone has passed while its action is open.")] : [
            .table(ReportTable(header: ["Action", "Milestone", "Date", "Days ago", "Owner"], rows: rows, numericColumns: [3])),
        ]
        return ReportSection(id: "milestones", title: "Passed milestones", blocks: blocks)
    }

    private static func goals(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.goals.map { goal -> [ReportCell] in
            [ReportCell(goal.id), ReportCell(goal.title), ReportCell("\(goal.progress.done)/\(goal.progress.total)"),
             goal.progress.worst.map(badge) ?? ReportCell("—"), ReportCell(goal.metric ?? "—"),
             ReportCell(goal.baseline?.text ?? "—"), ReportCell(goal.current?.text ?? "—"), ReportCell(goal.target?.text ?? "—"),
             ReportCell(goal.metricProgress.map(percent) ?? "—")]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("The plan has no goals.")] : [
            .table(ReportTable(header: ["Goal", "Title", "Actions done", "Worst status", "Metric", "Baseline", "Current", "Target", "Progress"],
                               rows: rows, numericColumns: [2, 5, 6, 7, 8])),
        ]
        return ReportSection(id: "goals", title: "Goals", blocks: blocks)
    }

    private static func strategies(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.strategies.map { strategy -> [ReportCell] in
            [ReportCell(strategy.id), ReportCell(strategy.title), ReportCell(strategy.goal ?? "—"),
             ReportCell(strategy.status?.rawValue ?? "—", tone: strategy.status == .rejected ? .muted : nil),
             ReportCell("\(strategy.progress.done)/\(strategy.progress.total)"), ReportCell(strategy.progress.overdue),
             strategy.progress.worst.map(badge) ?? ReportCell("—")]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("The plan has no strategies.")] : [
            .table(ReportTable(header: ["Strategy", "Title", "Goal", "Status", "Actions done", "Overdue", "Worst status"],
                               rows: rows, numericColumns: [4, 5])),
        ]
        return ReportSection(id: "strategies", title: "Strategies", blocks: blocks)
    }

    private static func owners(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.owners.map { owner -> [ReportCell] in
            [ReportCell(status.ownersAreNames ? owner.handle : "@\(owner.handle)"), ReportCell(owner.name ?? "—"), ReportCell(owner.open),
             ReportCell(String(owner.overdue), tone: owner.overdue > 0 ? .bad : nil), ReportCell(owner.done)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("No action has an owner.")] : [
            .table(ReportTable(header: ["Owner", "Name", "Open", "Overdue", "Done"], rows: rows, numericColumns: [2, 3, 4])),
        ]
        return ReportSection(id: "owners", title: "Owners", blocks: blocks)
    }

    private static func countries(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.countries.map { country -> [ReportCell] in
            [ReportCell(country.country ?? "global"), ReportCell(country.open),
             ReportCell(String(country.overdue), tone: country.overdue > 0 ? .bad : nil), ReportCell(country.done), ReportCell(country.dropped)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("The plan has no actions.")] : [
            .table(ReportTable(header: ["Country", "Open", "Overdue", "Done", "Dropped"], rows: rows, numericColumns: [1, 2, 3, 4])),
        ]
        return ReportSection(id: "countries", title: "Countries", blocks: blocks)
    }

    private static func allActions(_ status: FollowUpStatus) -> ReportSection {
        let rows = status.actions.map { action -> [ReportCell] in
            var note = action.latestNote.map { "\($0.date.iso): \($0.status.map { "\($0.label) — " } ?? "")\($0.text)" } ?? "—"
            if let conflict = action.statusConflict { note = "status conflict: \(conflict.summary) · \(note)" }
            var dueCell = ReportCell(action.due?.iso ?? "—")
            if action.isOverdue { dueCell.tone = .bad } else if action.isDueSoon { dueCell.tone = .warning }
            return [ReportCell(action.id), ReportCell(action.title), badge(action.status), ReportCell(owners(action.owners, byName: status.ownersAreNames)),
                    dueCell, ReportCell(action.country ?? "global"), ReportCell(note, tone: action.statusConflict == nil ? nil : .warning)]
        }
        let blocks: [ReportBlock] = rows.isEmpty ? [.paragraph("The plan has no actions.")] : [
            .table(ReportTable(header: ["Action", "Title", "Status", "Owner", "Due", "Country", "Latest note"], rows: rows)),
        ]
        return ReportSection(id: "actions", title: "All actions", blocks: blocks)
    }

    // MARK: Changes

    private static func changes(_ changes: PlanChanges, since baseline: FollowUpReport.Baseline, byName: Bool) -> ReportSection {
        var blocks: [ReportBlock] = []
        func entries(_ title: String, _ list: [PlanChanges.Entry]) {
            guard !list.isEmpty else { return }
            blocks.append(.heading(title))
            blocks.append(.bullets(list.map { "\($0.id): \($0.title)" }))
        }
        entries("Actions added", changes.actionsAdded)
        entries("Actions removed", changes.actionsRemoved)
        entries("Completed", changes.completed)
        entries("Dropped", changes.dropped)
        if !changes.dueMoves.isEmpty {
            blocks.append(.heading("Due dates moved"))
            blocks.append(.table(ReportTable(header: ["Action", "From", "To", "Days"], rows: changes.dueMoves.map(moveRow), numericColumns: [3])))
        }
        if !changes.milestoneMoves.isEmpty {
            blocks.append(.heading("Milestones moved"))
            blocks.append(.table(ReportTable(
                header: ["Action", "Milestone", "From", "To", "Days"],
                rows: changes.milestoneMoves.map { move in
                    var row = moveRow(move)
                    row.insert(ReportCell(move.milestone ?? ""), at: 1)
                    return row
                },
                numericColumns: [4]
            )))
        }
        if !changes.milestonesAdded.isEmpty {
            blocks.append(.heading("Milestones added"))
            blocks.append(.bullets(changes.milestonesAdded.map { "\($0.actionID): \($0.date.iso) — \($0.title)" }))
        }
        if !changes.milestonesRemoved.isEmpty {
            blocks.append(.heading("Milestones removed"))
            blocks.append(.bullets(changes.milestonesRemoved.map { "\($0.actionID): \($0.date.iso) — \($0.title)" }))
        }
        if !changes.ownerChanges.isEmpty {
            blocks.append(.heading("Owner changes"))
            blocks.append(.table(ReportTable(header: ["Action", "From", "To"], rows: changes.ownerChanges.map { change in
                [ReportCell(change.actionID), ReportCell(owners(change.from, byName: byName)), ReportCell(owners(change.to, byName: byName))]
            })))
        }
        if !changes.statusChanges.isEmpty {
            blocks.append(.heading("Status changes"))
            blocks.append(.table(ReportTable(header: ["Action", "From", "To"], rows: changes.statusChanges.map { change in
                [ReportCell(change.actionID), badge(change.from), badge(change.to)]
            })))
        }
        entries("Issues and opportunities added", changes.itemsAdded)
        entries("Issues and opportunities removed", changes.itemsRemoved)
        entries("Goals added", changes.goalsAdded)
        entries("Goals removed", changes.goalsRemoved)
        if !changes.metricChanges.isEmpty {
            blocks.append(.heading("Goal metrics"))
            blocks.append(.table(ReportTable(header: ["Goal", "Field", "From", "To"], rows: changes.metricChanges.map { change in
                [ReportCell(change.goalID), ReportCell(change.field), ReportCell(change.from?.text ?? "—"), ReportCell(change.to?.text ?? "—")]
            })))
        }
        if blocks.isEmpty { blocks.append(.paragraph("Nothing changed.")) }
        return ReportSection(id: "changes", title: "Changes since \(baselineName(baseline))", blocks: blocks)
    }

    private static func moveRow(_ move: PlanChanges.DateMove) -> [ReportCell] {
        let days = move.days > 0 ? "+\(move.days)" : String(move.days)
        return [ReportCell(move.actionID), ReportCell(move.from.iso), ReportCell(move.to.iso),
                ReportCell(days, tone: move.days > 0 ? .bad : .good)]
    }

    // MARK: Trend

    private static func trend(_ points: [FollowUpTrendPoint]) -> ReportSection {
        let rows = points.map { point -> [ReportCell] in
            [ReportCell(point.date), ReportCell(point.revision), ReportCell("\(point.done)/\(point.total)"),
             ReportCell(point.dropped), ReportCell(point.overdue), ReportCell(point.slipDays),
             ReportCell(point.hasErrors ? "has errors" : "", tone: point.hasErrors ? .warning : nil)]
        }
        return ReportSection(id: "trend", title: "Trend over the last \(count(points.count, "revision"))", blocks: [
            .trendChart(points),
            .table(ReportTable(header: ["Date", "Revision", "Actions done", "Dropped", "Overdue", "Slipped days", ""],
                               rows: rows, numericColumns: [2, 3, 4, 5])),
        ])
    }

    // MARK: Helpers

    static func badge(_ status: ActionStatus) -> ReportCell {
        ReportCell(status.label, tone: tone(status), isBadge: true)
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

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded())) %"
    }
}
