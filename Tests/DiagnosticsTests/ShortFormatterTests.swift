import Testing
@testable import Diagnostics

@Suite struct ShortFormatterTests {
    @Test func oneLinePerDiagnosticWithCodePointColumns() {
        let output = ShortFormatter().format(ReportFixtures.report)
        #expect(output == """
            note: synthesis skipped: no country guide has goals [APG300]
            apg.yaml:3:5: error: unknown key `colour` in apg.yaml [APG007]
            guides/de.md:6:25: error: goal `G1` is defined twice [APG104]
            guides/de.md:8:14: warning: owner `Zhang` is not a team member [APG201]

            """)
    }

    @Test func lineBreaksInMessagesStayOnOneLine() {
        let report = ReportFixtures.report([
            Diagnostic(rule: RuleID(code: "APG001", name: "x"), severity: .error, message: "a\nb\r\nc", location: nil),
        ])
        #expect(ShortFormatter().format(report) == "error: a b c [APG001]\n")
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let report = ReportFixtures.report([
            Diagnostic(rule: RuleID(code: "APG001", name: "x"), severity: .error, message: "a\u{1B}[2Jb\tc", location: nil),
        ])
        #expect(ShortFormatter().format(report) == "error: a\u{FFFD}[2Jb c [APG001]\n")
    }

    @Test func factoryReturnsIt() {
        #expect(DiagnosticFormatters.formatter(for: .short, color: true).format(ReportFixtures.report) == ShortFormatter().format(ReportFixtures.report))
    }
}
