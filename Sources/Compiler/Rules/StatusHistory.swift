import Diagnostics
import PlanModel

/// An action's `Status:` disagrees with its latest dated status line.
public struct StatusHistory: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG221",
        name: "status-history",
        severity: .warning,
        summary: "an action's status disagrees with its latest history line",
        documentation: RuleDocumentation.page(
            checks: "For every action with a `Status:`, takes its latest dated history line that starts with a status word (`2027-01-09: at risk — …`) and reports the action when the two differ. `Status:` stays the action's current status (spec §5: `Status:`, else done when checked `[x]`, else the latest history line, else open); the follow-up report marks the conflict.",
            why: "A risk written in the history but not in `Status:` would never surface: the plan, the pack and the follow-up report show the action as the status line says, and the team does not discuss what the owner reported.",
            example: """
            - [ ] A1: Run the first technology day
              - Status: open
              - 2027-01-09: at risk — XC postponed the date
            """,
            fix: "Update `Status:` to what the latest history line says, or add a newer dated history line that confirms the status."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.model.actions.compactMap { action in
            guard let written = action.status, let latest = action.statusConflict, let said = latest.status else { return nil }
            return Self.descriptor.diagnostic(
                Self.message(action.id, status: written.label, date: latest.date.written, history: said.label),
                at: action.location(of: "status"),
                notes: [DiagnosticNote(Self.historyNote(date: latest.date.written, status: said.label), at: latest.location)],
                fix: Self.fix(status: said.label, date: latest.date.written)
            )
        }
    }
}

extension StatusHistory {
    static func message(_ id: String, status: String, date: String, history: String) -> String {
        "action '\(id)' has status \(status) but its latest history line (\(date)) says \(history)"
    }
    static func historyNote(date: String, status: String) -> String {
        "the history line of \(date) says \(status)"
    }
    static func fix(status: String, date: String) -> FixSuggestion {
        FixSuggestion("write `Status: \(status)` if the \(date) line is still true, or add a newer dated line with the current status")
    }
}
