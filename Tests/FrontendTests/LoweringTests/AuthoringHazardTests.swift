@testable import Frontend
import PlanModel
import Testing

@Suite struct AuthoringHazardTests {
    @Test func setextHeadingIsReportedAndReadAsAttributes() throws {
        let lowered = try LoweringFixture.lower("hazards.md")
        let setext = lowered.diagnostics(LoweringRules.setextAttributes)
        #expect(setext.count == 1)
        #expect(setext.first?.severity == .warning)
        #expect(setext.first?.location?.line == 8)
        #expect(setext.first?.location?.column == 1)
        #expect(setext.first?.notes.first?.location?.line == 6)
        // The lines still count as the goal's attributes, and no section opened there.
        let goal = try #require(lowered.file.goals.first)
        #expect(goal.metric == "design wins per year")
        #expect(goal.target?.value == 12)
        #expect(lowered.file.goals.map(\.id) == ["G1", "G2"])
        #expect(lowered.diagnostics(LoweringRules.unknownSection).isEmpty)
    }

    @Test func pipeTableWhereAListIsExpected() throws {
        let lowered = try LoweringFixture.lower("hazards.md")
        let tables = lowered.diagnostics(LoweringRules.tableInsteadOfList)
        #expect(tables.count == 1)
        #expect(tables.first?.location?.line == lowered.line(of: "| Name | Handle"))
        #expect(tables.first?.fix?.message.contains("- Name (@handle) — Role") == true)
        #expect(lowered.file.members.map(\.id) == ["jweber"])
    }

    @Test func suppressionCommentsApplyToTheNextNonBlankLine() throws {
        let lowered = try LoweringFixture.lower("hazards.md")
        let suppression = try #require(lowered.file.suppressions.first)
        #expect(lowered.file.suppressions.count == 1)
        #expect(suppression.rules == ["derived-id", "APG027"])
        #expect(suppression.location.line == lowered.line(of: "derived-id, APG027"))
        #expect(suppression.line == lowered.line(of: "Jan Weber"))
        let empty = lowered.diagnostics(LoweringRules.invalidSuppression)
        #expect(empty.count == 1)
        #expect(empty.first?.location?.line == lowered.line(of: "apg-disable-next-line -->"))
    }

    @Test func deepNestingIsReportedAndLoweringReturns() {
        // 100,000 nested list items on one line: cmark builds the tree, lowering must
        // stop at the limit instead of recursing through it.
        let text = "## Customer Organization\n" + String(repeating: "- ", count: 100_000) + "deep\n"
        let lowered = lowerText(text)
        let deep = lowered.diagnostics(LoweringRules.nestingTooDeep)
        #expect(deep.count == 1)
        #expect(deep.first?.severity == .error)
        #expect(deep.first?.location?.line == 2)
    }

    @Test func deepUnitNestingStopsAtTheLimit() {
        var text = "## Customer Organization\n"
        for level in 0..<40 {
            text += String(repeating: "  ", count: level) + "- Unit \(level) {#u\(level)}\n"
        }
        let lowered = lowerText(text)
        #expect(lowered.diagnostics(LoweringRules.nestingTooDeep).count == 1)
        #expect(lowered.file.units.count == LoweringLimits.maximumDepth)
        #expect(lowered.file.units.last?.parent?.id == "u\(LoweringLimits.maximumDepth - 2)")
    }

    @Test func deepBlockQuotesToo() {
        let text = "## Notes\n" + String(repeating: ">", count: 50_000) + " deep\n"
        let lowered = lowerText(text)
        #expect(lowered.diagnostics(LoweringRules.nestingTooDeep).count == 1)
        #expect(lowered.file.prose.first?.isNotes == true)
    }
}

@Suite struct DeepNestingInEverySectionTests {
    @Test(arguments: ["## Team", "## Stakeholders", "## Issues and Opportunities", "## Actions", "## Goals\n### G1: Goal\n#### S1: Strategy", "## Vision"])
    func deepListReturnsWithOneError(heading: String) {
        let lowered = lowerText(heading + "\n" + String(repeating: "- ", count: 100_000) + "deep\n")
        #expect(lowered.diagnostics(LoweringRules.nestingTooDeep).count == 1)
        #expect(lowered.diagnostics.allSatisfy { !$0.message.contains("''") })
    }
}

@Suite struct IgnoredTextTests {
    @Test func wrappedTitlesAndDescriptionsAreReportedNotDropped() throws {
        let lowered = try LoweringFixture.lower("ignored-text.md")
        let ignored = lowered.diagnostics(LoweringRules.ignoredText)
        #expect(ignored.map(\.location?.line) == [lowered.line(of: "A short description"), lowered.line(of: "technology day with")])
        #expect(ignored.last?.location?.column == lowered.column(of: "technology day with"))
        #expect(ignored.last?.message == "'technology day with the XC architects' under this action is not an attribute and is ignored")
        #expect(ignored.allSatisfy { $0.severity == .warning && $0.fix != nil })
        // The attributes around the ignored lines are still read.
        #expect(lowered.file.goals.first?.metric == "design wins per year")
        #expect(lowered.file.actions.first?.owners.map(\.handle) == ["jweber"])
    }
}

@Suite struct GoalStructureTests {
    @Test func aStrategyBeforeAnyGoalIsReported() throws {
        let lowered = try LoweringFixture.lower("goals-structure.md")
        let orphan = try #require(lowered.diagnostics(LoweringRules.unexpectedEntity).first { $0.message.contains("S0.1") })
        #expect(orphan.message == "strategy 'S0.1' stands before any goal, so it belongs to none")
        #expect(orphan.location?.line == lowered.line(of: "#### S0.1"))
        #expect(lowered.file.strategies.first { $0.id == "S0.1" }?.goal == nil)
        #expect(lowered.file.strategies.first { $0.id == "S1.1" }?.goal?.id == "G1")
    }

    @Test func aDeeperHeadingUnderGoalsIsReported() throws {
        let lowered = try LoweringFixture.lower("goals-structure.md")
        let heading = try #require(lowered.diagnostics(LoweringRules.unexpectedEntity).first { $0.message.contains("Background") })
        #expect(heading.message == "'Background' is a level-5 heading, which Goals does not use; it is ignored")
        #expect(heading.location?.line == lowered.line(of: "##### Background"))
    }

    @Test func aSecondParentIsReportedAtItsId() throws {
        let lowered = try LoweringFixture.lower("goals-structure.md")
        let extra = try #require(lowered.diagnostics(LoweringRules.oneIDExpected).first)
        #expect(extra.message == "'Strategie' takes one id, but 2 are given; 'S2.1' is ignored")
        #expect(extra.location?.line == lowered.line(of: "Strategie: S1.1, S2.1"))
        #expect(extra.location?.column == lowered.column(of: "S2.1"))
        #expect(lowered.file.actions.first { $0.id == "DE-A1" }?.strategy?.id == "S1.1")
    }
}
