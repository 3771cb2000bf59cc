import Diagnostics

/// `apg.yaml` (spec §8), with defaults for everything it leaves out.
public struct WorkspaceConfig: Sendable, Equatable {
    public struct Horizon: Hashable, Sendable {
        public var start: PlanDate
        public var end: PlanDate

        public init(start: PlanDate, end: PlanDate) {
            self.start = start
            self.end = end
        }
    }

    /// What a rule is set to in `rules:`.
    public enum RuleSetting: String, Sendable, Hashable {
        case error, warning, note, off

        public var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .note: .note
            case .off: nil
            }
        }
    }

    /// `workshop: { date, venue, agenda: [{ time, topic, owner }] }`.
    public struct Workshop: Sendable, Hashable {
        public struct Slot: Sendable, Hashable {
            /// As written (`09:00`, `9:30–10:15`).
            public var time: String
            public var topic: String
            /// A handle, without its `@`.
            public var owner: String?
            /// Where the owner is written, else the point.
            public var location: SourceLocation?

            public init(time: String, topic: String, owner: String? = nil, location: SourceLocation? = nil) {
                self.time = time
                self.topic = topic
                self.owner = owner
                self.location = location
            }
        }

        public var date: PlanDate?
        public var venue: String?
        public var agenda: [Slot] = []

        public init(date: PlanDate? = nil, venue: String? = nil, agenda: [Slot] = []) {
            self.date = date
            self.venue = venue
            self.agenda = agenda
        }
    }

    public var account: String?
    public var horizon: Horizon?
    /// `review.cadence` in days.
    public var reviewCadenceDays: Int = 30
    public var teamLimit: Int = 15
    public var itemLimit: Int = 50
    /// Rule code or name (as written) → setting.
    public var rules: [String: RuleSetting] = [:]
    /// Custom attribute keys accepted without a note.
    public var fields: [String] = []
    /// `customer-fields:`: custom attribute keys a customer edition shows (every other
    /// custom field is left out of it).
    public var customerFields: [String] = []
    /// Paths (relative, `/`-separated, a trailing `/` for folders) not read.
    public var ignore: [String] = []
    /// Extra vocabulary, in the vocabulary file's own shape: language → category → key → words.
    public var vocabulary: [String: [String: [String: [String]]]] = [:]
    /// Extra cross-language concepts for synthesis, in the concepts file's shape:
    /// concept id → language → words (`currency-risk: { de: [Wechselkursrisiko] }`).
    public var concepts: [String: [String: [String]]] = [:]
    /// `synthesis:` thresholds, by name (`title-similarity`, `cross-language`, …).
    public var synthesis: [String: Double] = [:]
    /// `workshop:`: when and where the workshop is, and its agenda (the pack's cover and agenda).
    public var workshop: Workshop?
    /// `docs-url:`: where the rule pages (`docs/rules/<CODE>.md`) are published; `apg lsp`
    /// links each diagnostic to `<docs-url>/<CODE>.md`.
    public var docsURL: String?
    /// Where each top-level key was written in `apg.yaml`.
    public var keyLocations: [String: SourceLocation] = [:]

    public init() {}
}
