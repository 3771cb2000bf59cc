@testable import Frontend
import PlanModel
import Testing

@Suite struct PlanLoweringTests {
    @Test func goalsStrategiesTacticsAndActions() throws {
        let lowered = try LoweringFixture.lower("goals.md")
        let file = lowered.file
        #expect(file.goals.map(\.id) == ["G1", "grow-the-aftermarket-share"])
        let goal = file.goals[0]
        #expect(goal.metric == "design wins per year")
        #expect(goal.baseline?.value == 6)
        #expect(goal.target?.value == 12)
        #expect(goal.due == PlanDate(year: 2028, month: 12, day: 31))
        #expect(goal.sponsors.map(\.handle) == ["kbauer"])
        #expect(file.goals[1].target == Quantity(value: 15, unit: "%", text: ""))

        #expect(file.strategies.map(\.id) == ["S1.1", "S1.2"])
        #expect(file.strategies.map { $0.goal?.id } == ["G1", "G1"])
        #expect(file.strategies[0].status == .selected)
        #expect(file.strategies[0].addresses.map(\.id) == ["I-07", "O-03"])
        #expect(file.strategies[1].status == .proposed)

        // `Pilot: Reutlingen` is not a known key, and a tactic is allowed here.
        #expect(file.tactics.map(\.id) == ["T1.1.1", "pilot-reutlingen"])
        #expect(file.tactics.map(\.title) == ["Quarterly technology days with the XC architects", "Pilot: Reutlingen"])
        #expect(file.tactics.allSatisfy { $0.strategy?.id == "S1.1" })

        #expect(file.actions.map(\.id) == ["A1", "a-roadmap"])
        let a1 = file.actions[0]
        #expect(a1.tactic?.id == "T1.1.1")
        #expect(a1.strategy?.id == "S1.1")
        #expect(a1.checked == false)
        #expect(a1.owners.map(\.handle) == ["jweber"])
        #expect(a1.due == PlanDate(year: 2027, month: 2, day: 15))
        #expect(a1.milestones.map(\.title) == ["agenda agreed with XC", "speakers confirmed"])
        #expect(a1.milestones.map(\.date.iso) == ["2027-01-15", "2027-02-01"])
        #expect(a1.metric == "XC engineers attending")
        #expect(a1.target?.value == 20)
        let a2 = file.actions[1]
        #expect(a2.checked)
        #expect(a2.tactic == nil)
        #expect(a2.strategy?.id == "S1.1")
        #expect(a2.due?.written == "2027-Q1")
        #expect(a2.effectiveStatus == .done)
    }

    @Test func historyLinesCarryStatusWords() throws {
        let lowered = try LoweringFixture.lower("goals.md")
        let history = lowered.file.actions[0].history
        #expect(history.map(\.status) == [.onTrack, .atRisk])
        #expect(history.map(\.text) == ["venue booked", "two speakers cancelled"])
        #expect(history.map(\.date.iso) == ["2027-01-10", "2027-01-20"])
        #expect(lowered.file.actions[0].effectiveStatus == .atRisk)
        let strategyHistory = lowered.file.strategies[1].history
        #expect(strategyHistory.map(\.status) == [.blocked])
        #expect(strategyHistory.first?.text == "waiting for the RFQ")
    }

    @Test func attributeLocationsPointAtTheKey() throws {
        let lowered = try LoweringFixture.lower("goals.md")
        let due = try #require(lowered.file.actions[0].attributeLocations["due"])
        #expect(due.line == lowered.line(of: "Due: 2027-02-15"))
        #expect(due.column == 7)
        #expect(lowered.file.actions[0].attributeLocations["milestone"]?.line == lowered.line(of: "agenda agreed"))
        #expect(lowered.file.actions[0].owners.first?.location.column == 14)
    }

    @Test func onlyTheUncodedGoalWarnsAboutItsID() throws {
        let lowered = try LoweringFixture.lower("goals.md")
        let derived = lowered.diagnostics(LoweringRules.derivedID)
        #expect(derived.map(\.location?.line) == [lowered.line(of: "Pilot: Reutlingen"), lowered.line(of: "### Grow the aftermarket")])
        #expect(lowered.diagnostics.count == 2)
    }

    @Test func historyWithoutStatusWordAndStatusOnly() {
        let lowered = lowerText("""
        ## Goals
        ### G1: Goal
        #### S1: Strategy
        - [ ] A1: Action
          - 2027-01-10: venue booked
          - 2027-02-01: erledigt
          - 2027-02-02: à risque: supplier late
        """)
        let history = lowered.file.actions.first?.history ?? []
        #expect(history.map(\.status) == [nil, .done, .atRisk])
        #expect(history.map(\.text) == ["venue booked", "", "supplier late"])
    }

    @Test func actionsUnderATacticOnlyWithABox() {
        let lowered = lowerText("""
        ## Goals
        ### G1: Goal
        #### S1: Strategy
        - T1: Tactic
          - T2: Nested tactic is not allowed
          - [ ] A1: Action
        """)
        #expect(lowered.file.tactics.map(\.id) == ["T1"])
        #expect(lowered.file.actions.map(\.id) == ["A1"])
        #expect(lowered.file.actions.first?.tactic?.id == "T1")
        let unexpected = lowered.diagnostics(LoweringRules.unexpectedEntity)
        #expect(unexpected.count == 1)
        #expect(unexpected.first?.location?.line == 5)
    }

    @Test func duplicateAttributeKeepsTheFirst() {
        let lowered = lowerText("""
        ## Goals
        ### G1: Goal
        #### S1: Strategy
        - [ ] A1: Action
          - Due: 2027-02-15
          - Fällig: 2027-03-01
        """)
        #expect(lowered.file.actions.first?.due?.iso == "2027-02-15")
        let duplicates = lowered.diagnostics(LoweringRules.duplicateAttribute)
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.location?.line == 6)
        #expect(duplicates.first?.notes.first?.location?.line == 5)
    }

    @Test func strayListInGoalsSection() {
        let lowered = lowerText("""
        ## Goals
        - G1: Goals are headings
        """)
        #expect(lowered.file.goals.isEmpty)
        #expect(lowered.diagnostics(LoweringRules.unexpectedEntity).count == 1)
    }

    @Test func internalVisibilityOnAnyPlanEntity() {
        let lowered = lowerText("""
        ## Ziele
        ### G1: Ziel
        - Sichtbarkeit: intern
        #### S1: Strategie
        - Visibility: internal
        """)
        #expect(lowered.file.goals.first?.visibility == .internal)
        #expect(lowered.file.strategies.first?.visibility == .internal)
        #expect(lowered.file.language == "de")
    }
}
