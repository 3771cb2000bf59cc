import APGJSON
import Testing
@testable import Diagnostics

@Suite struct JSONDiagnosticFormatterTests {
    private func parsed(_ report: DiagnosticReport) throws -> JSONValue {
        try JSONParser.parse(JSONDiagnosticFormatter().format(report))
    }

    @Test func parsesBackWithVersionToolAndSummary() throws {
        let document = try parsed(ReportFixtures.report)
        #expect(document["version"] == 2)
        #expect(document["tool"] == "apg")
        #expect(document["toolVersion"] == "0.1.0")
        #expect(document["summary"] == ["errors": 2, "warnings": 1, "notes": 1])
        #expect(document["diagnostics"]?.arrayValue?.count == 4)
    }

    @Test func diagnosticFieldsUseCodePointColumns() throws {
        let diagnostics = try #require(try parsed(ReportFixtures.report)["diagnostics"]?.arrayValue)
        #expect(diagnostics[2] == [
            "rule": "APG104",
            "name": "duplicate-goal",
            "severity": "error",
            "message": "goal `G1` is defined twice",
            "file": "guides/de.md",
            "line": 6,
            "column": 25,
            "notes": [["message": "first defined here", "file": "guides/at.md", "line": 2, "column": 4]],
            "fix": ["message": "rename one of the goals", "replacement": "G2"],
        ])
        #expect(diagnostics[3]["column"] == 14)
        #expect(diagnostics[3]["fix"] == nil as JSONValue)
        #expect(diagnostics[3]["notes"] == [["message": "team members are listed under `# Team`", "file": nil, "line": nil, "column": nil]])
    }

    @Test func locationlessDiagnosticsHaveNullPositions() throws {
        let first = try #require(try parsed(ReportFixtures.report)["diagnostics"]?.arrayValue?.first)
        #expect(first["file"] == nil as JSONValue)
        #expect(first["line"] == nil as JSONValue)
        #expect(first["column"] == nil as JSONValue)
    }

    @Test func hostileTextSurvivesTheRoundTrip() throws {
        let message = "quote \" backslash \\ newline \n tab \t nul \u{0} Müller 中文 😀 \u{2028}"
        let report = ReportFixtures.report([
            Diagnostic(rule: RuleID(code: "APG001", name: "x"), severity: .warning, message: message,
                       location: Diagnostics.SourceLocation(file: "dir with space/ü.md", line: 1, column: 1)),
        ])
        let diagnostics = try #require(try parsed(report)["diagnostics"]?.arrayValue)
        #expect(diagnostics.first?["message"] == .string(message))
        #expect(diagnostics.first?["file"] == "dir with space/ü.md")
    }

    @Test func isDeterministicAndEmptyReportIsValid() throws {
        let report = ReportFixtures.report
        #expect(JSONDiagnosticFormatter().format(report) == JSONDiagnosticFormatter().format(report))
        let empty = try parsed(ReportFixtures.report([]))
        #expect(empty["summary"] == ["errors": 0, "warnings": 0, "notes": 0])
        #expect(empty["diagnostics"] == [])
        #expect(DiagnosticFormatters.formatter(for: .json, color: true).format(report) == JSONDiagnosticFormatter().format(report))
    }
}
