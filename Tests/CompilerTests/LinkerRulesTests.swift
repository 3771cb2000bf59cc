import Compiler
import Frontend
import Testing

@Suite struct LinkerRulesTests {
    @Test func everyRuleHasACodeInTheLinkerRangeAndADocumentationPage() {
        let rules = LinkerRules.all
        #expect(Set(rules.map(\.id.code)).count == rules.count)
        #expect(Set(rules.map(\.id.name)).count == rules.count)
        for rule in rules {
            let number = Int(rule.id.code.dropFirst(3)) ?? 0
            #expect(rule.id.code.hasPrefix("APG") && (100...149).contains(number), "\(rule.id)")
            #expect(rule.id.name == rule.id.name.lowercased() && !rule.id.name.contains(" "))
            #expect(rule.documentation.hasPrefix("# \(rule.id.code) \(rule.id.name)\n"))
            for section in ["## What it checks", "## Why", "## Example", "## Fix"] {
                #expect(rule.documentation.contains(section), "\(rule.id.code) lacks \(section)")
            }
            #expect(!rule.summary.hasSuffix("."))
        }
    }

    /// Users name rules by code or name in apg.yaml and suppressions: neither may be shared.
    @Test func linkerRulesShareNoCodeOrNameWithTheFrontEnd() {
        let frontEnd = FrontendRules.all
        #expect(Set(frontEnd.map(\.id.code)).isDisjoint(with: LinkerRules.all.map(\.id.code)))
        #expect(Set(frontEnd.map(\.id.name)).isDisjoint(with: LinkerRules.all.map(\.id.name)))
    }
}
