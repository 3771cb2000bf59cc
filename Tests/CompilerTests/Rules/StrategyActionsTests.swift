@testable import Compiler
import Diagnostics
import Testing

@Suite struct StrategyActionsTests {
    @Test func actionUnderATacticCountsForItsStrategy() {
        var plan = PlanBuilder.sound()
        plan.goal("G2")
        plan.strategy("S2.1", goal: "G2", status: .selected)
        plan.tactic("T2.1.1", strategy: "S2.1")
        // Not linked yet: the rule finds the strategy through the tactic.
        plan.action("A2", tactic: "T2.1.1")
        #expect(plan.diagnostics(of: StrategyActions()).isEmpty)
    }

    @Test func selectedStrategyWithoutActionsFails() {
        var plan = PlanBuilder.sound()
        plan.goal("G2")
        plan.strategy("S2.1", goal: "G2", status: .selected)
        plan.strategy("S2.2", goal: "G2", status: .proposed)
        let diagnostics = plan.diagnostics(of: StrategyActions())
        #expect(diagnostics.map(\.message) == ["selected strategy 'S2.1' has no actions"])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(StrategyActions.descriptor, fail: ["global.md:26"])
    }
}
