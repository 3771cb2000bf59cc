import Diagnostics
import Foundation
import PlanModel
import Testing
@testable import Frontend

@Suite struct ConfigTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/workspaces/config")

    func parse(_ name: String) throws -> (config: WorkspaceConfig, diagnostics: [Diagnostic]) {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        return WorkspaceConfigParser().parse(text: text)
    }

    @Test func fullConfig() throws {
        let (config, diagnostics) = try parse("full.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(config.account == "Kessler Group")
        #expect(config.horizon?.start.iso == "2027-01-01")
        #expect(config.horizon?.end.iso == "2028-12-31")
        #expect(config.reviewCadenceDays == 28)
        #expect(config.teamLimit == 12)
        #expect(config.itemLimit == 40)
        #expect(config.rules == ["goal-alternatives": .warning, "APG013": .off])
        #expect(config.fields == ["Budget", "Kostenstelle"])
        #expect(config.vocabulary == ["de": ["sections": ["items": ["Themen und Chancen"]]]])
        #expect(config.ignore == ["drafts/"])
        #expect(config.synthesis == ["title-similarity": 0.55])
        #expect(config.concepts == ["currency-risk": ["de": ["Wechselkursrisiko"], "fr": ["risque de change"]]])
        #expect(config.keyLocations["rules"] == SourceLocation(file: "apg.yaml", line: 5, column: 1))
    }

    /// The policy reports an unknown rule name at its own entry, not at `rules:`.
    @Test func eachRuleEntryKeepsItsLocation() throws {
        let (config, _) = try parse("full.yaml")
        #expect(config.keyLocations["rules.goal-alternatives"] == SourceLocation(file: "apg.yaml", line: 6, column: 3))
        #expect(config.keyLocations["rules.APG013"] == SourceLocation(file: "apg.yaml", line: 7, column: 3))
    }

    @Test func errors_areDiagnosticsAtTheirLines() throws {
        let (config, diagnostics) = try parse("errors.yaml")
        let found = diagnostics.map { "\($0.location?.line ?? 0) \($0.rule.code) \($0.message)" }.sorted()
        #expect(found == [
            "10 APG014 synthesis setting 'title-similarity' must be a number, not 'high'",
            "2 APG016 horizon ends (2027-01-01) before it starts (2028-12-31)",
            "3 APG014 review cadence 'monthly' is not a duration",
            "4 APG014 'limits.items' must be a positive whole number, not '-3'",
            "4 APG014 'limits.team' must be a positive whole number, not 'fifteen'",
            "6 APG014 rule 'goal-alternatives' is set to 'info'; expected error, warning, note or off",
            "8 APG017 unknown key 'ownr' in vocabulary category 'attributes'",
            "8 APG017 unknown vocabulary category 'section'; did you mean 'sections'?",
            "9 APG013 unknown key 'ignroe' in apg.yaml; did you mean 'ignore'?",
        ])
        // Defaults survive bad values.
        #expect(config.horizon == nil)
        #expect(config.reviewCadenceDays == 30)
        #expect(config.teamLimit == 15)
        #expect(config.ignore == [])
    }

    @Test func duplicateNestedKey_andWrongShape() throws {
        let (config, diagnostics) = try parse("duplicate.yaml")
        let duplicate = try #require(diagnostics.first { $0.rule == FrontMatterRules.duplicateKey.id })
        #expect(duplicate.location == SourceLocation(file: "apg.yaml", line: 4, column: 3))
        #expect(duplicate.notes.first?.location == SourceLocation(file: "apg.yaml", line: 3, column: 3))
        #expect(config.reviewCadenceDays == 30)
        #expect(diagnostics.contains { $0.rule == FrontMatterRules.notAMapping.id && $0.location?.line == 5 })
    }

    @Test func syntaxError_hasLocationInApgYaml() throws {
        let (_, diagnostics) = try parse("syntax.yaml")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.rule == FrontMatterRules.yamlSyntax.id)
        #expect(diagnostic.location?.file == "apg.yaml")
        #expect((diagnostic.location?.line ?? 0) >= 2)
    }

    @Test(arguments: [("30d", 30), ("4w", 28), ("2m", 60), ("14", 14), ("0d", nil), ("d", nil), ("1y", nil)] as [(String, Int?)])
    func cadence(text: String, days: Int?) {
        #expect(WorkspaceConfigParser.Reader.cadenceDays(text) == days)
    }
}
