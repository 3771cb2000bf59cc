@testable import Compiler
import Diagnostics
import Testing

@Suite struct GoalSelectedStrategyTests {
    @Test func goalWithASelectedStrategyPasses() {
        var plan = PlanBuilder.sound()
        plan.goal("G2")
        #expect(plan.diagnostics(of: GoalSelectedStrategy()).isEmpty)
    }

    @Test func goalWithOnlyProposedStrategiesFails() {
        var plan = PlanBuilder.sound()
        plan.goal("G2")
        plan.strategy("S2.1", goal: "G2", status: .proposed)
        plan.strategy("S2.2", goal: "G2", status: nil)
        #expect(plan.diagnostics(of: GoalSelectedStrategy()).map(\.message) == ["goal 'G2' has 2 strategies but none is selected"])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(GoalSelectedStrategy.descriptor, fail: ["global.md:18"])
    }
}
