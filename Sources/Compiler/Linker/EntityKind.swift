/// The kinds of entity the linker merges by id, named as messages name them.
enum EntityKind: Sendable, Hashable {
    case member, unit, stakeholder, item, goal, strategy, tactic, action

    var name: String {
        switch self {
        case .member: "team member"
        case .unit: "unit"
        case .stakeholder: "stakeholder"
        case .item: "item"
        case .goal: "goal"
        case .strategy: "strategy"
        case .tactic: "tactic"
        case .action: "action"
        }
    }

    /// "a goal", "an item".
    var withArticle: String {
        switch self {
        case .item, .action: "an \(name)"
        default: "a \(name)"
        }
    }
}
