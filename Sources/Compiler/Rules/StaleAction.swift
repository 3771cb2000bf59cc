import Diagnostics
import PlanModel
import Vocabulary

/// An open action that has not been reviewed within the review cadence.
public struct StaleAction: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG220",
        name: "stale-action",
        severity: .warning,
        summary: "an open action has not been reviewed within the review cadence",
        documentation: RuleDocumentation.page(
            checks: "For every action that is neither done nor dropped, takes the date of its latest history line, else the `updated` date of its file's front matter, and reports the action when that date is more than `review.cadence` days (30 by default) before the as-of date (`--as-of`, default today). Actions with neither date are not judged.",
            why: "After the workshop the goals, strategies, actions and milestones are collected, reviewed and updated regularly. An open action without a recent status note has dropped out of that cycle.",
            example: """
            - [ ] A1: Run the first technology day
              - Owner: @jweber
              - 2027-01-10: on track — venue booked
            """,
            fix: "Add a dated status line under the action, such as `- 2027-03-02: at risk — XC postponed the date`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let cadence = context.config.reviewCadenceDays
        let updated = context.updatedByFile
        var diagnostics: [Diagnostic] = []
        for action in context.model.actions where !action.effectiveStatus.isClosed {
            let latest = action.history.max { $0.date < $1.date }
            let reviewed: PlanDate
            let location: SourceLocation
            if let latest {
                reviewed = latest.date
                location = latest.location
            } else if let fileDate = updated[action.location.file] {
                reviewed = fileDate
                location = action.location
            } else {
                continue
            }
            let age = context.asOf.dayNumber - reviewed.dayNumber
            guard age > cadence else { continue }
            diagnostics.append(Self.descriptor.diagnostic(
                Self.message(action.id, days: age, since: reviewed.written, fromHistory: latest != nil, cadence: cadence),
                at: location,
                fix: Self.fix(asOf: context.asOf.iso, words: context.words(at: action.location))
            ))
        }
        return diagnostics
    }
}

extension StaleAction {
    static func message(_ id: String, days: Int, since: String, fromHistory: Bool, cadence: Int) -> String {
        let source = fromHistory ? "last status line" : "file last updated"
        return "open action '\(id)' was not reviewed for \(days) days (\(source) \(since)), longer than the \(cadence)-day review cadence"
    }
    static func fix(asOf: String, words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add a dated status line under the action, such as `- \(asOf): \(words.word("on-track", in: .actionStatus)) — …`")
    }
}
