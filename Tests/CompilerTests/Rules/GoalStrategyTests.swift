@testable import Compiler
import Diagnostics
import Testing

@Suite struct GoalStrategyTests {
    @Test func goalWithStrategiesPasses() {
        #expect(PlanBuilder.sound().diagnostics(of: GoalStrategy()).isEmpty)
    }

    @Test func goalWithoutStrategyFails() {
        var plan = PlanBuilder.sound()
        plan.goal("g2")
        let diagnostics = plan.diagnostics(of: GoalStrategy())
        #expect(diagnostics.map(\.message) == ["goal 'g2' has no strategy"])
        #expect(diagnostics.first?.location == plan.model.goals[1].location)
    }

    @Test func goalIdsCompareCaseInsensitively() {
        var plan = PlanBuilder.sound()
        plan.goal("G2")
        plan.strategy("S2.1", goal: "g2")
        #expect(plan.diagnostics(of: GoalStrategy()).isEmpty)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(GoalStrategy.descriptor, fail: ["global.md:18"])
    }
}
