@testable import Frontend
import PlanModel
import Testing

@Suite struct FlatActionLoweringTests {
    @Test func flatActionsNameTheirParent() throws {
        let lowered = try LoweringFixture.lower("actions.md", country: "US")
        let actions = lowered.file.actions
        #expect(actions.map(\.id) == ["US-A1", "US-A2"])
        #expect(actions[0].strategy?.id == "S1.1")
        #expect(actions[0].tactic == nil)
        #expect(actions[0].due?.iso == "2027-03-31")
        #expect(actions[0].due?.precision == .month)
        #expect(actions[0].owners.map(\.handle) == ["tsmith"])
        #expect(actions[1].checked)
        #expect(actions[1].tactic?.id == "t1-1-1")
        #expect(actions[1].status == .done)
        #expect(actions[1].done?.iso == "2027-01-30")
    }

    @Test func itemWithoutBoxIsReported() throws {
        let lowered = try LoweringFixture.lower("actions.md", country: "US")
        let unexpected = lowered.diagnostics(LoweringRules.unexpectedEntity)
        #expect(unexpected.count == 1)
        #expect(unexpected.first?.location?.line == lowered.line(of: "Call the purchasing"))
        #expect(unexpected.first?.fix?.message.contains("- [ ] Call the purchasing team") == true)
        #expect(lowered.diagnostics.count == 1)
    }
}
