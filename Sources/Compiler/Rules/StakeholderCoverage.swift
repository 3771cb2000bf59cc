import Diagnostics
import PlanModel
import Vocabulary

/// A decision maker or a critic that no team member covers.
public struct StakeholderCoverage: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG206",
        name: "stakeholder-coverage",
        severity: .warning,
        summary: "a decision maker or critic has no team member covering them",
        documentation: RuleDocumentation.page(
            checks: "Reports every stakeholder whose `Buying role` is decision maker or whose `Stance` is critic, and whose `Covered by:` names no member of the account team.",
            why: "The relationship map is only useful if the people who decide, and the people who oppose us, each have an owner on our side who meets them.",
            example: """
            ## Stakeholders
            - Dr. Eva Kling — VP Purchasing {#kling}
              - Buying role: decision maker
              - Stance: critic
            """,
            fix: "Name the team member who holds the relationship: `Covered by: @amueller`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let members = context.memberKeys
        return context.model.stakeholders.compactMap { stakeholder in
            let reason: String
            if stakeholder.buyingRole == .decisionMaker {
                reason = "decision maker"
            } else if stakeholder.stance == .critic {
                reason = "critic"
            } else {
                return nil
            }
            guard !context.coversSomeMember(stakeholder.coveredBy, members: members) else { return nil }
            return Self.descriptor.diagnostic(Self.message(stakeholder.id, reason: reason), at: stakeholder.location, fix: Self.fix(context.words(at: stakeholder.location)))
        }
    }
}

extension StakeholderCoverage {
    static func message(_ id: String, reason: String) -> String {
        "\(reason) '\(id)' is not covered by any team member"
    }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add `\(words.attribute("covered-by")):` with the team member who holds the relationship")
    }
}
