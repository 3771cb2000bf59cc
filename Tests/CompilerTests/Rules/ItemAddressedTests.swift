@testable import Compiler
import Diagnostics
import Testing

@Suite struct ItemAddressedTests {
    @Test func addressedHighPriorityItemPasses() {
        var plan = PlanBuilder.sound()
        // The same issue raised by another country counts as addressed.
        plan.item("US-I2", priority: .high, sameAs: ["i-07"])
        #expect(plan.diagnostics(of: ItemAddressed()).isEmpty)
    }

    @Test func itemAddressedOnlyByARejectedStrategyFails() {
        var plan = PlanBuilder.sound()
        plan.item("O-09", priority: .high, kind: .opportunity)
        plan.strategy("S1.3", goal: "G1", status: .rejected, addresses: ["O-09"])
        let diagnostics = plan.diagnostics(of: ItemAddressed())
        #expect(diagnostics.map(\.message) == ["high-priority opportunity 'O-09' is not addressed by any selected strategy"])
        #expect(diagnostics.first?.location == plan.model.items.last?.location)
    }
}
