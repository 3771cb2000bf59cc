import Diagnostics
import PlanModel

/// Builds small account models in code for the follow-up tests.
struct FollowUpModelBuilder {
    var model = AccountModel(account: "Bosch Group")

    static func date(_ text: String) -> PlanDate {
        (try? PlanDate.parse(text).get()) ?? PlanDate(dayNumber: 0)
    }

    static func at(_ file: String, _ line: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }

    init() {
        model.sources = [
            SourceFileInfo(path: "global.md", country: nil, region: nil, language: "en", updated: nil, authors: [], isGlobal: true),
            SourceFileInfo(path: "de.md", country: "DE", region: nil, language: "de", updated: nil, authors: [], isGlobal: false),
        ]
        var member = Member(id: "jweber", title: "Jana Weber", location: Self.at("global.md"))
        member.country = "DE"
        model.team = [member, Member(id: "amueller", title: "Anna Müller", location: Self.at("global.md"))]
    }

    mutating func goal(_ id: String, baseline: Double? = nil, target: Double? = nil, current: Double? = nil) {
        var goal = Goal(id: id, title: "Goal \(id)", idSource: .code, location: Self.at("global.md"))
        goal.metric = "design wins per year"
        goal.baseline = baseline.map { Quantity(value: $0, text: Self.text($0)) }
        goal.target = target.map { Quantity(value: $0, text: Self.text($0)) }
        goal.current = current.map { Quantity(value: $0, text: Self.text($0)) }
        model.goals.append(goal)
    }

    mutating func strategy(_ id: String, goal: String) {
        var strategy = Strategy(id: id, title: "Strategy \(id)", idSource: .code, location: Self.at("global.md"))
        strategy.goal = Reference(id: goal, location: Self.at("global.md"))
        strategy.status = .selected
        model.strategies.append(strategy)
    }

    /// `history` entries are `("2027-01-10", .onTrack)`.
    @discardableResult
    mutating func action(
        _ id: String, strategy: String? = nil, file: String = "global.md", owners: [String] = ["jweber"], due: String? = nil,
        status: ActionStatus? = nil, checked: Bool = false, done: String? = nil,
        milestones: [(String, String)] = [], history: [(String, ActionStatus?)] = []
    ) -> ActionItem {
        var action = ActionItem(id: id, title: "Action \(id)", idSource: .code, location: Self.at(file, 10 + model.actions.count))
        action.strategy = strategy.map { Reference(id: $0, location: Self.at(file)) }
        action.owners = owners.map { PersonRef(handle: $0, location: Self.at(file)) }
        action.due = due.map(Self.date)
        action.status = status
        action.checked = checked
        action.done = done.map(Self.date)
        action.milestones = milestones.map { Milestone(date: Self.date($0.0), title: $0.1, location: Self.at(file)) }
        action.history = history.map { HistoryEntry(date: Self.date($0.0), status: $0.1, text: "note", location: Self.at(file)) }
        model.actions.append(action)
        return action
    }

    mutating func item(_ id: String) {
        model.items.append(Item(id: id, title: "Item \(id)", idSource: .code, location: Self.at("de.md")))
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
