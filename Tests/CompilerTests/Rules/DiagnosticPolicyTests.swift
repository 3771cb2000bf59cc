@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct DiagnosticPolicyTests {
    static let at = SourceLocation(file: "global.md", line: 12, column: 1)
    static let comment = SourceLocation(file: "global.md", line: 11, column: 1)

    static var alternatives: Diagnostic {
        GoalAlternatives.descriptor.diagnostic("goal 'G1' has only one strategy ('S1.1'), no alternatives", at: at)
    }
    static var checkbox: Diagnostic {
        CheckboxStatus.descriptor.diagnostic("action 'A1' is checked [x] but its status is open", at: SourceLocation(file: "de.md", line: 4, column: 3))
    }
    static var note: Diagnostic {
        Diagnostic(rule: RuleID(code: "APG299", name: "some-note"), severity: .note, message: "a note", location: at)
    }

    func apply(_ diagnostics: [Diagnostic], rules: [String: WorkspaceConfig.RuleSetting] = [:], strict: Bool = false, suppressions: [Suppression] = [], configure: (inout WorkspaceConfig) -> Void = { _ in }) -> [Diagnostic] {
        var config = WorkspaceConfig()
        config.rules = rules
        configure(&config)
        let byFile = Dictionary(grouping: suppressions, by: \.location.file)
        return DiagnosticPolicy(config: config, strict: strict).apply(to: diagnostics, suppressions: byFile)
    }

    @Test func withoutSettingsDiagnosticsPassThrough() {
        #expect(apply([Self.alternatives, Self.checkbox]) == [Self.alternatives, Self.checkbox])
    }

    @Test func overrideByCode() {
        #expect(apply([Self.alternatives], rules: ["apg208": .error]).map(\.severity) == [.error])
    }

    @Test func overrideByNameIgnoresCase() {
        #expect(apply([Self.alternatives, Self.checkbox], rules: ["Goal-Alternatives": .note]).map(\.severity) == [.note, .error])
    }

    @Test func offDropsTheRule() {
        #expect(apply([Self.alternatives, Self.checkbox], rules: ["goal-alternatives": .off]) == [Self.checkbox])
    }

    @Test func aSettingByCodeWinsOverOneByName() {
        #expect(apply([Self.alternatives], rules: ["goal-alternatives": .off, "APG208": .error]).map(\.severity) == [.error])
    }

    @Test func strictTurnsWarningsIntoErrorsAfterOverrides() {
        let result = apply([Self.alternatives, Self.checkbox, Self.note], rules: ["checkbox-status": .warning], strict: true)
        #expect(result.map(\.severity) == [.error, .error, .note])
        #expect(apply([Self.alternatives], rules: ["goal-alternatives": .note], strict: true).map(\.severity) == [.note])
    }

    @Test func unknownRuleInConfigIsReportedWithDidYouMean() throws {
        let rulesKey = SourceLocation(file: "apg.yaml", line: 5, column: 1)
        let result = apply([], rules: ["goal-alternative": .warning]) { $0.keyLocations["rules"] = rulesKey }
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.rule == PolicyRules.unknownRule.id)
        #expect(finding.severity == .warning)
        #expect(finding.message == "unknown rule 'goal-alternative' under rules: in apg.yaml; did you mean 'goal-alternatives'?")
        #expect(finding.location == rulesKey)
        #expect(apply([], rules: ["zzzzzzzzzz": .off]).map(\.location) == [nil])
    }

    @Test func usedSuppressionDropsTheDiagnosticSilently() {
        let suppression = Suppression(location: Self.comment, line: 12, rules: ["goal-alternatives"])
        #expect(apply([Self.alternatives, Self.checkbox], suppressions: [suppression]) == [Self.checkbox])
        let byCode = Suppression(location: Self.comment, line: 12, rules: ["APG208"])
        #expect(apply([Self.alternatives], suppressions: [byCode]) == [])
    }

    @Test func errorsCanBeSuppressedToo() {
        let suppression = Suppression(location: SourceLocation(file: "de.md", line: 3, column: 3), line: 4, rules: ["checkbox-status"])
        #expect(apply([Self.checkbox], suppressions: [suppression]) == [])
    }

    @Test func anUnreadableFileCannotBeSuppressed() {
        let unreadable = Diagnostic(rule: RuleID(code: "APG019", name: "unreadable-file"), severity: .error, message: "cannot read 'de.md'", location: Self.at)
        let suppression = Suppression(location: Self.comment, line: 12, rules: ["unreadable-file"])
        let result = apply([unreadable], suppressions: [suppression])
        #expect(result.map(\.rule.code) == ["APG019", "APG290"])
    }

    @Test func unknownRuleIsLocatedAtItsOwnEntryWhenKnown() {
        let entry = SourceLocation(file: "apg.yaml", line: 7, column: 3)
        let result = apply([], rules: ["goal-alternative": .warning]) {
            $0.keyLocations["rules"] = SourceLocation(file: "apg.yaml", line: 6, column: 1)
            $0.keyLocations["rules.goal-alternative"] = entry
        }
        #expect(result.map(\.location) == [entry])
    }

    @Test func unusedSuppressionIsReportedAtTheComment() throws {
        // Right rule, wrong line; and a second name in the same comment that matches nothing.
        let suppression = Suppression(location: Self.comment, line: 13, rules: ["goal-alternatives"])
        let partly = Suppression(location: SourceLocation(file: "global.md", line: 11, column: 1), line: 12, rules: ["goal-alternatives", "goal-metric"])
        let result = apply([Self.alternatives], suppressions: [suppression])
        #expect(result.count == 2)
        let finding = try #require(result.last)
        #expect(finding.rule.name == "unused-suppression")
        #expect(finding.location == Self.comment)
        #expect(finding.message == "suppression of 'goal-alternatives' is unused: line 13 has no such diagnostic")
        #expect(apply([Self.alternatives], suppressions: [partly]).map(\.message) == ["suppression of 'goal-metric' is unused: line 12 has no such diagnostic"])
    }

    @Test func suppressionOfATurnedOffRuleIsStillUsed() {
        let suppression = Suppression(location: Self.comment, line: 12, rules: ["goal-alternatives"])
        #expect(apply([Self.alternatives], rules: ["goal-alternatives": .off], suppressions: [suppression]) == [])
    }

    @Test func unknownRuleInSuppressionIsReported() {
        let suppression = Suppression(location: Self.comment, line: 12, rules: ["goal-alternativs"])
        let result = apply([Self.alternatives], suppressions: [suppression])
        #expect(result.map(\.message) == [
            Self.alternatives.message,
            "unknown rule 'goal-alternativs' in apg-disable-next-line; did you mean 'goal-alternatives'?",
        ])
    }

    @Test func policyFindingsObeyTheSettingsAndStrict() {
        let suppression = Suppression(location: Self.comment, line: 40, rules: ["goal-alternatives"])
        #expect(apply([], rules: ["unused-suppression": .off], suppressions: [suppression]) == [])
        #expect(apply([], strict: true, suppressions: [suppression]).map(\.severity) == [.error])
    }

    /// `Fixtures/rules/policy`: a suppressed single-strategy goal, an unused suppression,
    /// a misspelt rule and a rule turned off by code in apg.yaml.
    @Test func settingsAndSuppressionsInARealWorkspace() async throws {
        let folder = RuleFixture.root.appendingPathComponent("policy", isDirectory: true)
        func run(strict: Bool) async throws -> [String] {
            let compilation = try await AccountCompiler(options: .init(asOf: RuleFixture.asOf, strict: strict)).compile(root: folder)
            return compilation.diagnostics.map { "\($0.location.map { "\($0.file):\($0.line)" } ?? "-") \($0.severity) \($0.rule.name)" }
        }
        #expect(try await run(strict: false) == [
            "apg.yaml:2 warning unknown-rule",
            "global.md:30 warning unused-suppression",
        ])
        #expect(try await run(strict: true) == [
            "apg.yaml:2 error unknown-rule",
            "global.md:30 error unused-suppression",
        ])
    }
}
