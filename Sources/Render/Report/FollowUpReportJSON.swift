import APGJSON
import Compiler
import PlanModel

/// `report.json`: the follow-up report for tools (CI dashboards, chat bots). Described by
/// `schemas/report.schema.json`; every key is always present, empty when it does not
/// apply, so that consumers need no special cases.
public enum FollowUpReportJSON {
    /// Bumped when a key changes meaning or goes away. 2: `country` is the owner's
    /// country, not the file's; `rag`, `atRiskOrBlocked` and the baseline's `date` added.
    public static let version = 2

    public static func value(for report: FollowUpReport) -> JSONValue {
        let status = report.status
        let changes = report.changes ?? PlanChanges()
        let baseline: JSONValue = report.baseline.map { baseline in
            [
                "kind": .string(baseline.kind.rawValue),
                "name": .string(baseline.name),
                "commit": .optional(baseline.commit),
                "date": .optional(baseline.date),
                "errors": .int(baseline.errorCount),
            ]
        } ?? .null

        return [
            "version": .int(version),
            "account": .string(report.account),
            "asOf": .string(report.asOf.iso),
            "dueSoonDays": .int(status.dueSoonDays),
            "since": .optional(report.baseline?.name),
            "baseline": baseline,
            "actions": .object(status.actions.map { (key: $0.id, value: .string($0.status.rawValue)) }),
            "actionDetails": .array(status.actions.map(action)),
            "overdue": .strings(status.overdue.map(\.id)),
            "dueSoon": .strings(status.dueSoon.map(\.id)),
            "statusConflicts": .strings(status.statusConflicts.map(\.id)),
            "atRiskOrBlocked": .strings(status.atRiskOrBlocked.map(\.id)),
            "milestones": .array(status.passedMilestones.map { milestone in
                [
                    "id": .string(milestone.actionID),
                    "title": .string(milestone.title),
                    "date": .string(milestone.date.iso),
                    "daysLate": .int(milestone.daysLate),
                ]
            }),
            "strategies": .array(status.strategies.map { strategy in
                [
                    "id": .string(strategy.id),
                    "title": .string(strategy.title),
                    "goal": .optional(strategy.goal),
                    "status": .optional(strategy.status?.rawValue),
                ] + progress(strategy.progress)
            }),
            "goals": .array(status.goals.map(goal)),
            "owners": .array(status.owners.map { owner in
                [
                    "handle": .string(owner.handle),
                    "name": .optional(owner.name),
                    "open": .int(owner.open),
                    "overdue": .int(owner.overdue),
                    "done": .int(owner.done),
                ]
            }),
            "countries": .array(status.countries.map { country in
                [
                    "country": .optional(country.country),
                    "open": .int(country.open),
                    "overdue": .int(country.overdue),
                    "done": .int(country.done),
                    "dropped": .int(country.dropped),
                    "atRiskOrBlocked": .int(country.atRiskOrBlocked),
                    "rag": .optional(country.rag?.rawValue),
                ]
            }),
            "slipped": .array(changes.dueMoves.map(move)),
            "milestoneMoves": .array(changes.milestoneMoves.map(move)),
            "milestonesAdded": .array(changes.milestonesAdded.map(milestoneChange)),
            "milestonesRemoved": .array(changes.milestonesRemoved.map(milestoneChange)),
            "completed": .strings(changes.completed.map(\.id)),
            "added": .strings(changes.actionsAdded.map(\.id)),
            "removed": .strings(changes.actionsRemoved.map(\.id)),
            "dropped": .strings(changes.dropped.map(\.id)),
            "ownerChanges": .array(changes.ownerChanges.map { change in
                ["id": .string(change.actionID), "from": .strings(change.from), "to": .strings(change.to)]
            }),
            "statusChanges": .array(changes.statusChanges.map { change in
                ["id": .string(change.actionID), "from": .string(change.from.rawValue), "to": .string(change.to.rawValue)]
            }),
            "itemsAdded": .strings(changes.itemsAdded.map(\.id)),
            "itemsRemoved": .strings(changes.itemsRemoved.map(\.id)),
            "goalsAdded": .strings(changes.goalsAdded.map(\.id)),
            "goalsRemoved": .strings(changes.goalsRemoved.map(\.id)),
            "goalMetricChanges": .array(changes.metricChanges.map { change in
                [
                    "id": .string(change.goalID),
                    "field": .string(change.field),
                    "from": .optional(change.from?.text),
                    "to": .optional(change.to?.text),
                ]
            }),
            "history": .array(report.trend.map { point in
                [
                    "revision": .string(point.revision),
                    "date": .string(point.date),
                    "total": .int(point.total),
                    "done": .int(point.done),
                    "dropped": .int(point.dropped),
                    "overdue": .int(point.overdue),
                    "slipDays": .int(point.slipDays),
                    "hasErrors": .bool(point.hasErrors),
                ]
            }),
        ]
    }

    private static func action(_ action: FollowUpStatus.Action) -> JSONValue {
        [
            "id": .string(action.id),
            "title": .string(action.title),
            "status": .string(action.status.rawValue),
            "owners": .strings(action.owners),
            "due": .optional(action.due?.iso),
            "overdue": .bool(action.isOverdue),
            "dueSoon": .bool(action.isDueSoon),
            "strategy": .optional(action.strategy),
            "goal": .optional(action.goal),
            "country": .optional(action.country),
            "rag": .optional(action.rag?.rawValue),
            "file": .string(action.location.file),
            "line": .int(action.location.line),
            "statusConflict": action.statusConflict.map { conflict in
                [
                    "status": .string(conflict.written.rawValue),
                    "historyStatus": .string(conflict.historyStatus.rawValue),
                    "historyDate": .string(conflict.history.date.iso),
                    "historyLine": .int(conflict.history.location.line),
                    "summary": .string(conflict.summary),
                ]
            } ?? .null,
        ]
    }

    private static func goal(_ goal: FollowUpStatus.GoalRollUp) -> JSONValue {
        [
            "id": .string(goal.id),
            "title": .string(goal.title),
            "metric": .optional(goal.metric),
            "metricBaseline": goal.baseline.map { .number($0.value) } ?? .null,
            "metricCurrent": goal.current.map { .number($0.value) } ?? .null,
            "metricTarget": goal.target.map { .number($0.value) } ?? .null,
            "metricUnit": .optional(goal.target?.unit ?? goal.current?.unit ?? goal.baseline?.unit),
            "metricProgress": goal.metricProgress.map { .number(($0 * 1000).rounded() / 1000) } ?? .null,
        ] + progress(goal.progress)
    }

    private static func progress(_ progress: FollowUpStatus.Progress) -> JSONValue {
        [
            "done": .int(progress.done),
            "total": .int(progress.total),
            "dropped": .int(progress.dropped),
            "overdue": .int(progress.overdue),
            "worst": .optional(progress.worst?.rawValue),
            "rag": .optional(progress.rag?.rawValue),
        ]
    }

    private static func move(_ move: PlanChanges.DateMove) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [(key: "id", value: .string(move.actionID))]
        if let milestone = move.milestone { members.append((key: "milestone", value: .string(milestone))) }
        members += [
            (key: "from", value: .string(move.from.iso)),
            (key: "to", value: .string(move.to.iso)),
            (key: "days", value: .int(move.days)),
        ]
        return .object(members)
    }

    private static func milestoneChange(_ change: PlanChanges.MilestoneChange) -> JSONValue {
        ["id": .string(change.actionID), "title": .string(change.title), "date": .string(change.date.iso)]
    }
}

extension JSONValue {
    /// Appends an object's members to another's.
    fileprivate static func + (lhs: JSONValue, rhs: JSONValue) -> JSONValue {
        guard case .object(let left) = lhs, case .object(let right) = rhs else { return lhs }
        return .object(left + right)
    }
}
