@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct ActionOwnerTests {
    @Test func ownedActionPasses() {
        var plan = PlanBuilder.sound()
        plan.action("A9", strategy: "S1.1", owner: nil) { action, plan in plan.status(.dropped, on: &action) }
        #expect(plan.diagnostics(of: ActionOwner()).isEmpty)
    }

    @Test func actionWithoutOwnerFails() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", owner: nil)
        let diagnostics = plan.diagnostics(of: ActionOwner())
        #expect(diagnostics.map(\.message) == ["action 'A2' has no owner"])
        #expect(diagnostics.first?.location == plan.model.actions.last?.location)
    }

    /// `Owner: jweber` (no `@`) has its own error where it was written (APG026).
    @Test func unreadableOwnerIsNotReportedTwice() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1", owner: nil) { action, builder in
            action.attributeLocations["owner"] = builder.nextLocation()
        }
        #expect(plan.diagnostics(of: ActionOwner()).isEmpty)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(ActionOwner.descriptor, fail: ["global.md:30"])
    }
}
