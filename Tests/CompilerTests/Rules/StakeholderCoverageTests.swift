@testable import Compiler
import Diagnostics
import Testing

@Suite struct StakeholderCoverageTests {
    @Test func coveredDecisionMakerPasses() {
        var plan = PlanBuilder.sound()
        plan.stakeholder("neutral-user", role: .user, stance: .neutral)
        #expect(plan.diagnostics(of: StakeholderCoverage()).isEmpty)
    }

    @Test func uncoveredDecisionMakerAndCriticFail() {
        var plan = PlanBuilder.sound()
        plan.stakeholder("kraus", role: .decisionMaker)
        plan.stakeholder("vogel", role: .influencer, stance: .critic, coveredBy: ["nobody"])
        let diagnostics = plan.diagnostics(of: StakeholderCoverage())
        #expect(diagnostics.map(\.message) == [
            "decision maker 'kraus' is not covered by any team member",
            "critic 'vogel' is not covered by any team member",
        ])
        #expect(diagnostics.first?.location == plan.model.stakeholders[1].location)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(StakeholderCoverage.descriptor, fail: ["global.md:18"])
    }
}
