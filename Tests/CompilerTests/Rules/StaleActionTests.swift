@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct StaleActionTests {
    @Test func recentlyReviewedOrClosedActionsPass() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1") { action, plan in
            plan.history("2026-12-01", .onTrack, on: &action)
            plan.history("2027-01-30", .done, on: &action)
        }
        #expect(plan.diagnostics(of: StaleAction()).isEmpty)
    }

    @Test func staleHistoryFailsAtTheLatestLine() throws {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1") { action, plan in
            plan.history("2027-01-20", .atRisk, on: &action)
            plan.history("2026-12-01", .onTrack, on: &action)
        }
        let diagnostic = try #require(plan.diagnostics(of: StaleAction()).first)
        #expect(diagnostic.message == "open action 'A2' was not reviewed for 40 days (last status line 2027-01-20), longer than the 30-day review cadence")
        #expect(diagnostic.location == plan.model.actions.last?.history[0].location)
    }

    @Test func withoutHistoryTheFileUpdatedDateCounts() {
        var plan = PlanBuilder.sound()
        plan.config.reviewCadenceDays = 14
        var frontMatter = FrontMatter()
        frontMatter.updated = date("2027-02-01")
        plan.files = [GuideFile(path: "global.md", frontMatter: frontMatter, language: "en")]
        plan.action("A2", strategy: "S1.1")
        #expect(plan.diagnostics(of: StaleAction()).map(\.message) == [
            "open action 'A2' was not reviewed for 28 days (file last updated 2027-02-01), longer than the 14-day review cadence",
        ])
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(StaleAction.descriptor, fail: ["global.md:34"])
    }
}
