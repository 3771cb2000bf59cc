@testable import Compiler
import Diagnostics
import Testing

@Suite struct DateHorizonTests {
    @Test func datesInsideTheHorizonPass() {
        #expect(PlanBuilder.sound().diagnostics(of: DateHorizon()).isEmpty)
    }

    @Test func withoutAHorizonNothingIsJudged() {
        var plan = PlanBuilder.sound()
        plan.config.horizon = nil
        plan.action("A2", strategy: "S1.1", due: "2072-01-01")
        #expect(plan.diagnostics(of: DateHorizon()).isEmpty)
    }

    @Test func everyKindOfPlanDateOutsideFails() throws {
        var plan = PlanBuilder.sound()
        plan.goal("G2", due: "2029-Q1")
        plan.action("A2", strategy: "S1.1", due: "2029-02-15") { action, plan in
            plan.milestone("2026-12-01", on: &action)
            plan.history("2026-11-30", nil, on: &action)
            action.done = date("2029-03-01")
        }
        let messages = plan.diagnostics(of: DateHorizon()).map(\.message)
        #expect(messages == [
            "due date of goal 'G2' 2029-Q1 is outside the plan horizon 2027-01-01 to 2028-12-31",
            "due date of action 'A2' 2029-02-15 is outside the plan horizon 2027-01-01 to 2028-12-31",
            "milestone of action 'A2' 2026-12-01 is outside the plan horizon 2027-01-01 to 2028-12-31",
            "done date of action 'A2' 2029-03-01 is outside the plan horizon 2027-01-01 to 2028-12-31",
            "history line of action 'A2' 2026-11-30 is outside the plan horizon 2027-01-01 to 2028-12-31",
        ])
        let action = try #require(plan.model.actions.last)
        #expect(plan.diagnostics(of: DateHorizon())[1].location == action.attributeLocations["due"])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(DateHorizon.descriptor, fail: ["global.md:32"])
    }
}
