@testable import Compiler
import Diagnostics
import Testing

@Suite struct TeamSizeTests {
    @Test func teamWithinTheLimitPasses() {
        #expect(PlanBuilder.sound().diagnostics(of: TeamSize()).isEmpty)
    }

    @Test func teamOverTheLimitPointsAtTheFirstMember() throws {
        var plan = PlanBuilder.sound()
        plan.config.teamLimit = 2
        plan.member("lwei", function: "Product Marketing", country: "CN")
        let diagnostics = plan.diagnostics(of: TeamSize())
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.message == "3 team members exceed the limit of 2")
        #expect(diagnostic.location == plan.model.team[0].location)
        #expect(diagnostic.notes.first?.location == plan.model.team[2].location)
        #expect(diagnostic.severity == .warning)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(TeamSize.descriptor, fail: ["global.md:9"])
    }
}
