@testable import Compiler
import Diagnostics
import Testing

@Suite struct GoalAlternativesTests {
    @Test func selectedAndRejectedStrategyAreAlternatives() {
        #expect(PlanBuilder.sound().diagnostics(of: GoalAlternatives()).isEmpty)
    }

    @Test func singleStrategyFailsWithANoteAtIt() throws {
        var plan = PlanBuilder.sound()
        plan.goal("G2")
        plan.strategy("S2.1", goal: "G2", status: .selected)
        plan.goal("G3")
        let diagnostics = plan.diagnostics(of: GoalAlternatives())
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.message == "goal 'G2' has only one strategy ('S2.1'), no alternatives")
        #expect(diagnostic.notes.first?.location == plan.model.strategies.last?.location)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(GoalAlternatives.descriptor, fail: ["global.md:18"])
    }
}
