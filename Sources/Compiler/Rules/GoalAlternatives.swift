import Diagnostics
import PlanModel
import Vocabulary

/// A goal with a single strategy: no alternatives were considered.
public struct GoalAlternatives: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG208",
        name: "goal-alternatives",
        severity: .warning,
        summary: "a goal has only one strategy, no alternatives",
        documentation: RuleDocumentation.page(
            checks: "Reports every goal that has exactly one strategy. Rejected strategies count: they are the alternatives that were weighed. A goal with no strategy at all is `goal-strategy`'s finding.",
            why: "The workshop develops alternative strategies for each goal and then selects. A single strategy means the team committed to the first idea without comparing it with others.",
            example: """
            ### G1: Double automotive design wins by 2028
            #### S1.1: Co-develop the SiC roadmap
            - Status: selected
            """,
            fix: "Write down the alternatives that were discussed, with `Status: proposed` or `Status: rejected`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let strategies = context.strategiesByGoal
        return context.model.goals.compactMap { goal in
            let own = strategies[goal.key, default: []]
            guard own.count == 1 else { return nil }
            return Self.descriptor.diagnostic(
                Self.message(goal.id, strategy: own[0].id),
                at: goal.location,
                notes: [DiagnosticNote(Self.onlyStrategy(own[0].id), at: own[0].location)],
                fix: Self.fix(context.words(at: goal.location))
            )
        }
    }
}

extension GoalAlternatives {
    static func message(_ id: String, strategy: String) -> String {
        "goal '\(id)' has only one strategy ('\(strategy)'), no alternatives"
    }
    static func onlyStrategy(_ id: String) -> String { "the only strategy '\(id)' is here" }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        let status = words.attribute("status")
        let proposed = words.word("proposed", in: .strategyStatus)
        let rejected = words.word("rejected", in: .strategyStatus)
        return FixSuggestion("add the alternative strategies that were discussed, with `\(status): \(proposed)` or `\(status): \(rejected)`")
    }
}
