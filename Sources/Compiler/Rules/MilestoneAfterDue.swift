import Diagnostics
import PlanModel

/// A milestone dated after its action's due date.
public struct MilestoneAfterDue: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG216",
        name: "milestone-after-due",
        severity: .error,
        summary: "a milestone is dated after its action's due date",
        documentation: RuleDocumentation.page(
            checks: "Reports every `Milestone:` of an action whose date is later than the action's `Due:` date.",
            why: "Milestones mark the way to an action's completion. One that falls after the due date contradicts the plan: either the milestone or the due date is wrong, and the follow-up report cannot tell which.",
            example: """
            - [ ] A1: Run the first technology day
              - Due: 2027-02-15
              - Milestone: 2027-03-31 — agenda agreed with XC
            """,
            fix: "Move the milestone before the due date, or move the due date."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for action in context.model.actions {
            guard let due = action.due else { continue }
            for milestone in action.milestones where milestone.date > due {
                diagnostics.append(Self.descriptor.diagnostic(
                    Self.message(milestone: milestone.date.written, action: action.id, due: due.written),
                    at: milestone.location,
                    notes: [DiagnosticNote(Self.dueNote(due.written), at: action.location(of: "due"))],
                    fix: Self.fix(due: due.written)
                ))
            }
        }
        return diagnostics
    }
}

extension MilestoneAfterDue {
    static func message(milestone: String, action: String, due: String) -> String {
        "milestone \(milestone) is after the due date of action '\(action)' (\(due))"
    }
    static func dueNote(_ due: String) -> String { "the action is due \(due)" }
    static func fix(due: String) -> FixSuggestion {
        FixSuggestion("date the milestone on or before \(due), or move the action's due date")
    }
}
