import Diagnostics
import PlanModel

/// A selected strategy without actions.
public struct StrategyActions: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG211",
        name: "strategy-actions",
        severity: .warning,
        summary: "a selected strategy has no actions",
        documentation: RuleDocumentation.page(
            checks: "Reports every strategy with `Status: selected` that has no action, neither directly under it, nor under one of its tactics, nor in an Actions section naming it with `Strategy:` or `Tactic:`.",
            why: "For each selected strategy the workshop agrees tactics and actions with milestones, metrics and an owner. A selected strategy without actions will not be carried out.",
            example: """
            #### S1.1: Co-develop the SiC roadmap
            - Status: selected

            - T1.1.1: Quarterly technology days
            """,
            fix: "Add the actions as task items: `- [ ] A1: Run the first technology day`, with `Owner:`, `Due:` and `Metric:`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let strategyOf = context.strategyKeyOfAction
        var withActions = Set<String>()
        for action in context.model.actions {
            if let key = strategyOf(action) { withActions.insert(key) }
        }
        return context.model.strategies.compactMap { strategy in
            guard strategy.status == .selected, !withActions.contains(strategy.key) else { return nil }
            return Self.descriptor.diagnostic(Self.message(strategy.id), at: strategy.location, fix: Self.fix)
        }
    }
}

extension StrategyActions {
    static func message(_ id: String) -> String { "selected strategy '\(id)' has no actions" }
    static let fix = FixSuggestion("add task items (`- [ ] A1: …`) under the strategy or its tactics, each with an owner, a due date and a metric")
}
