import Testing
@testable import Diagnostics

@Suite struct GitHubFormatterTests {
    @Test func oneWorkflowCommandPerDiagnostic() {
        let lines = GitHubFormatter().format(ReportFixtures.report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "::notice title=APG300 synthesis-skipped::synthesis skipped: no country guide has goals",
            "::error file=apg.yaml,line=3,col=5,title=APG007 config-unknown-key::unknown key `colour` in apg.yaml%0Ahelp: did you mean `color`?",
            "::error file=guides/de.md,line=6,col=25,title=APG104 duplicate-goal::goal `G1` is defined twice%0Anote: first defined here (guides/at.md:2:4)%0Ahelp: rename one of the goals: `G2`",
            "::warning file=guides/de.md,line=8,col=14,title=APG201 unknown-owner::owner `Zhang` is not a team member%0Anote: team members are listed under `# Team`",
            "",
        ])
    }

    @Test func escapesHostileMessagesAndProperties() {
        let report = ReportFixtures.report([
            Diagnostic(
                rule: RuleID(code: "APG001", name: "a:b,c"), severity: .error,
                message: "100% wrong\r\nsecond line: a, b\n::error::injected",
                location: Diagnostics.SourceLocation(file: "dir:x,y/50%\n.md", line: 2, column: 1)
            ),
        ])
        let output = GitHubFormatter().format(report)
        #expect(output == "::error file=dir%3Ax%2Cy/50%25%0A.md,line=2,col=1,title=APG001 a%3Ab%2Cc::100%25 wrong%0D%0Asecond line: a, b%0A::error::injected\n")
        // However hostile the text, each diagnostic stays one command line.
        #expect(output.split(separator: "\n").count == 1)
    }

    @Test func escapeFunctions() {
        #expect(GitHubFormatter.escapeData("%\r\n:,") == "%25%0D%0A:,")
        #expect(GitHubFormatter.escapeProperty("%\r\n:,") == "%25%0D%0A%3A%2C")
        #expect(GitHubFormatter.escapeProperty("%3A") == "%253A")
    }

    @Test func stepSummaryListsEveryDiagnostic() {
        let summary = GitHubFormatter.stepSummary(ReportFixtures.report)
        #expect(summary == """
            ### apg check

            2 errors, 1 warning and 1 note.

            | Severity | Rule | Location | Message |
            | --- | --- | --- | --- |
            | note | APG300 synthesis-skipped |  | synthesis skipped: no country guide has goals |
            | error | APG007 config-unknown-key | apg.yaml:3:5 | unknown key \\`colour\\` in apg.yaml<br>help: did you mean \\`color\\`? |
            | error | APG104 duplicate-goal | guides/de.md:6:25 | goal \\`G1\\` is defined twice<br>help: rename one of the goals: \\`G2\\` |
            | warning | APG201 unknown-owner | guides/de.md:8:14 | owner \\`Zhang\\` is not a team member |


            """)
    }

    @Test func stepSummaryCellsAreInert() {
        #expect(GitHubFormatter.markdownCell("a|b<script>&[x](y)\nz") == "a\\|b&lt;script&gt;&amp;\\[x\\]\\(y\\)<br>z")
    }

    @Test func stepSummaryWithoutDiagnostics() {
        #expect(GitHubFormatter.stepSummary(ReportFixtures.report([])) == "### apg check\n\nNo problems found.\n\n")
    }

    @Test func factoryReturnsIt() {
        #expect(DiagnosticFormatters.formatter(for: .github, color: true).format(ReportFixtures.report) == GitHubFormatter().format(ReportFixtures.report))
    }
}
