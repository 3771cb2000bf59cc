@testable import Compiler
import Diagnostics
import PlanModel
import Testing

/// Rule fixes name keys and values in the language of the file they point into, and
/// their examples use the workspace's own people.
@Suite struct LocalizedFixTests {
    /// The sound plan, as if its `global.md` were written in `language`.
    static func plan(language: String) -> PlanBuilder {
        var plan = PlanBuilder.sound()
        plan.files = [GuideFile(path: "global.md", frontMatter: FrontMatter(), language: language)]
        return plan
    }

    @Test func actionOwnerNamesTheKeyAndATeamMemberInTheFilesLanguage() throws {
        var plan = Self.plan(language: "de")
        plan.action("A2", strategy: "S1.1", owner: nil)
        let fix = try #require(plan.diagnostics(of: ActionOwner()).first?.fix?.message)
        #expect(fix == "add `Verantwortlich:` with the responsible team member's handle, such as `Verantwortlich: @amueller`")
    }

    @Test func anEnglishFileKeepsEnglishAndAnUnknownFileFallsBackToIt() throws {
        var plan = Self.plan(language: "en")
        plan.action("A2", strategy: "S1.1", due: nil)
        #expect(plan.diagnostics(of: ActionDue()).first?.fix?.message == "add `Due:` with the agreed date, such as `Due: 2027-02-15`")
        var noFile = PlanBuilder.sound()
        noFile.action("A2", strategy: "S1.1", due: nil)
        #expect(noFile.diagnostics(of: ActionDue()).first?.fix?.message == "add `Due:` with the agreed date, such as `Due: 2027-02-15`")
    }

    @Test func statusValuesAreTheFilesWords() throws {
        var plan = Self.plan(language: "fr")
        plan.strategy("S1.3", goal: "G1", status: .proposed)
        plan.goal("G2")
        plan.strategy("S2.1", goal: "G2", status: .proposed)
        plan.strategy("S2.2", goal: "G2", status: .proposed)
        let fix = try #require(plan.diagnostics(of: GoalSelectedStrategy()).first?.fix?.message)
        #expect(fix == "mark the chosen strategy with `Statut: retenue`")
    }

    @Test func goalMetricNamesTheMissingKeysInJapanese() throws {
        var plan = Self.plan(language: "ja")
        plan.goal("G2", baseline: nil, target: nil)
        plan.strategy("S2.1", goal: "G2", status: .selected)
        let fix = try #require(plan.diagnostics(of: GoalMetric()).first?.fix?.message)
        #expect(fix == "add `ベースライン:` and `目標値:` to the goal")
    }

    @Test func aWorkspaceWithoutATeamGetsAPlaceholderNotAnInventedPerson() {
        var plan = PlanBuilder()
        plan.action("A1", strategy: "S1.1", owner: nil)
        #expect(plan.diagnostics(of: ActionOwner()).first?.fix?.message.contains("`Owner: @<handle>`") == true)
    }
}
