import Diagnostics

/// The diagnostics `DiagnosticPolicy` emits about the workspace's own rule settings and
/// suppression comments.
public enum PolicyRules {
    public static let unusedSuppression = RuleDescriptor(
        code: "APG290",
        name: "unused-suppression",
        severity: .warning,
        summary: "an apg-disable-next-line comment suppressed nothing",
        documentation: RuleDocumentation.page(
            checks: "Reports each rule named in an `<!-- apg-disable-next-line RULE -->` comment that had no diagnostic of that rule to suppress on the next line.",
            why: "Suppressions outlive the problem they silenced. A stale one hides the next real finding on that line, long after anybody remembers why it was added.",
            example: """
            <!-- apg-disable-next-line goal-alternatives -->
            ### G1: Double automotive design wins by 2028
            (the goal has two strategies, so there is nothing to suppress)
            """,
            fix: "Remove the comment, or the rule's name from it."
        )
    )

    public static let unknownRule = RuleDescriptor(
        code: "APG291",
        name: "unknown-rule",
        severity: .warning,
        summary: "apg.yaml or a suppression comment names a rule that does not exist",
        documentation: RuleDocumentation.page(
            checks: "Reports every key under `rules:` in `apg.yaml`, and every rule in an `apg-disable-next-line` comment, that is neither a rule code (`APG208`) nor a rule name (`goal-alternatives`), ignoring case.",
            why: "A misspelt rule name silently does nothing: the warning the team wanted to turn off stays, or worse, the finding they meant to make an error stays a warning.",
            example: """
            # apg.yaml
            rules:
              goal-alternative: warning
            """,
            fix: "Use a code or name from `apg rules`; the message suggests the closest one."
        )
    )

    public static let all: [RuleDescriptor] = [unusedSuppression, unknownRule]
}
