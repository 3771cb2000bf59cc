import Testing
import Compiler
import PlanModel
@testable import Render

@Suite struct ActionsCSVTests {
    @Test func oneRowPerActionWithHeader() throws {
        let files = try PackFixture.render(ActionsCSVRenderer())
        let text = try #require(files["actions.csv"])
        // A byte order mark, or Excel reads the UTF-8 as its code page.
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        let rows = try StrictCSV.parse(text)
        #expect(rows.first == ["id", "title", "goal", "strategy", "tactic", "owners", "country", "org unit", "due", "status", "milestones", "done",
                               "metric", "target", "actual", "unit", "new status", "new due", "new actual", "comment"])
        #expect(rows.dropFirst().map { $0[0] } == ["A1", "A2", "A3", "A9"])
        #expect(rows[1] == ["A1", "Run the first technology day", "G1", "S1.1", "T1.1.1", "jweber", "DE", rows[1][7], "2027-02-15", "on-track",
                            "2027-01-15 agenda agreed with XC", "", "XC engineers attending", "20", "", "", "", "", "", ""])
        #expect(rows[2][5] == "amueller mchen")
        #expect(rows[2][8] == "2027-06-30")
    }

    @Test(arguments: ["=cmd|'/c calc'!A1", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx",
                      "\u{FF1D}1+1", "\u{FF0B}1", "\u{FF0D}2", "\u{FF20}SUM(A1)", "\u{FE66}1+1",
                      "\u{200B}=1+1", "\u{200E}+1", "\u{2060}-2", "\u{FEFF}@SUM(A1)", "\u{200B}\u{200D}\tx"])
    func formulaCellsAreNeutralised(title: String) throws {
        let files = try PackFixture.render(ActionsCSVRenderer(), PackFixture.compilation(actionTitle: title))
        let rows = try StrictCSV.parse(try #require(files["actions.csv"]))
        #expect(rows[1][1] == "'" + title)
    }

    @Test(arguments: ["Plan 2027", "\u{200B}Plan", "a=b", "E-mail the team", "\u{FF21}BC"])
    func ordinaryCellsAreLeftAlone(title: String) throws {
        let files = try PackFixture.render(ActionsCSVRenderer(), PackFixture.compilation(actionTitle: title))
        let rows = try StrictCSV.parse(try #require(files["actions.csv"]))
        #expect(rows[1][1] == title)
    }

    @Test func quotesCommasAndNewlinesRoundTrip() throws {
        let title = "Say \"hi\", then\r\nleave"
        let files = try PackFixture.render(ActionsCSVRenderer(), PackFixture.compilation(actionTitle: title))
        let rows = try StrictCSV.parse(try #require(files["actions.csv"]))
        #expect(rows[1][1] == title)
    }

    @Test func strictParserRejectsBareLF() {
        #expect(throws: StrictCSV.Failure.self) { try StrictCSV.parse("a,b\nc,d\n") }
    }
}

@Suite struct MilestonesCalendarTests {
    func properties(_ compilation: Compilation = PackFixture.compilation(), options: RenderOptions = RenderOptions(), file: String = "milestones.ics") throws -> [StrictICS.Property] {
        let files = try PackFixture.render(MilestonesCalendarRenderer(), compilation, options: options)
        return try StrictICS.parse(try #require(files[file]))
    }

    @Test func calendarHasTodosAndEvents() throws {
        let props = try properties()
        #expect(props.first == .init(name: "BEGIN", parameters: "", value: "VCALENDAR"))
        #expect(props.last == .init(name: "END", parameters: "", value: "VCALENDAR"))
        #expect(props.contains(.init(name: "VERSION", parameters: "", value: "2.0")))
        #expect(props.contains { $0.name == "PRODID" })
        // Due dates are all-day events (4 actions), milestones too (3); no VTODO without --todos.
        #expect(props.filter { $0 == .init(name: "BEGIN", parameters: "", value: "VTODO") }.isEmpty)
        #expect(props.filter { $0 == .init(name: "BEGIN", parameters: "", value: "VEVENT") }.count == 4 + 3)
        #expect(props.contains(.init(name: "DTSTART", parameters: "VALUE=DATE", value: "20270215")))
        #expect(props.contains(.init(name: "DTEND", parameters: "VALUE=DATE", value: "20270216")))
        #expect(props.contains(.init(name: "DTSTART", parameters: "VALUE=DATE", value: "20270115")))
        #expect(props.contains(.init(name: "DTEND", parameters: "VALUE=DATE", value: "20270116")))
        // The newest `updated` of the sources, not the clock.
        #expect(props.filter { $0.name == "DTSTAMP" }.allSatisfy { $0.value == "20270120T000000Z" })
        #expect(props.contains(.init(name: "UID", parameters: "", value: "due-a1@bosch-group.apg")))
    }

    @Test func todosOnlyWithTheOption() throws {
        let props = try properties(options: RenderOptions(includesTodos: true))
        #expect(props.filter { $0 == .init(name: "BEGIN", parameters: "", value: "VTODO") }.count == 4)
        #expect(props.contains(.init(name: "DUE", parameters: "VALUE=DATE", value: "20270215")))
        #expect(props.contains(.init(name: "UID", parameters: "", value: "action-a1@bosch-group.apg")))
    }

    @Test func sameInputSameBytes() throws {
        let first = try PackFixture.render(MilestonesCalendarRenderer())
        let second = try PackFixture.render(MilestonesCalendarRenderer())
        #expect(first == second)
    }

    @Test func textIsEscapedAndFoldedWithoutSplittingCharacters() throws {
        let title = "Ü; a, b\\c\nnext — " + String(repeating: "äöü€", count: 30)
        let props = try properties(PackFixture.compilation(actionTitle: title))
        let summary = try #require(props.first { $0.name == "SUMMARY" && $0.value.hasPrefix("A1:") })
        #expect(StrictICS.unescape(summary.value) == "A1: " + title)
        #expect(!summary.value.contains("\n"))
        #expect(summary.value.contains("\\;") && summary.value.contains("\\,") && summary.value.contains("\\n"))
        #expect(!summary.value.contains("\u{FFFD}"))
    }

    @Test func everyUIDIsUniqueEvenForTitleDerivedIDs() throws {
        var compilation = PackFixture.compilation()
        // Ids derived from titles in Chinese, and explicit ids differing only in punctuation.
        for (index, id) in ["评估第一件事", "评估第二件事", "a_1", "a+1", "a-1"].enumerated() {
            var action = ActionItem(id: id, title: id, idSource: index < 2 ? .slug : .explicit, location: PackFixture.at("global.md", 200 + index))
            action.strategy = PackFixture.ref("S1.1"); action.due = PackFixture.date("2027-03-01")
            action.milestones = [Milestone(date: PackFixture.date("2027-02-01"), title: "kick-off", location: PackFixture.at("global.md", 201 + index))]
            compilation.model.actions.append(action)
        }
        let uids = try properties(compilation, options: RenderOptions(includesTodos: true)).filter { $0.name == "UID" }.map(\.value)
        #expect(uids.count == 2 * 4 + 3 + 2 * 5 + 5)
        #expect(Set(uids).count == uids.count)
        // Coded actions keep the UIDs they always had.
        #expect(uids.contains("action-a1@bosch-group.apg"))
        #expect(uids.contains("action-_e8_af_84_e4_bc_b0_e7_ac_ac_e4_b8_80_e4_bb_b6_e4_ba_8b@bosch-group.apg"))
    }

    @Test func ownerCalendarHoldsOnlyTheirActions() throws {
        let props = try properties(options: RenderOptions(owner: "@mchen"), file: "milestones-mchen.ics")
        let summaries = props.filter { $0.name == "SUMMARY" }.map(\.value)
        #expect(summaries.contains { $0.hasPrefix("A2:") })
        #expect(!summaries.contains { $0.hasPrefix("A1:") })
    }

    @Test func unknownOwnerIsAnErrorWithSuggestion() {
        #expect(throws: RenderError.unknownOwner("mchn", suggestion: "mchen")) {
            try MilestonesCalendarRenderer().render(PackFixture.compilation(), options: RenderOptions(owner: "mchn"))
        }
    }
}
