import Diagnostics
import PlanModel

/// The account team has more members than `limits.team` (15 by default).
public struct TeamSize: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG200",
        name: "team-size",
        severity: .warning,
        summary: "the account team has more members than the configured limit",
        documentation: RuleDocumentation.page(
            checks: "Counts the members of the account team across all files and compares the count with `limits.team` in `apg.yaml` (15 when not set).",
            why: "The process works with global, cross-functional teams of up to 15 people. A larger team cannot work a single workshop well, and responsibilities blur.",
            example: """
            ## Team
            - Anna Müller (@amueller) — Key Account Manager
            - … sixteen more members …
            """,
            fix: "Move people who only contribute occasionally out of the core team (mention them in Notes), or raise `limits.team` in `apg.yaml` if the larger team is intended."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let team = context.model.team
        let limit = context.config.teamLimit
        guard team.count > limit, let first = team.first else { return [] }
        var notes: [DiagnosticNote] = []
        if limit >= 0, limit < team.count {
            notes.append(DiagnosticNote(Self.firstOverLimit(team[limit].handle), at: team[limit].location))
        }
        return [Self.descriptor.diagnostic(Self.message(count: team.count, limit: limit), at: first.location, notes: notes, fix: Self.fix(limit: limit))]
    }
}

extension TeamSize {
    static func message(count: Int, limit: Int) -> String {
        "\(count) team members exceed the limit of \(limit)"
    }
    static func firstOverLimit(_ handle: String) -> String { "@\(handle) is the first member over the limit" }
    static func fix(limit: Int) -> FixSuggestion {
        FixSuggestion("keep the core team to \(limit) people, or raise `limits.team` in apg.yaml")
    }
}
