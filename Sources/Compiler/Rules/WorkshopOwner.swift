import Diagnostics
import PlanModel

/// An agenda point of `apg.yaml` `workshop:` whose owner is not a team member.
public struct WorkshopOwner: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG230",
        name: "workshop-owner",
        severity: .warning,
        summary: "an owner in the workshop's agenda is not a team member",
        documentation: RuleDocumentation.page(
            checks: "Reports every point of `workshop: { agenda: [...] }` in `apg.yaml` whose `owner` is not the handle of a team member (with or without its `@`).",
            why: "The agenda is printed on the pack's cover page and hands each point to a member of the team; a misspelt handle leads the point with nobody, and a customer edition, which names people by name, cannot name them at all.",
            example: """
            workshop:
              agenda:
                - { time: "09:00", topic: Stretch vision and key goals, owner: kbuer }
            """,
            fix: "Write the handle of the team member who leads the point, as in the guides' `Team` sections: `owner: kbauer`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let agenda = context.config.workshop?.agenda, !agenda.isEmpty else { return [] }
        let handles = context.model.team.map(\.handle)
        let known = Set(context.model.team.map(\.key))
        return agenda.compactMap { slot in
            guard let owner = slot.owner, !known.contains(owner.lowercased()) else { return nil }
            let suggestion = NearMiss.bestMatches(for: owner, in: handles, limit: 1).first
            return Self.descriptor.diagnostic(
                Self.message(owner, topic: slot.topic, suggestion: suggestion),
                at: slot.location ?? context.config.keyLocations["workshop"],
                fix: suggestion.map { FixSuggestion("write 'owner: \($0)'") }
                    ?? FixSuggestion("write the handle of a team member, such as 'owner: \(handles.first ?? "kbauer")', or leave 'owner' out"))
        }
    }
}

extension WorkshopOwner {
    static func message(_ owner: String, topic: String, suggestion: String?) -> String {
        "agenda owner '@\(owner)' of '\(topic)' is not a team member" + (suggestion.map { "; did you mean '@\($0)'?" } ?? "")
    }
}
