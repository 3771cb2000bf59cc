@testable import Compiler
import Diagnostics
import Testing

@Suite struct MilestoneAfterDueTests {
    @Test func milestoneBeforeOrOnDuePasses() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", due: "2027-Q2") { action, plan in plan.milestone("2027-06-30", on: &action) }
        #expect(plan.diagnostics(of: MilestoneAfterDue()).isEmpty)
    }

    @Test func milestoneAfterDueFailsAtTheMilestone() throws {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", due: "2027-02-15") { action, plan in plan.milestone("2027-03-31", on: &action) }
        let diagnostic = try #require(plan.diagnostics(of: MilestoneAfterDue()).first)
        let action = try #require(plan.model.actions.last)
        #expect(diagnostic.message == "milestone 2027-03-31 is after the due date of action 'A2' (2027-02-15)")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == action.milestones[0].location)
        #expect(diagnostic.notes.first?.location == action.attributeLocations["due"])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(MilestoneAfterDue.descriptor, fail: ["global.md:34"])
    }
}
