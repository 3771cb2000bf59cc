import Diagnostics
import PlanModel
import Vocabulary

/// A team member who is responsible for nothing.
public struct MemberResponsibility: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG215",
        name: "member-responsibility",
        severity: .warning,
        summary: "a team member has no responsibility in the plan",
        documentation: RuleDocumentation.page(
            checks: "Reports every team member who owns no action, strategy or tactic, sponsors no goal, and covers no unit or stakeholder.",
            why: "Every team member is assigned responsibilities for the implementation. A member without any is either missing from the plan or not really part of the team.",
            example: """
            ## Team
            - Li Wei (@lwei) — Product Marketing
              - Function: Product Marketing
              - Country: CN
            """,
            fix: "Make the member the `Owner:` of an action, tactic or strategy, the `Sponsor:` of a goal, or name them in a `Covered by:` line."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let model = context.model
        var responsible = Set<String>()
        func add(_ people: [PersonRef]) { for person in people { responsible.insert(person.key) } }
        for action in model.actions { add(action.owners) }
        for strategy in model.strategies { add(strategy.owners) }
        for tactic in model.tactics { add(tactic.owners) }
        for goal in model.goals { add(goal.sponsors) }
        for unit in model.units { add(unit.coveredBy) }
        for stakeholder in model.stakeholders { add(stakeholder.coveredBy) }
        return model.team.compactMap { member in
            responsible.contains(member.key)
                ? nil
                : Self.descriptor.diagnostic(Self.message(member.handle), at: member.location, fix: Self.fix(member.handle, words: context.words(at: member.location)))
        }
    }
}

extension MemberResponsibility {
    static func message(_ handle: String) -> String {
        "@\(handle) owns, sponsors and covers nothing in the plan"
    }
    static func fix(_ handle: String, words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("assign @\(handle) an action (`\(words.attribute("owner")): @\(handle)`), a goal (`\(words.attribute("sponsor")):`) or a relationship (`\(words.attribute("covered-by")):`)")
    }
}
