@testable import Compiler
import Diagnostics
import Testing

@Suite struct UnitThemesTests {
    @Test func unitsWithThemesPass() {
        #expect(PlanBuilder.sound().diagnostics(of: UnitThemes()).isEmpty)
    }

    @Test func unitWithoutThemesFails() {
        var plan = PlanBuilder.sound()
        plan.unit("mobility", themes: [" "])
        let diagnostics = plan.diagnostics(of: UnitThemes())
        #expect(diagnostics.map(\.message) == ["unit 'mobility' has no key themes"])
        #expect(diagnostics.first?.location == plan.model.units.last?.location)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(UnitThemes.descriptor, fail: ["global.md:9"])
    }
}
