import Diagnostics
import PlanModel
import Vocabulary

/// A goal with strategies of which none is selected.
public struct GoalSelectedStrategy: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG209",
        name: "goal-selected-strategy",
        severity: .warning,
        summary: "a goal has strategies but none is selected",
        documentation: RuleDocumentation.page(
            checks: "Reports every goal that has at least one strategy but no strategy with `Status: selected`.",
            why: "Alternatives are developed so that the team can choose. Until one is selected, nobody knows which tactics and actions to carry out.",
            example: """
            ### G1: Double automotive design wins by 2028
            #### S1.1: Co-develop the SiC roadmap
            - Status: proposed
            #### S1.2: Win the 800 V platform through a reference design
            - Status: proposed
            """,
            fix: "Mark the chosen strategy with `Status: selected`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let strategies = context.strategiesByGoal
        return context.model.goals.compactMap { goal in
            let own = strategies[goal.key, default: []]
            guard !own.isEmpty, !own.contains(where: { $0.status == .selected }) else { return nil }
            return Self.descriptor.diagnostic(Self.message(goal.id, count: own.count), at: goal.location, fix: Self.fix(context.words(at: goal.location)))
        }
    }
}

extension GoalSelectedStrategy {
    static func message(_ id: String, count: Int) -> String {
        count == 1
            ? "goal '\(id)' has no selected strategy"
            : "goal '\(id)' has \(count) strategies but none is selected"
    }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("mark the chosen strategy with `\(words.attribute("status")): \(words.word("selected", in: .strategyStatus))`")
    }
}
