import Diagnostics

/// One contributing file, as listed in plan.json's `sources`.
public struct SourceFileInfo: Hashable, Sendable {
    public var path: String
    public var country: String?
    public var region: String?
    public var language: String
    public var updated: PlanDate?
    public var authors: [String]
    public var isGlobal: Bool

    public init(path: String, country: String?, region: String?, language: String, updated: PlanDate?, authors: [String], isGlobal: Bool) {
        self.path = path
        self.country = country
        self.region = region
        self.language = language
        self.updated = updated
        self.authors = authors
        self.isGlobal = isGlobal
    }
}

/// The linked account: every file's entities merged by id, references resolved.
/// Lists are in a stable order (the global file first, then sorted path order, each in
/// file order), so everything rendered from the model is deterministic.
public struct AccountModel: Sendable {
    public var account: String
    public var sources: [SourceFileInfo] = []
    public var team: [Member] = []
    /// Parents before children is not guaranteed; use `parent`.
    public var units: [OrgUnit] = []
    public var stakeholders: [Stakeholder] = []
    public var items: [Item] = []
    public var vision: Vision?
    public var goals: [Goal] = []
    public var strategies: [Strategy] = []
    public var tactics: [Tactic] = []
    /// After linking every action has `strategy` set when it can be derived (from its
    /// tactic).
    public var actions: [ActionItem] = []
    /// Notes and unknown sections of every file (each location names its file).
    public var prose: [ProseSection] = []
    /// Suppression comments by file path.
    public var suppressions: [String: [Suppression]] = [:]

    public init(account: String) {
        self.account = account
    }

    /// The country or region of the file an entity was defined in, nil for the global file.
    public func origin(of location: SourceLocation) -> String? {
        sources.first { $0.path == location.file }.flatMap { $0.country ?? $0.region }
    }
}
