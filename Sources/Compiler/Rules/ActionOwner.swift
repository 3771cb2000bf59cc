import Diagnostics
import PlanModel
import Vocabulary

/// An action without an owner.
public struct ActionOwner: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG212",
        name: "action-owner",
        severity: .warning,
        summary: "an action has no owner",
        documentation: RuleDocumentation.page(
            checks: "Reports every action that is not dropped and has no `Owner:`. (An owner who is not a team member is the linker's finding.)",
            why: "Every team member is assigned responsibilities for the implementation. An action without an owner is nobody's job, and the follow-up reviews cannot ask anyone about it.",
            example: """
            - [ ] A1: Run the first technology day
              - Due: 2027-02-15
            """,
            fix: "Add the responsible team member: `Owner: @jweber`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.model.actions.compactMap { action in
            // An `Owner:` line that was written but could not be read already has its own
            // error at the value.
            guard action.owners.isEmpty, action.attributeLocations["owner"] == nil, action.effectiveStatus != .dropped
            else { return nil }
            return Self.descriptor.diagnostic(Self.message(action.id), at: action.location, fix: Self.fix(context.words(at: action.location), example: context.exampleOwner(at: action.location)))
        }
    }
}

extension ActionOwner {
    static func message(_ id: String) -> String { "action '\(id)' has no owner" }
    /// The example is a member of the workspace's own team.
    static func fix(_ words: LocalizedWords, example: String) -> FixSuggestion {
        let owner = words.attribute("owner")
        return FixSuggestion("add `\(owner):` with the responsible team member's handle, such as `\(owner): \(example)`")
    }
}
