import Diagnostics

/// The diagnostics of the customer edition's leak check (APG350–APG359), for the rule
/// registry.
public enum CustomerEditionRules {
    public static let all: [RuleDescriptor] = [leak, assessment]

    public static let leak: RuleDescriptor = {
        var descriptor = RuleDescriptor(
        code: "APG350",
        name: "customer-edition-leak",
        severity: .error,
        summary: "text a customer edition shows names something it leaves out",
        documentation: """
        # APG350 customer-edition-leak

        ## What it checks
        Before `apg build --audience customer` or `apg report --audience customer` writes
        anything, every text the customer edition would show (titles, milestones, key
        themes, metrics, job titles, the vision, custom fields listed in
        `customer-fields:`) is searched for what the edition leaves out: the names and
        ids of stakeholders not marked `Visibility: customer`, the names and handles of
        team members marked `Visibility: internal`, any member's `@handle` or e-mail
        address, the codes and titles of entities left out (internal ones, proposed and
        rejected strategies, issues and opportunities not marked `Visibility: customer`)
        and the amounts of value fields and custom fields left out. Words match whole
        and regardless of case.

        ## Why
        The customer edition is meant to be handed to the customer. Leaving a
        stakeholder out of the pack does not help when an action's title still says
        "convince Kling"; a rejected strategy's code in a milestone points at what the
        team decided not to show.

        ## Example
        ```markdown
        - [ ] A3: Win over Eva Kling before the price round
          - Owner: @jweber
        ```
        where `Dr. Eva Kling` is a stakeholder without `Visibility: customer`.

        ## Fix
        Reword the text, or mark what it names `Visibility: customer` if the customer
        may see it. Nothing is written until the text is clean; `--force` does not
        override this check, and neither do `rules:` in apg.yaml nor suppression
        comments.
        """
        )
        descriptor.severityIsFixed = true
        return descriptor
    }()

    public static let assessment = RuleDescriptor(
        code: "APG351",
        name: "customer-edition-assessment",
        severity: .warning,
        summary: "text a customer edition shows puts a buying-role or stance word next to a person's name",
        documentation: """
        # APG351 customer-edition-assessment

        ## What it checks
        A line of text a customer edition shows that names a person (a stakeholder or a
        team member shown in it) and also holds a buying-role or stance word in any
        language of the vocabulary (`decision-maker`, `gatekeeper`, `critic`,
        `Kritiker`, `critique`, …). A stance word without a name ("user training") is
        not reported.

        ## Why
        Buying roles and stances are the team's private assessment of the customer's
        people and never appear in a customer edition as fields; written into a title
        next to a name, they would.

        ## Example
        ```markdown
        - [ ] A4: Meeting with Hans Ott, our strongest supporter
        ```

        ## Fix
        Reword the text without the assessment ("Meeting with Hans Ott"). Its severity
        follows `rules:` in apg.yaml; suppression comments do not apply to it.
        """
    )
}
