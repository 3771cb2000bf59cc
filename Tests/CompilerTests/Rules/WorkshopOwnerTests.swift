@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct WorkshopOwnerTests {
    @Test func membersWithOrWithoutTheAtPass() {
        var plan = PlanBuilder.sound()
        plan.config.workshop = .init(agenda: [.init(time: "09:00", topic: "Goals", owner: plan.model.team[0].handle), .init(time: "12:00", topic: "Lunch")])
        #expect(plan.diagnostics(of: WorkshopOwner()).isEmpty)
    }

    @Test func aMisspeltOwnerGetsTheNearestHandle() {
        var plan = PlanBuilder.sound()
        let handle = plan.model.team[0].handle
        plan.config.workshop = .init(agenda: [.init(time: "09:00", topic: "Goals", owner: String(handle.dropLast()))])
        let diagnostics = plan.diagnostics(of: WorkshopOwner())
        #expect(diagnostics.map(\.message) == ["agenda owner '@\(handle.dropLast())' of 'Goals' is not a team member; did you mean '@\(handle)'?"])
        #expect(diagnostics.first?.fix?.message == "write 'owner: \(handle)'")
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(WorkshopOwner.descriptor, fail: ["apg.yaml:5", "apg.yaml:7"])
    }
}
