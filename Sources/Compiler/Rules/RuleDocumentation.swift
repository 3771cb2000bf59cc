/// Builds a rule's `apg explain` page with the same four headings for every rule, so the
/// pages read alike and a test can check that none is missing.
enum RuleDocumentation {
    static func page(checks: String, why: String, example: String, fix: String) -> String {
        """
        ## What it checks

        \(checks)

        ## Why it matters for the process

        \(why)

        ## Failing example

        ```markdown
        \(example)
        ```

        ## Fix

        \(fix)
        """
    }
}
