@testable import Compiler
import Diagnostics
import Testing

@Suite struct TeamCrossFunctionalTests {
    @Test func twoFunctionsPass() {
        #expect(PlanBuilder.sound().diagnostics(of: TeamCrossFunctional()).isEmpty)
    }

    @Test func oneFunctionFails() throws {
        var plan = PlanBuilder()
        plan.member("amueller", function: "Sales", country: "DE")
        plan.member("jweber", function: " sales ", country: "US")
        plan.member("lwei", function: nil, country: "CN")
        let diagnostic = try #require(plan.diagnostics(of: TeamCrossFunctional()).first)
        #expect(diagnostic.message == "every team member with a function is in Sales; the team is not cross-functional")
        #expect(diagnostic.location == plan.model.team[0].location)
    }

    @Test func noFunctionAtAllFails() {
        var plan = PlanBuilder()
        plan.member("amueller", function: nil)
        #expect(plan.diagnostics(of: TeamCrossFunctional()).map(\.message) == ["no team member has a function; the team is not cross-functional"])
    }

    @Test func emptyTeamIsNotJudged() {
        #expect(PlanBuilder().diagnostics(of: TeamCrossFunctional()).isEmpty)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(TeamCrossFunctional.descriptor, fail: ["global.md:9"])
    }
}
