import Diagnostics
import PlanModel

/// A plan date outside the plan horizon of `apg.yaml`.
public struct DateHorizon: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG217",
        name: "date-horizon",
        severity: .warning,
        summary: "a plan date lies outside the plan horizon",
        documentation: RuleDocumentation.page(
            checks: "When `apg.yaml` sets `horizon: { start, end }`, reports every goal due date, action due date, milestone, done date and history line dated before the start or after the end.",
            why: "The plan covers an agreed period. A date outside it is usually a typo (2072 for 2027) or work that belongs to another plan, and the follow-up reports leave it out of their timelines.",
            example: """
            # apg.yaml: horizon: { start: 2027-01-01, end: 2028-12-31 }
            - [ ] A1: Run the first technology day
              - Due: 2029-02-15
            """,
            fix: "Correct the date, or widen `horizon` in `apg.yaml` if the plan really runs longer."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let horizon = context.config.horizon else { return [] }
        var diagnostics: [Diagnostic] = []
        func check(_ date: PlanDate, _ what: String, at location: SourceLocation) {
            guard date < horizon.start || date > horizon.end else { return }
            diagnostics.append(Self.descriptor.diagnostic(
                Self.message(what: what, date: date.written, start: horizon.start.written, end: horizon.end.written),
                at: location,
                fix: Self.fix
            ))
        }
        func checkHistory(_ history: [HistoryEntry], of owner: String) {
            for entry in history { check(entry.date, "history line of \(owner)", at: entry.location) }
        }
        let model = context.model
        for goal in model.goals {
            if let due = goal.due { check(due, "due date of goal '\(goal.id)'", at: goal.location) }
            checkHistory(goal.history, of: "goal '\(goal.id)'")
        }
        for strategy in model.strategies { checkHistory(strategy.history, of: "strategy '\(strategy.id)'") }
        for tactic in model.tactics { checkHistory(tactic.history, of: "tactic '\(tactic.id)'") }
        for action in model.actions {
            if let due = action.due { check(due, "due date of action '\(action.id)'", at: action.location(of: "due")) }
            for milestone in action.milestones { check(milestone.date, "milestone of action '\(action.id)'", at: milestone.location) }
            if let done = action.done { check(done, "done date of action '\(action.id)'", at: action.location(of: "done")) }
            checkHistory(action.history, of: "action '\(action.id)'")
        }
        return diagnostics
    }
}

extension DateHorizon {
    static func message(what: String, date: String, start: String, end: String) -> String {
        "\(what) \(date) is outside the plan horizon \(start) to \(end)"
    }
    static let fix = FixSuggestion("correct the date, or widen `horizon` in apg.yaml")
}
