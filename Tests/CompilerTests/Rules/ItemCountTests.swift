@testable import Compiler
import Diagnostics
import Testing

@Suite struct ItemCountTests {
    @Test func itemsWithinTheLimitPass() {
        #expect(PlanBuilder.sound().diagnostics(of: ItemCount()).isEmpty)
    }

    @Test func itemsOverTheLimitPointAtTheFirstItemOverIt() throws {
        var plan = PlanBuilder.sound()
        plan.config.itemLimit = 1
        plan.item("I-08")
        let diagnostic = try #require(plan.diagnostics(of: ItemCount()).first)
        #expect(diagnostic.message == "3 issues and opportunities exceed the limit of 1")
        #expect(diagnostic.location == plan.model.items[1].location)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(ItemCount.descriptor, fail: ["global.md:13"])
    }
}
