import Compiler
import PlanModel
import Testing

@Suite("Follow-up changes between two models")
struct FollowUpChangesTests {
    typealias B = FollowUpModelBuilder

    private func baselineAndCurrent() -> (AccountModel, AccountModel) {
        var old = B()
        old.goal("G1", baseline: 6, target: 12, current: 6)
        old.goal("G9")
        old.action("A1", due: "2027-02-15", milestones: [("2027-01-15", "agenda agreed"), ("2027-01-31", "speakers")])
        old.action("A2", owners: ["jweber"])
        old.action("A3")
        old.action("A4", history: [("2027-01-10", .onTrack)])
        old.action("A5")
        old.item("I-01")
        old.item("I-02")

        var new = B()
        new.goal("G1", baseline: 6, target: 14, current: 8)
        new.goal("G2")
        new.action("A1", due: "2027-03-01", milestones: [("2027-02-15", "Agenda  agreed"), ("2027-02-01", "catering")])
        new.action("A2", owners: ["amueller"])
        new.action("A3", checked: true)
        new.action("A4", history: [("2027-01-10", .onTrack), ("2027-02-10", .blocked)])
        new.action("A6", status: .dropped)
        new.item("I-01")
        new.item("I-03")
        return (old.model, new.model)
    }

    @Test("every kind of change is found")
    func everyKindOfChange() {
        let (old, new) = baselineAndCurrent()
        let changes = PlanChanges(baseline: old, current: new, asOf: B.date("2027-03-31"))

        #expect(changes.actionsAdded.map(\.id) == ["A6"])
        #expect(changes.actionsRemoved.map(\.id) == ["A5"])
        #expect(changes.completed.map(\.id) == ["A3"])
        #expect(changes.dropped.map(\.id) == ["A6"])
        #expect(changes.dueMoves.map { "\($0.actionID) \($0.from) \($0.to) \($0.days)" } == ["A1 2027-02-15 2027-03-01 14"])
        #expect(changes.milestoneMoves.map { "\($0.milestone ?? "") \($0.days)" } == ["Agenda  agreed 31"])
        #expect(changes.milestonesAdded.map(\.title) == ["catering"])
        #expect(changes.milestonesRemoved.map(\.title) == ["speakers"])
        #expect(changes.ownerChanges == [PlanChanges.OwnerChange(actionID: "A2", from: ["jweber"], to: ["amueller"])])
        #expect(changes.statusChanges.map { "\($0.actionID) \($0.from.rawValue) \($0.to.rawValue)" } == ["A3 open done", "A4 on-track blocked"])
        #expect(changes.itemsAdded.map(\.id) == ["I-03"])
        #expect(changes.itemsRemoved.map(\.id) == ["I-02"])
        #expect(changes.goalsAdded.map(\.id) == ["G2"])
        #expect(changes.goalsRemoved.map(\.id) == ["G9"])
        #expect(changes.metricChanges.map { "\($0.goalID) \($0.field) \($0.from?.text ?? "-") \($0.to?.text ?? "-")" } == ["G1 target 12 14", "G1 current 6 8"])
    }

    @Test("the current side is judged as of the report's date")
    func currentStatusAsOf() {
        let (old, new) = baselineAndCurrent()
        let changes = PlanChanges(baseline: old, current: new, asOf: B.date("2027-02-01"))
        // A4's blocked line is dated after the as-of date.
        #expect(!changes.statusChanges.contains { $0.actionID == "A4" })
    }

    @Test("identical models have no changes; owner order and id case do not matter")
    func noChanges() {
        var old = B()
        old.action("A1", owners: ["jweber", "amueller"])
        var new = B()
        let renamed = new.action("a1", owners: ["AMueller", "jweber"])
        #expect(renamed.key == "a1")
        #expect(PlanChanges(baseline: old.model, current: new.model, asOf: B.date("2027-03-31")).isEmpty)
        #expect(PlanChanges(baseline: old.model, current: old.model, asOf: B.date("2027-03-31")).isEmpty)
    }

    @Test("the trend counts done actions and days slipped since the first revision")
    func trend() {
        var first = B()
        first.action("A1", due: "2027-02-15", milestones: [("2027-01-15", "agenda")])
        first.action("A2", due: "2027-03-01")
        var second = B()
        second.action("A1", due: "2027-02-25", milestones: [("2027-01-20", "agenda")])
        second.action("A2", due: "2027-02-20", checked: true)
        second.action("A3", status: .dropped)
        let points = FollowUpTrend.points([
            (GitRevision(hash: "aaaaaaaaaaaa", date: "2027-01-01"), first.model, false),
            (GitRevision(hash: "bbbbbbbbbbbb", date: "2027-03-01"), second.model, true),
        ], dueSoonDays: 30)
        #expect(points.map(\.done) == [0, 1])
        #expect(points.map(\.total) == [2, 2])
        #expect(points.map(\.dropped) == [0, 1])
        #expect(points.map(\.slipDays) == [0, 15])
        #expect(points.map(\.overdue) == [0, 1])
        #expect(points.map(\.revision) == ["aaaaaaaa", "bbbbbbbb"])
        #expect(points.last?.hasErrors == true)
    }
}
