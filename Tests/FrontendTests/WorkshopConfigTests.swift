import Diagnostics
import PlanModel
import Testing
@testable import Frontend

/// `apg.yaml` `workshop:` (spec §8): date, venue and the agenda's points.
@Suite struct WorkshopConfigTests {
    @Test func dateVenueAndAgendaWithOrWithoutTheAt() {
        let text = """
        workshop:
          date: 2027-02-10
          venue: Customer headquarters, Stuttgart
          agenda:
            - { time: "09:00", topic: Stretch vision and key goals, owner: kbauer }
            - { time: "10:30", topic: Strategies, owner: "@mfischer" }
            - { topic: Lunch }
        """
        let (config, diagnostics) = WorkspaceConfigParser().parse(text: text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let workshop = config.workshop
        #expect(workshop?.date?.iso == "2027-02-10")
        #expect(workshop?.venue == "Customer headquarters, Stuttgart")
        #expect(workshop?.agenda.map(\.time) == ["09:00", "10:30", ""])
        #expect(workshop?.agenda.map(\.topic) == ["Stretch vision and key goals", "Strategies", "Lunch"])
        #expect(workshop?.agenda.map(\.owner) == ["kbauer", "mfischer", nil])
        // The owner's own place, where a finding about it points.
        #expect(workshop?.agenda.first?.location.map { "\($0.line):\($0.column)" } == "5:68")
    }

    @Test func mistakesAreDiagnosticsAtTheirLines() {
        let text = """
        workshop:
          date: 10.02.2027
          place: Stuttgart
          agenda:
            - { time: "09:00", owner: kbauer }
            - { time: "10:00", topic: Goals, ownr: kbauer }
        """
        let (config, diagnostics) = WorkspaceConfigParser().parse(text: text)
        #expect(config.workshop?.date == nil)
        #expect(config.workshop?.agenda.map(\.topic) == ["Goals"])
        let messages = diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("2: '10.02.2027' in 'workshop.date' is not an ISO date") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("3: unknown key 'place' in 'workshop'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("5: an agenda point needs a 'topic'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("6: unknown key 'ownr' in an agenda point; did you mean 'owner'?") }, "\(messages)")
    }

    @Test func aWorkshopThatIsNotAMappingIsReported() {
        let (config, diagnostics) = WorkspaceConfigParser().parse(text: "workshop: tomorrow\n")
        #expect(config.workshop == nil)
        #expect(diagnostics.map(\.message) == ["'workshop' must be a mapping, not a value"])
    }
}
