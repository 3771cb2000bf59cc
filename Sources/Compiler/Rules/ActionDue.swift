import Diagnostics
import PlanModel

/// An action without a due date.
public struct ActionDue: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG213",
        name: "action-due",
        severity: .warning,
        summary: "an action has no due date",
        documentation: RuleDocumentation.page(
            checks: "Reports every action that is not dropped and has no `Due:` date.",
            why: "The follow-up reviews track actions against their dates. Without a due date an action can never be late, so it is never followed up.",
            example: """
            - [ ] A1: Run the first technology day
              - Owner: @jweber
            """,
            fix: "Add the agreed date: `Due: 2027-02-15` (or `2027-02`, `2027-Q1`)."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.model.actions.compactMap { action in
            // A `Due:` line that was written but could not be read already has its own
            // error at the value; a second finding about the same line only adds noise.
            guard action.due == nil, action.attributeLocations["due"] == nil, action.effectiveStatus != .dropped
            else { return nil }
            return Self.descriptor.diagnostic(Self.message(action.id), at: action.location, fix: Self.fix)
        }
    }
}

extension ActionDue {
    static func message(_ id: String) -> String { "action '\(id)' has no due date" }
    static let fix = FixSuggestion("add `Due:` with the agreed date, such as `Due: 2027-02-15`")
}
