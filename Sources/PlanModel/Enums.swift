/// The canonical (English, kebab-case) values of the localized enums. The vocabulary maps
/// every language's words onto these raw values.

public enum Priority: String, Sendable, Hashable, CaseIterable, Comparable {
    case high, medium, low

    /// high > medium > low.
    public var rank: Int {
        switch self {
        case .high: 3
        case .medium: 2
        case .low: 1
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

public enum ItemKind: String, Sendable, Hashable, CaseIterable {
    case issue, opportunity
}

public enum StrategyStatus: String, Sendable, Hashable, CaseIterable {
    case proposed, selected, rejected
}

public enum ActionStatus: String, Sendable, Hashable, CaseIterable {
    case open
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case blocked
    case done
    case dropped

    /// Whether the action is finished one way or the other.
    public var isClosed: Bool { self == .done || self == .dropped }
}

public enum UnitType: String, Sendable, Hashable, CaseIterable {
    case group, division
    case businessUnit = "business-unit"
    case subsidiary, site, function
}

public enum BuyingRole: String, Sendable, Hashable, CaseIterable {
    case decisionMaker = "decision-maker"
    case influencer, user, gatekeeper
}

public enum Stance: String, Sendable, Hashable, CaseIterable {
    case supporter, neutral, critic
}

public enum Visibility: String, Sendable, Hashable, CaseIterable {
    case `internal`, customer
}
