@testable import Compiler
import Diagnostics
import Testing

@Suite struct AcquiredUnitCoverageTests {
    @Test func coveredAcquiredUnitPasses() {
        #expect(PlanBuilder.sound().diagnostics(of: AcquiredUnitCoverage()).isEmpty)
    }

    @Test func uncoveredAcquiredUnitFails() {
        var plan = PlanBuilder.sound()
        plan.unit("etas", acquired: 2019)
        // Covered only by someone who is not on the team is not covered.
        plan.unit("bsh", acquired: 2015, coveredBy: ["stranger"])
        plan.unit("rexroth", coveredBy: [])
        #expect(plan.diagnostics(of: AcquiredUnitCoverage()).map(\.message) == [
            "unit 'etas', acquired in 2019, is not covered by any team member",
            "unit 'bsh', acquired in 2015, is not covered by any team member",
        ])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(AcquiredUnitCoverage.descriptor, fail: ["global.md:18"])
    }
}
