@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct StatusHistoryTests {
    @Test func agreeingStatusAndHistoryPass() {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1") { action, plan in
            plan.status(.atRisk, on: &action)
            plan.history("2027-01-10", .onTrack, on: &action)
            plan.history("2027-02-10", .atRisk, on: &action)
        }
        // No `Status:`: the history decides, nothing disagrees.
        plan.action("A3", strategy: "S1.1") { action, plan in plan.history("2027-02-10", .blocked, on: &action) }
        // A later line without a status word says nothing about the status.
        plan.action("A4", strategy: "S1.1") { action, plan in
            plan.status(.onTrack, on: &action)
            plan.history("2027-01-10", .onTrack, on: &action)
            plan.history("2027-02-10", nil, on: &action)
        }
        #expect(plan.diagnostics(of: StatusHistory()).isEmpty)
    }

    @Test func statusThatDisagreesWithTheLatestHistoryLineWarnsAtBoth() throws {
        var plan = PlanBuilder.sound()
        plan.action("A2", strategy: "S1.1") { action, plan in
            plan.status(.open, on: &action)
            plan.history("2027-01-09", .atRisk, on: &action)
            plan.history("2026-12-01", .onTrack, on: &action)
        }
        let diagnostics = plan.diagnostics(of: StatusHistory())
        #expect(diagnostics.map(\.message) == ["action 'A2' has status open but its latest history line (2027-01-09) says at risk"])
        let a2 = try #require(plan.model.actions.first { $0.id == "A2" })
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == a2.attributeLocations["status"])
        #expect(diagnostics.first?.notes.map(\.location) == [a2.history[0].location])
        #expect(diagnostics.first?.notes.first?.message == "the history line of 2027-01-09 says at risk")
        // `Status:` stays the current status (spec §5).
        #expect(a2.effectiveStatus == .open)
    }

    @Test func effectiveStatusFollowsThePrecedence() {
        var action = ActionItem(id: "A", title: "t", idSource: .code, location: SourceLocation(file: "a.md", line: 1, column: 1))
        #expect(action.effectiveStatus == .open)
        action.history = [
            HistoryEntry(date: date("2027-01-01"), status: .onTrack, text: "", location: action.location),
            HistoryEntry(date: date("2027-02-01"), status: .blocked, text: "", location: action.location),
        ]
        #expect(action.effectiveStatus == .blocked)
        action.checked = true
        #expect(action.effectiveStatus == .done)
        action.status = .atRisk
        #expect(action.effectiveStatus == .atRisk)
        #expect(action.statusConflict?.status == .blocked)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(StatusHistory.descriptor, fail: ["global.md:32", "global.md:39"])
    }
}
