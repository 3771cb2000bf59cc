/// The kinds of entity a guide defines, with what each accepts (spec §5).
public enum EntityKind: Sendable {
    case member, unit, stakeholder, item, goal, strategy, tactic, action

    /// The canonical attribute keys this kind reads; any other known key is misplaced.
    public var attributes: Set<String> {
        switch self {
        case .member: ["role", "function", "country", "email", "visibility"]
        case .unit: ["type", "country", "acquired", "themes", "covered-by", "contacts", "visibility"]
        case .stakeholder: ["unit", "buying-role", "stance", "covered-by", "last-contact", "visibility"]
        case .item: ["type", "unit", "themes", "priority", "raised-by", "value", "products", "same-as", "not-same-as", "visibility"]
        case .goal: ["metric", "baseline", "target", "actual", "due", "sponsor", "visibility"]
        case .strategy: ["status", "addresses", "unit", "owner", "visibility"]
        case .tactic: ["owner", "visibility"]
        case .action: ["owner", "due", "milestone", "metric", "target", "actual", "status", "done", "strategy", "tactic", "visibility"]
        }
    }

    /// Attributes that may be given more than once.
    var repeatable: Set<String> { self == .action ? ["milestone"] : [] }

    /// Plan entities carry dated history lines (spec §4.3).
    var hasHistory: Bool {
        switch self {
        case .goal, .strategy, .tactic, .action: true
        default: false
        }
    }

    /// Plan entities and items warn when their id is derived from the title.
    var needsStableID: Bool {
        switch self {
        case .goal, .strategy, .tactic, .action, .item: true
        default: false
        }
    }

    public var noun: String {
        switch self {
        case .member: "team member"
        case .unit: "organization unit"
        case .stakeholder: "stakeholder"
        case .item: "issue or opportunity"
        case .goal: "goal"
        case .strategy: "strategy"
        case .tactic: "tactic"
        case .action: "action"
        }
    }

    /// "a goal", "an action": the noun with its indefinite article.
    var nounWithArticle: String {
        switch self {
        case .unit, .item, .action: "an \(noun)"
        default: "a \(noun)"
        }
    }

    /// How to fix a list item this kind cannot contain.
    var unexpectedItemHint: String {
        switch self {
        case .strategy, .tactic: "write an action as a task item '- [ ] …', or an attribute as 'Key: value'"
        case .goal: "put tactics and actions under a strategy ('####' heading), or write an attribute as 'Key: value'"
        default: "write it as a 'Key: value' attribute, or move it where such an entity belongs"
        }
    }
}
