import Compiler
import Diagnostics
import Foundation
import PlanModel

/// `milestones.ics`: an all-day VEVENT on each action's due date and one per milestone,
/// which every calendar app shows (Google Calendar and Outlook's calendar ignore VTODOs);
/// with `--todos` also the VTODO per action that task apps read. Events carry the
/// action's goal as CATEGORIES and, in the team's edition, its owners with an e-mail
/// address as ATTENDEEs. With `--owner @handle` also `milestones-<handle>.ics` with that
/// member's actions only. Everything, DTSTAMP included, derives from the input, never
/// the clock, so the same workspace gives byte-identical calendars and stable UIDs.
public struct MilestonesCalendarRenderer: Renderer {
    public let name = "milestones-ics"

    public init() {}

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let facts = PackFacts(compilation: visible)
        let actions = facts.orderedActions
        let context = Context(facts: facts, includesTodos: options.includesTodos)
        var files = [OutputFile(path: "milestones.ics", text: calendar(actions, context: context, name: visible.model.account))]
        if let owner = options.owner {
            let member = try OwnerLookup.member(owner, in: visible, of: compilation)
            let own = actions.filter { $0.owners.contains { $0.key == member.key } }
            // A customer edition knows its people by name (`RenderOptions.owner` is then a name).
            let shownAs = visible.isCustomerEdition ? member.handle : "@\(member.handle)"
            files.append(OutputFile(
                path: "milestones-\(Self.fileName(member.handle)).ics",
                text: calendar(own, context: context, name: "\(visible.model.account) — \(shownAs)")
            ))
        }
        return files
    }

    /// What every component of one calendar needs, looked up once.
    private struct Context {
        let facts: PackFacts
        let includesTodos: Bool
        let strategies: [String: Strategy]
        let goals: [String: Goal]
        let strategyOfTactic: [String: String]
        let members: [String: Member]

        init(facts: PackFacts, includesTodos: Bool) {
            let model = facts.model
            self.facts = facts
            self.includesTodos = includesTodos
            strategies = Dictionary(model.strategies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            goals = Dictionary(model.goals.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            strategyOfTactic = Dictionary(model.tactics.compactMap { tactic in tactic.strategy.map { (tactic.key, $0.key) } }, uniquingKeysWith: { a, _ in a })
            // A customer edition never shows an e-mail address (its members have none either).
            members = facts.compilation.isCustomerEdition ? [:] : Dictionary(model.team.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        }

        func strategy(of action: ActionItem) -> Strategy? {
            (action.strategy?.key ?? action.tactic.flatMap { strategyOfTactic[$0.key] }).flatMap { strategies[$0] }
        }

        func goal(of action: ActionItem) -> Goal? {
            strategy(of: action)?.goal.flatMap { goals[$0.key] }
        }
    }

    private func calendar(_ actions: [ActionItem], context: Context, name: String) -> String {
        let facts = context.facts
        let model = facts.model
        let stamp = ICalendarWriter.date(facts.date) + "T000000Z"
        let domain = Self.uidPart(model.account)
        var ics = ICalendarWriter()
        ics.line("BEGIN", "VCALENDAR")
        ics.line("VERSION", "2.0")
        ics.line("PRODID", "-//apg//Account Planning Guide compiler//EN")
        ics.line("CALSCALE", "GREGORIAN")
        ics.text("X-WR-CALNAME", name)
        for action in actions {
            var description: [String] = []
            if let strategy = context.strategy(of: action) { description.append("Strategy: \(codedTitle(of: strategy))") }
            if let metric = action.metric { description.append("Metric: \(metric)") }
            if let target = action.target { description.append("Target: \(target.text)") }
            if !action.owners.isEmpty { description.append("Owners: \(handles(action.owners, in: facts.compilation))") }
            let goal = context.goal(of: action)
            let key = Self.uidKey(action.id)

            if let due = action.due {
                ics.line("BEGIN", "VEVENT")
                ics.line("UID", "due-\(key)@\(domain).apg")
                ics.line("DTSTAMP", stamp)
                ics.line("DTSTART;VALUE=DATE", ICalendarWriter.date(due))
                ics.line("DTEND;VALUE=DATE", ICalendarWriter.date(due.adding(days: 1)))
                ics.text("SUMMARY", codedTitle(of: action))
                if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
                eventDetails(&ics, action: action, goal: goal, context: context)
                ics.line("END", "VEVENT")
            }

            if context.includesTodos {
                ics.line("BEGIN", "VTODO")
                ics.line("UID", "action-\(key)@\(domain).apg")
                ics.line("DTSTAMP", stamp)
                ics.text("SUMMARY", codedTitle(of: action))
                if !description.isEmpty { ics.text("DESCRIPTION", description.joined(separator: "\n")) }
                if let due = action.due { ics.line("DUE;VALUE=DATE", ICalendarWriter.date(due)) }
                ics.line("STATUS", Self.todoStatus(action.effectiveStatus))
                if let done = action.done, action.effectiveStatus == .done { ics.line("COMPLETED", ICalendarWriter.date(done) + "T000000Z") }
                if let goal { ics.text("CATEGORIES", codedTitle(of: goal)) }
                ics.line("END", "VTODO")
            }

            var seen: [String: Int] = [:]
            for milestone in action.milestones.sorted(by: { $0.date < $1.date }) {
                let day = ICalendarWriter.date(milestone.date)
                seen[day, default: 0] += 1
                ics.line("BEGIN", "VEVENT")
                ics.line("UID", "milestone-\(key)-\(day)-\(seen[day] ?? 1)@\(domain).apg")
                ics.line("DTSTAMP", stamp)
                ics.line("DTSTART;VALUE=DATE", day)
                ics.line("DTEND;VALUE=DATE", ICalendarWriter.date(milestone.date.adding(days: 1)))
                ics.text("SUMMARY", "\(code(of: action).isEmpty ? action.title : code(of: action)): \(milestone.title)")
                ics.text("DESCRIPTION", codedTitle(of: action))
                eventDetails(&ics, action: action, goal: goal, context: context)
                ics.line("END", "VEVENT")
            }
        }
        ics.line("END", "VCALENDAR")
        return ics.text
    }

    /// What a due date's and a milestone's event share: status, goal, attendees, and
    /// TRANSP so that a plan's dates never mark anyone busy.
    private func eventDetails(_ ics: inout ICalendarWriter, action: ActionItem, goal: Goal?, context: Context) {
        ics.line("STATUS", action.effectiveStatus == .dropped ? "CANCELLED" : "CONFIRMED")
        if let goal { ics.text("CATEGORIES", codedTitle(of: goal)) }
        var invited: Set<String> = []
        for owner in action.owners {
            guard let member = context.members[owner.key], let email = member.email.flatMap(Self.mailAddress),
                  invited.insert(email.lowercased()).inserted
            else { continue }
            ics.line("ATTENDEE;CN=\(ICalendarWriter.parameterValue(member.title))", "mailto:\(email)")
        }
        ics.line("TRANSP", "TRANSPARENT")
    }

    /// An e-mail address usable in a `mailto:` URI as it is: one `@` with text on both
    /// sides, no spaces, controls, quotes or characters a content line treats specially.
    /// Anything else is left out rather than written as a broken ATTENDEE.
    static func mailAddress(_ text: String) -> String? {
        let address = text.trimmingCharacters(in: .whitespaces)
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !"\"<>\\;,:()[] ".unicodeScalars.contains($0) })
        else { return nil }
        return address
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
