import Diagnostics
import PlanModel
import Vocabulary

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
            return Self.descriptor.diagnostic(Self.message(action.id), at: action.location, fix: Self.fix(context.words(at: action.location)))
        }
    }
}

extension ActionDue {
    static func message(_ id: String) -> String { "action '\(id)' has no due date" }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        let due = words.attribute("due")
        return FixSuggestion("add `\(due):` with the agreed date, such as `\(due): 2027-02-15`")
    }
}
