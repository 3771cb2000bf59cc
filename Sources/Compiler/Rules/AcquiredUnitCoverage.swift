import Diagnostics
import PlanModel
import Vocabulary

/// An acquired unit that no team member covers.
public struct AcquiredUnitCoverage: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG205",
        name: "acquired-unit-coverage",
        severity: .warning,
        summary: "an acquired unit has no team member covering it",
        documentation: RuleDocumentation.page(
            checks: "Reports every unit with an `Acquired:` year whose `Covered by:` names no member of the account team.",
            why: "Customers grow by acquisition; existing structures and historical relationships then no longer match the organization. Acquired units are where coverage is most often missing, so each needs a named team member.",
            example: """
            ## Customer Organization
            - Bosch Group {#bosch}
              - Escrypt {#escrypt}
                - Acquired: 2012
            """,
            fix: "Name the team member who holds the relationship: `Covered by: @jweber`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let members = context.memberKeys
        return context.model.units.compactMap { unit in
            guard let year = unit.acquired, !context.coversSomeMember(unit.coveredBy, members: members) else { return nil }
            return Self.descriptor.diagnostic(Self.message(unit.id, year: year), at: unit.location, fix: Self.fix(context.words(at: unit.location)))
        }
    }
}

extension AcquiredUnitCoverage {
    static func message(_ id: String, year: Int) -> String {
        "unit '\(id)', acquired in \(year), is not covered by any team member"
    }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add `\(words.attribute("covered-by")):` with the team member who holds the relationship")
    }
}
