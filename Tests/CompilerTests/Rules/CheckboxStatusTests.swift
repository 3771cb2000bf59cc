@testable import Compiler
import Diagnostics
import Testing

@Suite struct CheckboxStatusTests {
    @Test func agreeingBoxAndStatusPass() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1") { action, plan in
            action.checked = true
            plan.status(.done, on: &action)
        }
        plan.action("A3", strategy: "S1.1") { action, _ in action.checked = true }
        plan.action("A4", strategy: "S1.1") { action, plan in plan.status(.atRisk, on: &action) }
        #expect(plan.diagnostics(of: CheckboxStatus()).isEmpty)
    }

    @Test func checkedButNotDoneAndDoneButUncheckedFail() throws {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1") { action, plan in
            action.checked = true
            plan.status(.atRisk, on: &action)
        }
        plan.action("A3", strategy: "S1.1") { action, plan in plan.status(.done, on: &action) }
        let diagnostics = plan.diagnostics(of: CheckboxStatus())
        #expect(diagnostics.map(\.message) == [
            "action 'A2' is checked [x] but its status is at risk",
            "action 'A3' has status done but its box is not checked",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        let a2 = try #require(plan.model.actions.first { $0.id == "A2" })
        #expect(diagnostics[0].location == a2.attributeLocations["status"])
        // Both places: the status line, and a note at the box.
        #expect(diagnostics[0].notes.map(\.location) == [a2.location])
        let a3 = try #require(plan.model.actions.first { $0.id == "A3" })
        #expect(diagnostics[1].location == a3.attributeLocations["status"])
        #expect(diagnostics[1].notes.map(\.location) == [a3.location])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(CheckboxStatus.descriptor, fail: ["global.md:34"])
    }
}
