@testable import Frontend
import Diagnostics
import Foundation
import Testing

@Suite struct LoweringRulesTests {
    @Test func codesAreUniqueAndInTheLoweringRange() {
        let codes = LoweringRules.all.map(\.id.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(LoweringRules.all.map(\.id.name)).count == codes.count)
        for code in codes {
            let number = Int(code.dropFirst(3)) ?? 0
            #expect(code.hasPrefix("APG") && (20...69).contains(number), "\(code)")
        }
    }

    @Test func everyRuleHasAFullDocumentationPage() {
        for rule in LoweringRules.all {
            for heading in ["## What it checks", "## Why", "## Example", "## Fix"] {
                #expect(rule.documentation.contains(heading), "\(rule.id.code) lacks \(heading)")
            }
            #expect(rule.documentation.contains("```"), "\(rule.id.code) has no example")
        }
    }

    /// Messages are lowercase, specific first and without a trailing period; every one
    /// the fixtures produce comes with a fix.
    @Test func messagesFollowTheConvention() throws {
        let names = ["team.md", "organization.md", "stakeholders.md", "items.md", "goals.md", "actions.md", "prose.md", "hazards.md", "unknown-section-fail.md"]
        var all: [Diagnostic] = []
        for name in names { all += try LoweringFixture.lower(name).diagnostics }
        all += lowerText("## Actions\n- [ ] A1: x\n  - Due: 02/03/2027\n  - Owner: jweber\n  - Status: opn\n  - Target: 1 lot or 2\n").diagnostics
        #expect(all.count >= 12)
        for diagnostic in all {
            let first = diagnostic.message.first
            #expect(first.map { !$0.isUppercase } ?? false, "\(diagnostic.message)")
            #expect(!diagnostic.message.hasSuffix("."), "\(diagnostic.message)")
            #expect(diagnostic.fix != nil, "\(diagnostic.message)")
            #expect(diagnostic.location != nil, "\(diagnostic.message)")
            #expect(LoweringRules.all.contains { $0.id == diagnostic.rule })
        }
    }

    @Test func loweringIsDeterministic() throws {
        let first = try LoweringFixture.lower("goals.md")
        let second = try LoweringFixture.lower("goals.md")
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.file.actions == second.file.actions)
        #expect(first.file.actions.map(\.attributeLocations) == second.file.actions.map(\.attributeLocations))
    }
}
