@testable import Compiler
import Diagnostics
import Testing

@Suite struct ActionMetricTests {
    @Test func measuredActionPasses() {
        #expect(PlanBuilder.sound().diagnostics(of: ActionMetric()).isEmpty)
    }

    @Test func actionWithoutMetricFails() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", metric: nil)
        plan.action("A3", strategy: "S1.1", metric: "  ")
        #expect(plan.diagnostics(of: ActionMetric()).map(\.message) == ["action 'A2' has no metric", "action 'A3' has no metric"])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(ActionMetric.descriptor, fail: ["global.md:30"])
    }
}
