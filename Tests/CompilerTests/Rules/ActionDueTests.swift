@testable import Compiler
import Diagnostics
import Testing

@Suite struct ActionDueTests {
    @Test func datedActionPasses() {
        #expect(PlanBuilder.sound().diagnostics(of: ActionDue()).isEmpty)
    }

    @Test func actionWithoutDueDateFails() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", due: nil)
        #expect(plan.diagnostics(of: ActionDue()).map(\.message) == ["action 'A2' has no due date"])
    }

    /// An unreadable `Due:` value has its own error where it was written (APG022).
    @Test func unreadableDueDateIsNotReportedTwice() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", due: nil) { action, builder in
            action.attributeLocations["due"] = builder.nextLocation()
        }
        #expect(plan.diagnostics(of: ActionDue()).isEmpty)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(ActionDue.descriptor, fail: ["global.md:30"])
    }
}
