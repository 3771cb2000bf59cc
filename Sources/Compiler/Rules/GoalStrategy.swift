import Diagnostics
import PlanModel

/// A goal without any strategy.
public struct GoalStrategy: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG207",
        name: "goal-strategy",
        severity: .warning,
        summary: "a goal has no strategy",
        documentation: RuleDocumentation.page(
            checks: "Reports every goal that has no strategy, in any file.",
            why: "At the workshop sub-groups develop strategies for each key goal. A goal without a strategy is a wish: nothing in the plan says how it will be reached.",
            example: """
            ## Goals
            ### G1: Double automotive design wins by 2028
            - Metric: design wins per year
            """,
            fix: "Add the strategies under the goal as `####` headings: `#### S1.1: Co-develop the SiC roadmap`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let strategies = context.strategiesByGoal
        return context.model.goals.compactMap { goal in
            strategies[goal.key, default: []].isEmpty
                ? Self.descriptor.diagnostic(Self.message(goal.id), at: goal.location, fix: Self.fix)
                : nil
        }
    }
}

extension GoalStrategy {
    static func message(_ id: String) -> String { "goal '\(id)' has no strategy" }
    static let fix = FixSuggestion("add at least two alternative strategies under the goal as `####` headings")
}
