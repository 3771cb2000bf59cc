import Diagnostics

/// The agreed stretch vision: prose.
public struct Vision: Hashable, Sendable {
    /// The section's Markdown source, as written.
    public var markdown: String
    public var location: SourceLocation

    public init(markdown: String, location: SourceLocation) {
        self.markdown = markdown
        self.location = location
    }

    public static func == (lhs: Vision, rhs: Vision) -> Bool {
        lhs.markdown.trimmingWhitespace() == rhs.markdown.trimmingWhitespace()
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(markdown.trimmingWhitespace()) }
}

/// A key goal (`### G1: Double automotive design wins by 2028`).
public struct Goal: Entity, Hashable {
    public var id: String
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    public var metric: String?
    public var baseline: Quantity?
    public var target: Quantity?
    public var current: Quantity?
    public var due: PlanDate?
    public var sponsors: [PersonRef] = []
    public var history: [HistoryEntry] = []

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }
}

/// One of the alternative strategies for a goal (`#### S1.1: …`).
public struct Strategy: Entity, Hashable {
    public var id: String
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    /// The goal it is written under.
    public var goal: Reference?
    public var status: StrategyStatus?
    public var addresses: [Reference] = []
    public var units: [Reference] = []
    public var owners: [PersonRef] = []
    public var history: [HistoryEntry] = []

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }
}

/// A tactic under a strategy: a list item without a box.
public struct Tactic: Entity, Hashable {
    public var id: String
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    public var strategy: Reference?
    public var owners: [PersonRef] = []
    public var history: [HistoryEntry] = []

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }
}

/// An action: a task item (`- [ ] A1: …`) under a strategy or tactic, or in an Actions
/// section with `Strategy:` or `Tactic:`.
public struct ActionItem: Entity, Hashable {
    public var id: String
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    /// `[x]` or `[X]`.
    public var checked: Bool = false
    /// The strategy it belongs to: written under, named by `Strategy:`, or (after linking)
    /// its tactic's strategy.
    public var strategy: Reference?
    public var tactic: Reference?
    public var owners: [PersonRef] = []
    public var due: PlanDate?
    public var milestones: [Milestone] = []
    public var metric: String?
    public var target: Quantity?
    public var actual: Quantity?
    /// `Status:` as written, if any.
    public var status: ActionStatus?
    public var done: PlanDate?
    public var history: [HistoryEntry] = []
    /// Where each attribute was written, by canonical key (`due`, `status`, …), so that
    /// rules can point at the line that is wrong.
    public var attributeLocations: [String: SourceLocation] = [:]

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }

    /// The current status (spec §5): `Status:`; else done when boxed; else the latest
    /// history line's status word; else open.
    public var effectiveStatus: ActionStatus {
        if let status { return status }
        if checked { return .done }
        return latestStatusEntry?.status ?? .open
    }

    /// The latest dated history line that starts with a status word.
    public var latestStatusEntry: HistoryEntry? {
        history.filter { $0.status != nil }.max { $0.date < $1.date }
    }

    /// The latest status history line, when its status word disagrees with `Status:`
    /// (spec §5, v1.1): `Status:` stays the current status, and the disagreement is
    /// shown rather than hidden.
    public var statusConflict: HistoryEntry? {
        guard let status, let latest = latestStatusEntry, latest.status != status else { return nil }
        return latest
    }
}

/// A section that is kept as prose: Notes, or a level-2 heading the vocabulary does not
/// know. Rendered in the pack's appendix under its file's country.
public struct ProseSection: Hashable, Sendable {
    public var heading: String
    public var markdown: String
    public var location: SourceLocation
    /// True for the `notes` section, which a customer build leaves out.
    public var isNotes: Bool

    public init(heading: String, markdown: String, location: SourceLocation, isNotes: Bool) {
        self.heading = heading
        self.markdown = markdown
        self.location = location
        self.isNotes = isNotes
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
