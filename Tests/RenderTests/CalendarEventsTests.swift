import Compiler
import Foundation
import PlanModel
@testable import Render
import Testing

/// `milestones.ics` as calendar apps read it: all-day events with attendees and
/// categories, checked by apg's strict line parser and, where installed, by Python's
/// `icalendar`.
@Suite struct CalendarEventsTests {
    static func compilationWithEmails() -> Compilation {
        var compilation = PackFixture.compilation()
        for index in compilation.model.team.indices {
            switch compilation.model.team[index].handle {
            case "jweber": compilation.model.team[index].email = "jonas.weber@example.com"
            case "amueller": compilation.model.team[index].email = "anna.mueller@example.com"
            // Not an address a mailto: URI can carry as it is: left out, never written broken.
            case "mchen": compilation.model.team[index].email = "mia chen@example.com"
            default: break
            }
        }
        return compilation
    }

    static func calendar(_ compilation: Compilation, options: RenderOptions = RenderOptions()) throws -> String {
        try #require(try PackFixture.render(MilestonesCalendarRenderer(), compilation, options: options)["milestones.ics"])
    }

    @Test func ownersWithAnEmailAreAttendees() throws {
        let props = try StrictICS.parse(try Self.calendar(Self.compilationWithEmails()))
        let attendees = props.filter { $0.name == "ATTENDEE" }
        #expect(attendees.contains(.init(name: "ATTENDEE", parameters: "CN=\"Jonas Weber\"", value: "mailto:jonas.weber@example.com")))
        #expect(attendees.contains(.init(name: "ATTENDEE", parameters: "CN=\"Anna Müller\"", value: "mailto:anna.mueller@example.com")))
        #expect(!attendees.contains { $0.value.contains("mia") })
        // A1's due date and milestone name Jonas; those of A2 and A9 name Anna.
        #expect(attendees.filter { $0.value.contains("jonas") }.count == 2)
        #expect(attendees.filter { $0.value.contains("anna") }.count == 4)
    }

    @Test func eventsCarryTheirGoalAsCategory() throws {
        let props = try StrictICS.parse(try Self.calendar(PackFixture.compilation()))
        let categories = props.filter { $0.name == "CATEGORIES" }.map { StrictICS.unescape($0.value) }
        #expect(categories.contains("G1: Double automotive design wins by 2028"))
        #expect(props.filter { $0.name == "STATUS" }.allSatisfy { $0.value == "CONFIRMED" || $0.value == "CANCELLED" })
    }

    @Test func customerEditionHasNoAttendees() throws {
        let ics = try Self.calendar(Self.compilationWithEmails(), options: RenderOptions(audience: .customer))
        #expect(!ics.contains("ATTENDEE"))
        #expect(!ics.contains("@example.com"))
    }

    @Test func droppedActionsAreCancelledEvents() throws {
        var compilation = PackFixture.compilation()
        compilation.model.actions[0].status = .dropped
        let props = try StrictICS.parse(try Self.calendar(compilation))
        let start = try #require(props.firstIndex(of: .init(name: "UID", parameters: "", value: "due-a1@bosch-group.apg")))
        let end = try #require(props[start...].firstIndex { $0.name == "END" })
        #expect(props[start..<end].contains(.init(name: "STATUS", parameters: "", value: "CANCELLED")))
    }

    @Test func attendeeNamesCannotBreakTheParameter() throws {
        var compilation = Self.compilationWithEmails()
        let index = try #require(compilation.model.team.firstIndex { $0.handle == "jweber" })
        compilation.model.team[index].title = "Weber, \"Jonas\"; Dr.: Sales"
        let props = try StrictICS.parse(try Self.calendar(compilation))
        #expect(props.contains(.init(name: "ATTENDEE", parameters: "CN=\"Weber, Jonas; Dr.: Sales\"", value: "mailto:jonas.weber@example.com")))
    }

    static let hasICalendar = ExternalProgram.run(["python3", "-c", "import icalendar"]).status == 0

    @Test(.enabled(if: hasICalendar, "needs python3 with icalendar (python3 -m pip install icalendar)"))
    func pythonICalendarReadsEveryEvent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var compilation = Self.compilationWithEmails()
        compilation.model.actions[0].title = "Ü; a, b\\c\nnext — " + String(repeating: "äöü€", count: 30)
        let file = folder.appendingPathComponent("milestones.ics")
        try Data(try Self.calendar(compilation, options: RenderOptions(includesTodos: true)).utf8).write(to: file)

        let script = PackFixture.testsFolder.appendingPathComponent("Fixtures/icalendar_check.py").path
        let result = ExternalProgram.run(["python3", script, file.path])
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.count == 4 + 3)
        #expect((json["todos"] as? [String])?.count == 4)
        let a1 = try #require(events.first { $0["uid"] as? String == "due-a1@bosch-group.apg" })
        #expect(a1["summary"] as? String == "A1: " + compilation.model.actions[0].title)
        #expect(a1["start"] as? String == "2027-02-15")
        #expect(a1["categories"] as? [String] == ["G1: Double automotive design wins by 2028"])
        let attendees = try #require(a1["attendees"] as? [[String: String]])
        #expect(attendees == [["address": "mailto:jonas.weber@example.com", "name": "Jonas Weber"]])
        let allAttendees = events.flatMap { ($0["attendees"] as? [[String: String]]) ?? [] }
        #expect(allAttendees.count == 6)
    }
}

/// Runs a program that is not apg (python3, chromium), for proof by an independent reader.
enum ExternalProgram {
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
