import Diagnostics
import PlanModel
import Vocabulary

/// An action without a metric.
public struct ActionMetric: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG214",
        name: "action-metric",
        severity: .warning,
        summary: "an action has no metric",
        documentation: RuleDocumentation.page(
            checks: "Reports every action that is not dropped and has no `Metric:`.",
            why: "The process creates actions with milestones and metrics, so that the reviews can tell whether an action achieved something, not only whether it happened.",
            example: """
            - [ ] A1: Run the first technology day
              - Owner: @jweber
              - Due: 2027-02-15
            """,
            fix: "Add what is measured, and ideally a target: `Metric: XC engineers attending` and `Target: 20`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.model.actions.compactMap { action in
            let hasMetric = !(action.metric?.trimmedLowercased.isEmpty ?? true)
            guard !hasMetric, action.effectiveStatus != .dropped else { return nil }
            return Self.descriptor.diagnostic(Self.message(action.id), at: action.location, fix: Self.fix(context.words(at: action.location)))
        }
    }
}

extension ActionMetric {
    static func message(_ id: String) -> String { "action '\(id)' has no metric" }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add `\(words.attribute("metric")):` saying what is measured, and `\(words.attribute("target")):` with the value to reach")
    }
}
