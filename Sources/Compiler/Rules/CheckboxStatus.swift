import Diagnostics
import PlanModel
import Vocabulary

/// An action's box contradicts its `Status:`.
public struct CheckboxStatus: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG218",
        name: "checkbox-status",
        severity: .error,
        summary: "an action's checkbox contradicts its status",
        documentation: RuleDocumentation.page(
            checks: "Reports an action checked `[x]` whose `Status:` is not done, and an action left `[ ]` whose `Status:` is done.",
            why: "`[x]` means done. When the box and the status disagree, the follow-up report cannot tell whether the action is finished, and the team reviews the wrong things.",
            example: """
            - [x] A1: Run the first technology day
              - Status: at risk
            """,
            fix: "Make them agree: tick the box and write `Status: done`, or clear the box and keep the status. `apg fix` sets the box when the other side is certain: a done date or a latest history line saying done, or a history line that agrees with a status that is not done."
        ),
        automaticFix: true
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.model.actions.compactMap { action in
            guard let status = action.status else { return nil }
            let location = action.location(of: "status")
            if action.checked, status != .done {
                return Self.descriptor.diagnostic(
                    Self.checkedButNotDone(action.id, status: Self.word(status)),
                    at: location,
                    notes: [DiagnosticNote(Self.boxNote, at: action.location)],
                    fix: Self.certainStatus(action) == status
                        ? Self.boxFix(action, to: "[ ]", Self.checkedFix(context.words(at: location)))
                        : Self.checkedFix(context.words(at: location))
                )
            }
            if !action.checked, status == .done {
                return Self.descriptor.diagnostic(
                    Self.doneButUnchecked(action.id),
                    at: location,
                    notes: [DiagnosticNote(Self.openBoxNote, at: action.location)],
                    fix: Self.certainStatus(action) == .done
                        ? Self.boxFix(action, to: "[x]", Self.uncheckedFix(context.words(at: location)))
                        : Self.uncheckedFix(context.words(at: location))
                )
            }
            return nil
        }
    }

    /// The status that the action's other lines confirm, beyond `Status:` and the box: a
    /// done date means done; otherwise the latest status history line. Nil when they
    /// say nothing or disagree.
    static func certainStatus(_ action: ActionItem) -> ActionStatus? {
        let fromHistory = action.latestStatusEntry?.status
        if action.done != nil { return fromHistory == nil || fromHistory == .done ? .done : nil }
        return fromHistory
    }

    /// The fix that writes `box` over the action's box (`[ ]` or `[x]`, three bytes).
    static func boxFix(_ action: ActionItem, to box: String, _ suggestion: FixSuggestion) -> FixSuggestion {
        guard let location = action.attributeLocations["box"] else { return suggestion }
        return .replacing("[ ]", at: location, with: box, suggestion.message)
    }

    /// The status as an author writes it (`at risk`, not `at-risk`).
    static func word(_ status: ActionStatus) -> String {
        status.rawValue.replacingOccurrences(of: "-", with: " ")
    }
}

extension CheckboxStatus {
    static func checkedButNotDone(_ id: String, status: String) -> String {
        "action '\(id)' is checked [x] but its status is \(status)"
    }
    static func doneButUnchecked(_ id: String) -> String {
        "action '\(id)' has status done but its box is not checked"
    }
    static let boxNote = "the box is checked here"
    static let openBoxNote = "the box is open here"
    static func checkedFix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("clear the box (`[ ]`) while the action is not done, or set `\(words.attribute("status")): \(words.word("done", in: .actionStatus))`")
    }
    static func uncheckedFix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("check the box (`[x]`) or remove the `\(words.attribute("status")): \(words.word("done", in: .actionStatus))` line")
    }
}
