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

    @Test func anItemMergedWithAnAddressedOneIsAddressed() {
        var plan = PlanBuilder.sound()
        plan.item("FR-I1", priority: .high)
        plan.item("CN-I1", priority: .high)
        var synthesis = SynthesisResult()
        synthesis.clusterOfItem = ["i-07": "I-07", "fr-i1": "I-07", "cn-i1": "CN-I1"]
        let context = RuleContext(model: plan.model, files: [], config: plan.config, synthesis: synthesis, asOf: plan.asOf)
        #expect(ItemAddressed().check(context).map(\.message) == ["high-priority issue 'CN-I1' is not addressed by any selected strategy"])
    }

    @Test func itemAddressedOnlyByARejectedStrategyFails() {
        var plan = PlanBuilder.sound()
        plan.item("O-09", priority: .high, kind: .opportunity)
        plan.strategy("S1.3", goal: "G1", status: .rejected, addresses: ["O-09"])
        let diagnostics = plan.diagnostics(of: ItemAddressed())
        #expect(diagnostics.map(\.message) == ["high-priority opportunity 'O-09' is not addressed by any selected strategy"])
        #expect(diagnostics.first?.location == plan.model.items.last?.location)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(ItemAddressed.descriptor, fail: ["global.md:20"])
    }
}
