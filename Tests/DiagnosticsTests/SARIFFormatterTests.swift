import APGJSON
import Foundation
import Testing
@testable import Diagnostics

@Suite struct SARIFFormatterTests {
    static func sarifValidator() throws -> JSONSchemaValidator {
        let url = ReportFixtures.fixtures.appendingPathComponent("sarif-schema-2.1.0.json")
        return try JSONSchemaValidator(schemaText: String(contentsOf: url, encoding: .utf8))
    }

    private func sarif(_ report: DiagnosticReport) throws -> JSONValue {
        try JSONParser.parse(SARIFFormatter().format(report))
    }

    @Test func validAgainstTheOfficialSchema() throws {
        let validator = try Self.sarifValidator()
        let errors = validator.validate(try sarif(ReportFixtures.report))
        #expect(errors == [], "\(errors.map(\.description))")
    }

    @Test func emptyReportIsValid() throws {
        let validator = try Self.sarifValidator()
        #expect(validator.validate(try sarif(ReportFixtures.report([]))) == [])
    }

    @Test func hostilePathsAndMessagesAreValid() throws {
        let report = ReportFixtures.report([
            Diagnostic(rule: RuleID(code: "APG001", name: "x"), severity: .note, message: "\u{0}\n\"%",
                       location: Diagnostics.SourceLocation(file: "c:weird dir/#1?ü%.md", line: 1, column: 1),
                       notes: [DiagnosticNote("n", at: Diagnostics.SourceLocation(file: "a b.md", line: 2, column: 2)), DiagnosticNote("n", at: Diagnostics.SourceLocation(file: "a b.md", line: 2, column: 2))]),
        ])
        let document = try sarif(report)
        #expect(try Self.sarifValidator().validate(document) == [])
        let uri = document["runs"]?.arrayValue?.first?["results"]?.arrayValue?.first?["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]
        #expect(uri == "c%3Aweird%20dir/%231%3F%C3%BC%25.md")
    }

    @Test func validatorRejectsBrokenSARIF() throws {
        let validator = try Self.sarifValidator()
        let valid = try sarif(ReportFixtures.report)
        guard case .object(var members) = valid else {
            Issue.record("SARIF is not an object")
            return
        }
        // Wrong version and a misspelt level deep inside a result.
        members[1].value = "2.0.0"
        let broken = JSONValue.object(members)
        var text = JSONWriter.serialize(broken)
        text = text.replacingOccurrences(of: "\"level\": \"warning\"", with: "\"level\": \"fatal\"")
        text = text.replacingOccurrences(of: "\"startLine\": 6", with: "\"startLine\": 0")
        let errors = validator.validate(try JSONParser.parse(text))
        let paths = Set(errors.map(\.instancePath))
        #expect(paths.contains("/version"))
        #expect(paths.contains("/runs/0/results/3/level"))
        #expect(paths.contains("/runs/0/results/2/locations/0/physicalLocation/region/startLine"))

        let missingRuns = try JSONParser.parse(#"{"version": "2.1.0"}"#)
        #expect(validator.validate(missingRuns).map(\.message) == [#"missing required property "runs""#])
    }

    @Test func runDescribesToolRulesAndColumns() throws {
        let run = try #require(try sarif(ReportFixtures.report)["runs"]?.arrayValue?.first)
        #expect(run["columnKind"] == "unicodeCodePoints")
        let driver = try #require(run["tool"]?["driver"])
        #expect(driver["name"] == "apg")
        #expect(driver["version"] == "0.1.0")
        let rules = try #require(driver["rules"]?.arrayValue)
        // Described rules first, then undescribed ones in code order.
        #expect(rules.map { $0["id"] } == ["APG104", "APG201", "APG007", "APG300"])
        #expect(rules[0]["name"] == "duplicate-goal")
        #expect(rules[0]["shortDescription"] == ["text": "A goal id is defined more than once"])
        #expect(rules[0]["help"]?["markdown"] == .string(ReportFixtures.duplicateGoal.documentation))
        #expect(rules[0]["defaultConfiguration"] == ["level": "error"])
        #expect(rules[1]["defaultConfiguration"] == ["level": "warning"])
    }

    @Test func resultsCarryRuleLevelLocationAndRelatedLocations() throws {
        let run = try #require(try sarif(ReportFixtures.report)["runs"]?.arrayValue?.first)
        let results = try #require(run["results"]?.arrayValue)
        #expect(results.count == 4)
        let duplicate = results[2]
        #expect(duplicate["ruleId"] == "APG104")
        #expect(duplicate["ruleIndex"] == 0)
        #expect(duplicate["level"] == "error")
        #expect(duplicate["message"]?["text"] == "goal `G1` is defined twice\nhelp: rename one of the goals: `G2`")
        let location = try #require(duplicate["locations"]?.arrayValue?.first?["physicalLocation"])
        #expect(location["artifactLocation"] == ["uri": "guides/de.md", "uriBaseId": "%SRCROOT%"])
        #expect(location["region"] == ["startLine": 6, "startColumn": 25])
        let related = try #require(duplicate["relatedLocations"]?.arrayValue)
        #expect(related.count == 1)
        #expect(related[0]["message"] == ["text": "first defined here"])
        #expect(related[0]["physicalLocation"]?["region"] == ["startLine": 2, "startColumn": 4])

        #expect(results[0]["level"] == "note")
        #expect(results[0]["ruleIndex"] == 3)
        #expect(results[0]["locations"] == nil)
        #expect(results[3]["message"]?["text"] == "owner `Zhang` is not a team member\nnote: team members are listed under `# Team`")
        #expect(results[3]["relatedLocations"] == nil)
    }

    @Test func deterministic() {
        #expect(SARIFFormatter().format(ReportFixtures.report) == SARIFFormatter().format(ReportFixtures.report))
        #expect(DiagnosticFormatters.formatter(for: .sarif, color: true).format(ReportFixtures.report) == SARIFFormatter().format(ReportFixtures.report))
    }
}
