@testable import Compiler
import Diagnostics
import Testing

@Suite struct GoalMetricTests {
    @Test func goalWithMetricBaselineAndTargetPasses() {
        #expect(PlanBuilder.sound().diagnostics(of: GoalMetric()).isEmpty)
    }

    @Test func missingMetricBaselineOrTargetFails() {
        var plan = PlanBuilder.sound()
        plan.goal("G2", metric: nil)
        plan.goal("G3", baseline: nil)
        plan.goal("G4", baseline: nil, target: nil)
        let diagnostics = plan.diagnostics(of: GoalMetric())
        #expect(diagnostics.map(\.message) == [
            "goal 'G2' has no metric",
            "the metric of goal 'G3' has no baseline",
            "the metric of goal 'G4' has no baseline and no target",
        ])
        #expect(diagnostics.last?.fix?.message == "add `Baseline:` and `Target:` to the goal")
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(GoalMetric.descriptor, fail: ["global.md:18"])
    }
}
