/// Red, amber or green: how a goal, strategy or country stands, by one stated rule.
///
/// An action is red when it is blocked or overdue; amber when it is at risk, or due
/// within `amberDays` days and not done; green otherwise; a dropped action has no colour
/// and is ignored. A group of actions takes the worst colour among them, and has none
/// when none of its actions counts.
public enum RAGStatus: String, Sendable, Hashable, Comparable, CaseIterable {
    case green, amber, red

    /// How far ahead an open action's due date makes it amber.
    public static let amberDays = 14

    private var rank: Int {
        switch self {
        case .green: 0
        case .amber: 1
        case .red: 2
        }
    }

    public static func < (lhs: RAGStatus, rhs: RAGStatus) -> Bool { lhs.rank < rhs.rank }
}
