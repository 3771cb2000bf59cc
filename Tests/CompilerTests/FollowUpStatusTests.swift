import Compiler
import PlanModel
import Testing

@Suite("Follow-up status as of a date")
struct FollowUpStatusTests {
    typealias B = FollowUpModelBuilder

    @Test("history lines after the as-of date do not count")
    func historyAfterAsOfIgnored() {
        var builder = B()
        let action = builder.action("A1", history: [("2027-01-10", .onTrack), ("2027-02-10", .atRisk), ("2027-03-10", .done)])
        #expect(action.status(asOf: B.date("2027-01-09")) == .open)
        #expect(action.status(asOf: B.date("2027-01-10")) == .onTrack)
        #expect(action.status(asOf: B.date("2027-02-28")) == .atRisk)
        #expect(action.status(asOf: B.date("2027-03-10")) == .done)
    }

    @Test("a written Status or box counts only when nothing is dated after the as-of date")
    func writtenStatusIsLaterNews() {
        var builder = B()
        let boxed = builder.action("A1", checked: true, done: "2027-03-01", history: [("2027-01-10", .onTrack)])
        #expect(boxed.status(asOf: B.date("2027-02-01")) == .onTrack)
        #expect(boxed.status(asOf: B.date("2027-03-01")) == .done)
        let blocked = builder.action("A2", status: .blocked, history: [("2027-01-10", .onTrack), ("2027-02-10", .blocked)])
        #expect(blocked.status(asOf: B.date("2027-01-20")) == .onTrack)
        #expect(blocked.status(asOf: B.date("2027-05-01")) == .blocked)
        let written = builder.action("A3", status: .atRisk)
        #expect(written.status(asOf: B.date("2026-01-01")) == .atRisk)
    }

    @Test("overdue and due soon leave done and dropped actions out")
    func overdueAndDueSoon() {
        var builder = B()
        builder.action("A1", due: "2027-03-01")
        builder.action("A2", due: "2027-03-01", checked: true)
        builder.action("A3", due: "2027-03-01", status: .dropped)
        builder.action("A4", due: "2027-03-31")
        builder.action("A5", due: "2027-04-30")
        builder.action("A6", due: "2027-05-01")
        builder.action("A7", due: "2027-04-10", checked: true)
        let status = FollowUpStatus(model: builder.model, asOf: B.date("2027-03-31"), dueSoonDays: 30)
        #expect(status.overdue.map(\.id) == ["A1"])
        #expect(status.dueSoon.map(\.id) == ["A4", "A5"])
    }

    @Test("a milestone has passed when it is before the as-of date and its action is not done")
    func passedMilestones() {
        var builder = B()
        builder.action("A1", milestones: [("2027-02-01", "agenda agreed"), ("2027-03-31", "venue booked"), ("2027-05-01", "later")])
        builder.action("A2", checked: true, milestones: [("2027-02-01", "done already")])
        builder.action("A3", status: .dropped, milestones: [("2027-02-01", "gone")])
        let status = FollowUpStatus(model: builder.model, asOf: B.date("2027-03-31"), dueSoonDays: 30)
        #expect(status.passedMilestones.map(\.title) == ["agenda agreed"])
        #expect(status.passedMilestones.first?.daysLate == 58)
    }

    @Test("strategies and goals roll up done of total, the worst status and the metric")
    func strategyAndGoalRollUps() throws {
        var builder = B()
        builder.goal("G1", baseline: 6, target: 12, current: 9)
        builder.goal("G2")
        builder.strategy("S1.1", goal: "G1")
        builder.strategy("S1.2", goal: "G1")
        builder.action("A1", strategy: "S1.1", checked: true)
        builder.action("A2", strategy: "S1.1", history: [("2027-01-10", .atRisk)])
        builder.action("A3", strategy: "S1.2", status: .dropped)
        builder.action("A4", strategy: "S1.2", status: .blocked)
        builder.action("A5")
        let status = FollowUpStatus(model: builder.model, asOf: B.date("2027-03-31"), dueSoonDays: 30)

        let s11 = try #require(status.strategies.first { $0.id == "S1.1" })
        #expect(s11.progress.done == 1 && s11.progress.total == 2 && s11.progress.worst == .atRisk)
        let s12 = try #require(status.strategies.first { $0.id == "S1.2" })
        #expect(s12.progress.total == 1 && s12.progress.dropped == 1 && s12.progress.worst == .blocked)

        let g1 = try #require(status.goals.first { $0.id == "G1" })
        #expect(g1.progress.done == 1 && g1.progress.total == 3 && g1.progress.worst == .blocked)
        #expect(g1.metricProgress == 0.5)
        let g2 = try #require(status.goals.first { $0.id == "G2" })
        #expect(g2.progress.total == 0 && g2.progress.worst == nil && g2.metricProgress == nil)
        #expect(status.unassigned.total == 1)
    }

    @Test("owners and countries count open, overdue and done actions")
    func ownersAndCountries() throws {
        var builder = B()
        builder.action("A1", owners: ["jweber", "amueller"], due: "2027-01-01")
        builder.action("A2", file: "de.md", owners: ["JWeber"], checked: true)
        builder.action("A3", file: "de.md", owners: ["kbauer"], status: .dropped)
        let status = FollowUpStatus(model: builder.model, asOf: B.date("2027-03-31"), dueSoonDays: 30)

        #expect(status.owners.map(\.handle) == ["amueller", "jweber", "kbauer"])
        let jweber = try #require(status.owners.first { $0.handle == "jweber" })
        #expect(jweber.open == 1 && jweber.overdue == 1 && jweber.done == 1 && jweber.name == "Jana Weber")
        let kbauer = try #require(status.owners.first { $0.handle == "kbauer" })
        #expect(kbauer.open == 0 && kbauer.done == 0 && kbauer.name == nil)

        // A1 is written in the global file but owned by Jana, who works in Germany.
        #expect(status.countries.map(\.country) == ["DE"])
        let germany = try #require(status.countries.last)
        #expect(germany.done == 1 && germany.dropped == 1 && germany.open == 1 && germany.overdue == 1)
        #expect(status.actions.map(\.country) == ["DE", "DE", "DE"])
    }

    @Test("an action's country is its first owner's with one, else its file's, else none")
    func countryOfTheOwner() {
        var builder = B()
        var us = Member(id: "mchen", title: "Mia Chen", location: B.at("global.md"))
        us.country = "US"
        builder.model.team.append(us)
        builder.action("A1", owners: ["amueller", "mchen", "jweber"])
        builder.action("A2", file: "de.md", owners: ["mchen"])
        builder.action("A3", file: "de.md", owners: ["amueller"])
        builder.action("A4", owners: [])
        let status = FollowUpStatus(model: builder.model, asOf: B.date("2027-03-31"), dueSoonDays: 30)
        #expect(status.actions.map(\.country) == ["US", "US", "DE", nil])
        #expect(status.countries.map(\.country) == [nil, "DE", "US"])
    }

    @Test("red when blocked or overdue, amber when at risk or due within 14 days, dropped ignored")
    func redAmberGreen() throws {
        var builder = B()
        builder.goal("G1")
        builder.strategy("S1", goal: "G1")
        builder.strategy("S2", goal: "G1")
        builder.strategy("S3", goal: "G1")
        builder.strategy("S4", goal: "G1")
        builder.goal("G2")
        builder.strategy("S5", goal: "G2")
        builder.action("A1", strategy: "S1", due: "2027-03-01")                  // overdue: red
        builder.action("A2", strategy: "S1", due: "2027-06-01", status: .onTrack)
        builder.action("A3", strategy: "S2", due: "2027-04-14")                  // due in 14 days: amber
        builder.action("A4", strategy: "S2", due: "2027-03-01", status: .dropped) // overdue but dropped: ignored
        builder.action("A5", strategy: "S3", due: "2027-04-15", status: .onTrack) // due in 15 days: green
        builder.action("A6", strategy: "S3", due: "2027-03-01", checked: true)   // done: green
        builder.action("A7", strategy: "S4", status: .blocked)                   // red
        builder.action("A8", strategy: "S5", status: .dropped)
        let status = FollowUpStatus(model: builder.model, asOf: B.date("2027-03-31"), dueSoonDays: 30)

        #expect(status.strategies.map(\.progress.rag) == [.red, .amber, .green, .red, nil])
        #expect(status.goals.map(\.progress.rag) == [.red, nil])
        #expect(status.actions.map(\.rag) == [.red, .green, .amber, nil, .green, .green, .red, nil])
        #expect(status.atRiskOrBlocked.map(\.id) == ["A7"])
        let germany = try #require(status.countries.first { $0.country == "DE" })
        #expect(germany.rag == .red && germany.atRiskOrBlocked == 1)
    }
}
