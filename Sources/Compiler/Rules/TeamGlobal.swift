import Diagnostics
import PlanModel
import Vocabulary

/// The team's members come from fewer than two countries.
public struct TeamGlobal: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG202",
        name: "team-global",
        severity: .warning,
        summary: "the account team is not global (members from fewer than two countries)",
        documentation: RuleDocumentation.page(
            checks: "Collects the `Country` of every team member and reports a team whose members come from fewer than two countries. Members without a `Country` do not count.",
            why: "A key account is global: the team must include people on the regional side who meet the customer locally and understand local issues and opportunities. A one-country team plans the global account from headquarters.",
            example: """
            ## Team
            - Anna Müller (@amueller) — Key Account Manager
              - Country: DE
            - Jan Weber (@jweber) — Field Application Engineer
              - Country: DE
            """,
            fix: "Add the members who work the account in the customer's other countries, each with a `Country:` line."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let first = context.model.team.first else { return [] }
        let variety = context.teamVariety(of: \.country)
        guard variety.count < 2 else { return [] }
        return [Self.descriptor.diagnostic(Self.message(onlyCountry: variety.first), at: first.location, fix: Self.fix(context.words(at: first.location)))]
    }
}

extension TeamGlobal {
    static func message(onlyCountry: String?) -> String {
        if let onlyCountry { return "every team member with a country is in \(onlyCountry); the team is not global" }
        return "no team member has a country; the team is not global"
    }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add the members from the customer's other countries, each with a `\(words.attribute("country")):` line")
    }
}
