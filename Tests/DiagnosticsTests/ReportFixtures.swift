import Foundation
import Testing
@testable import Diagnostics

/// A small report that exercises every part of the formats: multi-byte text before the
/// column, a tab and wide characters, a note in another file, a fix with a replacement,
/// a finding without a location, a file whose text is unknown, and a rule that the
/// report does not describe.
enum ReportFixtures {
    static let germanGuide = """
        ---
        country: DE
        ---
        # Ziele

        ## G1 Umsatz mit Müller GmbH steigern
        | Name | Rolle |
        \tOwner: 中文名字 Zhang
        """

    static let austrianGuide = """
        # Ziele
        ## G1 Umsatz steigern
        """

    static let duplicateGoal = RuleDescriptor(
        code: "APG104", name: "duplicate-goal", severity: .error,
        summary: "A goal id is defined more than once",
        documentation: "## What it checks\n\nGoal ids are unique across the account.\n\n## Fix\n\nRename one goal."
    )
    static let unknownOwner = RuleDescriptor(
        code: "APG201", name: "unknown-owner", severity: .warning,
        summary: "An owner is not a team member",
        documentation: "## What it checks\n\nOwners must be listed under Team."
    )

    static var sources: [String: SourceText] {
        [
            "guides/de.md": SourceText(path: "guides/de.md", text: germanGuide),
            "guides/at.md": SourceText(path: "guides/at.md", text: austrianGuide),
        ]
    }

    static var diagnostics: [Diagnostic] {
        [
            Diagnostic(
                rule: RuleID(code: "APG300", name: "synthesis-skipped"), severity: .note,
                message: "synthesis skipped: no country guide has goals", location: nil
            ),
            Diagnostic(
                rule: RuleID(code: "APG007", name: "config-unknown-key"), severity: .error,
                message: "unknown key `colour` in apg.yaml", location: Diagnostics.SourceLocation(file: "apg.yaml", line: 3, column: 5),
                fix: FixSuggestion("did you mean `color`?", replacement: "color")
            ),
            // Column 26 is the byte column of "GmbH" (after the two-byte "ü").
            duplicateGoal.diagnostic(
                "goal `G1` is defined twice", at: Diagnostics.SourceLocation(file: "guides/de.md", line: 6, column: 26),
                notes: [DiagnosticNote("first defined here", at: Diagnostics.SourceLocation(file: "guides/at.md", line: 2, column: 4))],
                fix: FixSuggestion("rename one of the goals", replacement: "G2")
            ),
            // Byte column 22 is "Zhang", after a tab and four three-byte characters.
            unknownOwner.diagnostic(
                "owner `Zhang` is not a team member", at: Diagnostics.SourceLocation(file: "guides/de.md", line: 8, column: 22),
                notes: [DiagnosticNote("team members are listed under `# Team`")]
            ),
        ]
    }

    static var report: DiagnosticReport {
        DiagnosticReport(diagnostics: diagnostics, sources: sources, rules: [duplicateGoal, unknownOwner], toolVersion: "0.1.0")
    }

    static func report(_ diagnostics: [Diagnostic], sources: [String: SourceText] = sources) -> DiagnosticReport {
        DiagnosticReport(diagnostics: diagnostics, sources: sources, rules: [duplicateGoal, unknownOwner], toolVersion: "0.1.0")
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}

/// Compares output with a file under `Fixtures/golden`. With `APG_RECORD_GOLDEN=1` it
/// rewrites the file instead and fails, so that a recording is never mistaken for a pass.
func expectGolden(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = ReportFixtures.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["APG_RECORD_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); run again without APG_RECORD_GOLDEN to compare", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file \(name); record it with APG_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, sourceLocation: sourceLocation)
}
