import Diagnostics
import PlanModel
import Vocabulary

/// The team's members come from fewer than two functions.
public struct TeamCrossFunctional: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG201",
        name: "team-cross-functional",
        severity: .warning,
        summary: "the account team is not cross-functional (fewer than two functions)",
        documentation: RuleDocumentation.page(
            checks: "Collects the `Function` of every team member (case-insensitively) and reports a team with fewer than two distinct functions. Members without a `Function` do not count.",
            why: "The process relies on cross-functional teams: sales people who know the customer's local issues and product people who know which solutions could address them. A team of one function plans from one point of view.",
            example: """
            ## Team
            - Anna Müller (@amueller) — Key Account Manager
              - Function: Sales
            - John Weber (@jweber) — Account Manager
              - Function: Sales
            """,
            fix: "Add the members from application engineering, product marketing or quality who work on the account, each with a `Function:` line."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let first = context.model.team.first else { return [] }
        let variety = context.teamVariety(of: \.function)
        guard variety.count < 2 else { return [] }
        return [Self.descriptor.diagnostic(Self.message(onlyFunction: variety.first), at: first.location, fix: Self.fix(context.words(at: first.location)))]
    }
}

extension TeamCrossFunctional {
    static func message(onlyFunction: String?) -> String {
        if let onlyFunction {
            return "every team member with a function is in \(onlyFunction); the team is not cross-functional"
        }
        return "no team member has a function; the team is not cross-functional"
    }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add members from at least one other function, each with a `\(words.attribute("function")):` line")
    }
}

extension String {
    var trimmedLowercased: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return scalars.lowercased()
    }
}
