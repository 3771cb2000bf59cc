@testable import Compiler
import Diagnostics
import Testing

@Suite struct TeamGlobalTests {
    @Test func twoCountriesPass() {
        #expect(PlanBuilder.sound().diagnostics(of: TeamGlobal()).isEmpty)
    }

    @Test func oneCountryFails() throws {
        var plan = PlanBuilder()
        plan.member("amueller", function: "Sales", country: "DE")
        plan.member("jweber", function: "Quality", country: "de")
        let diagnostics = plan.diagnostics(of: TeamGlobal())
        #expect(diagnostics.map(\.message) == ["every team member with a country is in DE; the team is not global"])
        #expect(diagnostics.first?.fix != nil)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(TeamGlobal.descriptor, fail: ["global.md:9"])
    }
}
