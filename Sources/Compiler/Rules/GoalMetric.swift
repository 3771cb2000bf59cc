import Diagnostics
import PlanModel
import Vocabulary

/// A goal without a metric, or with a metric but no baseline or no target.
public struct GoalMetric: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG210",
        name: "goal-metric",
        severity: .warning,
        summary: "a goal has no metric, or its metric has no baseline or target",
        documentation: RuleDocumentation.page(
            checks: "Reports every goal without a `Metric:`, and every goal whose metric has no `Baseline:` or no `Target:`.",
            why: "Goals, strategies and actions are reviewed regularly after the workshop. Progress can only be reviewed against a measured starting point and an agreed target.",
            example: """
            ### G1: Double automotive design wins by 2028
            - Metric: design wins per year
            - Target: 12
            """,
            fix: "Add the missing line: `Baseline: 6`, `Target: 12`, or a `Metric:` that says what is counted."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for goal in context.model.goals {
            guard let metric = goal.metric, !metric.trimmedLowercased.isEmpty else {
                diagnostics.append(Self.descriptor.diagnostic(Self.noMetric(goal.id), at: goal.location, fix: Self.noMetricFix(context.words(at: goal.location))))
                continue
            }
            var missing: [String] = []
            if goal.baseline == nil { missing.append("baseline") }
            if goal.target == nil { missing.append("target") }
            guard !missing.isEmpty else { continue }
            diagnostics.append(Self.descriptor.diagnostic(
                Self.missing(goal.id, missing: missing),
                at: goal.location,
                fix: Self.missingFix(missing, words: context.words(at: goal.location))
            ))
        }
        return diagnostics
    }
}

extension GoalMetric {
    static func noMetric(_ id: String) -> String { "goal '\(id)' has no metric" }
    static func noMetricFix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add a `\(words.attribute("metric")):` line saying what is measured, with `\(words.attribute("baseline")):` and `\(words.attribute("target")):`")
    }
    static func missing(_ id: String, missing: [String]) -> String {
        "the metric of goal '\(id)' has no \(missing.joined(separator: " and no "))"
    }
    /// `missing` holds canonical keys (`baseline`, `target`).
    static func missingFix(_ missing: [String], words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add " + missing.map { "`\(words.attribute($0)):`" }.joined(separator: " and ") + " to the goal")
    }
}
