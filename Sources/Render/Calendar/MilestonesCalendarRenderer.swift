import Compiler
import Diagnostics
import PlanModel

/// `milestones.ics`: a VTODO per action (due date) and a VEVENT per milestone, for any
/// calendar. With `--owner @handle` also `milestones-<handle>.ics` with that member's
/// actions only. Everything, DTSTAMP included, derives from the input, never the clock,
/// so the same workspace gives byte-identical calendars and stable UIDs.
public struct MilestonesCalendarRenderer: Renderer {
    public let name = "milestones-ics"

    public init() {}

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let facts = PackFacts(compilation: visible)
        let actions = facts.orderedActions
        var files = [OutputFile(path: "milestones.ics", text: calendar(actions, facts: facts, name: visible.model.account))]
        if let owner = options.owner {
            let member = try OwnerLookup.member(owner, in: visible, of: compilation)
            let own = actions.filter { $0.owners.contains { $0.key == member.key } }
            // A customer edition knows its people by name (`RenderOptions.owner` is then a name).
            let shownAs = visible.isCustomerEdition ? member.handle : "@\(member.handle)"
            files.append(OutputFile(
                path: "milestones-\(Self.fileName(member.handle)).ics",
                text: calendar(own, facts: facts, name: "\(visible.model.account) — \(shownAs)")
            ))
        }
        return files
    }

    private func calendar(_ actions: [ActionItem], facts: PackFacts, name: String) -> String {
        let model = facts.model
        let stamp = ICalendarWriter.date(facts.date) + "T000000Z"
        let domain = Self.uidPart(model.account)
        let strategies = Dictionary(model.strategies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var ics = ICalendarWriter()
        ics.line("BEGIN", "VCALENDAR")
        ics.line("VERSION", "2.0")
        ics.line("PRODID", "-//apg//Account Planning Guide compiler//EN")
        ics.line("CALSCALE", "GREGORIAN")
        ics.text("X-WR-CALNAME", name)
        for action in actions {
            var description: [String] = []
            if let strategy = action.strategy.flatMap({ strategies[$0.key] }) { description.append("Strategy: \(codedTitle(of: strategy))") }
            if let metric = action.metric { description.append("Metric: \(metric)") }
            if let target = action.target { description.append("Target: \(target.text)") }
            if !action.owners.isEmpty { description.append("Owners: \(handles(action.owners, in: facts.compilation))") }

            ics.line("BEGIN", "VTODO")
            ics.line("UID", "action-\(Self.uidKey(action.id))@\(domain).apg")
            ics.line("DTSTAMP", stamp)
            ics.text("SUMMARY", codedTitle(of: action))
            if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
            if let due = action.due { ics.line("DUE;VALUE=DATE", ICalendarWriter.date(due)) }
            ics.line("STATUS", Self.todoStatus(action.effectiveStatus))
            if let done = action.done, action.effectiveStatus == .done { ics.line("COMPLETED", ICalendarWriter.date(done) + "T000000Z") }
            ics.line("END", "VTODO")

            var seen: [String: Int] = [:]
            for milestone in action.milestones.sorted(by: { $0.date < $1.date }) {
                let day = ICalendarWriter.date(milestone.date)
                seen[day, default: 0] += 1
                ics.line("BEGIN", "VEVENT")
                ics.line("UID", "milestone-\(Self.uidKey(action.id))-\(day)-\(seen[day] ?? 1)@\(domain).apg")
                ics.line("DTSTAMP", stamp)
                ics.line("DTSTART;VALUE=DATE", day)
                ics.line("DTEND;VALUE=DATE", ICalendarWriter.date(milestone.date.adding(days: 1)))
                ics.text("SUMMARY", "\(code(of: action).isEmpty ? action.title : code(of: action)): \(milestone.title)")
                ics.text("DESCRIPTION", codedTitle(of: action))
                ics.line("TRANSP", "TRANSPARENT")
                ics.line("END", "VEVENT")
            }
        }
        ics.line("END", "VCALENDAR")
        return ics.text
    }

    static func todoStatus(_ status: ActionStatus) -> String {
        switch status {
        case .open: "NEEDS-ACTION"
        case .onTrack, .atRisk, .blocked: "IN-PROCESS"
        case .done: "COMPLETED"
        case .dropped: "CANCELLED"
        }
    }

    /// Lower-case ASCII letters and digits, other characters as `-`: stable across runs
    /// and safe in a UID or a file name.
    static func uidPart(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result.isEmpty ? "x" : result
    }

    /// An action id as a UID part: like `uidPart`, but one-to-one, because two actions
    /// must never share a UID (RFC 5545 3.8.4.7). Ids compare case-insensitively, so
    /// lower-casing keeps them apart; letters, digits, `.` and `-` stay as they are
    /// (the UIDs of coded actions do not change), every other UTF-8 byte becomes `_xx`.
    /// A title-derived id such as `评估第一件事` would otherwise become a bare `-`.
    static func uidKey(_ id: String) -> String {
        var result = ""
        for scalar in id.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "_" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2) }
            }
        }
        return result.isEmpty ? "_" : result
    }

    static func fileName(_ handle: String) -> String {
        uidPart(handle).replacingDots()
    }
}

extension String {
    fileprivate func replacingDots() -> String {
        String(map { $0 == "." ? "-" : $0 })
    }

    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
