import Diagnostics

/// The validated front matter of one guide (spec §2).
public struct FrontMatter: Hashable, Sendable {
    public var account: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    public var region: String?
    /// BCP 47 tag as written (`de`, `fr-CA`).
    public var language: String?
    public var updated: PlanDate?
    /// Handles without `@`.
    public var authors: [PersonRef] = []
    /// Where each key was written, for diagnostics (`account`, `country`, …).
    public var keyLocations: [String: SourceLocation] = [:]

    public init() {}
}

/// Everything the front end built from one file. Entities are flat lists; nesting is
/// kept as references (`OrgUnit.parent`, `Strategy.goal`, `ActionItem.tactic`).
public struct GuideFile: Sendable {
    /// Path relative to the workspace root, with `/` separators.
    public var path: String
    public var frontMatter: FrontMatter
    /// The file's language: front matter's primary subtag, else detected from the
    /// section headings, else `en`.
    public var language: String
    /// The level-1 heading.
    public var title: String?

    public var members: [Member] = []
    public var units: [OrgUnit] = []
    public var unitReferences: [OrgUnitReference] = []
    public var stakeholders: [Stakeholder] = []
    public var items: [Item] = []
    public var vision: Vision?
    public var goals: [Goal] = []
    public var strategies: [Strategy] = []
    public var tactics: [Tactic] = []
    public var actions: [ActionItem] = []
    /// Notes sections and unknown level-2 sections, in file order.
    public var prose: [ProseSection] = []
    /// `<!-- apg-disable-next-line RULE -->` comments: the line they apply to and the
    /// rules they name.
    public var suppressions: [Suppression] = []
    /// Persons written by name or e-mail where a handle belongs (`Owner: Eva Steiner`):
    /// reported by the front end, and matched against the team once it is known, to
    /// propose the handle.
    public var personNames: [WrittenPerson] = []

    public init(path: String, frontMatter: FrontMatter, language: String) {
        self.path = path
        self.frontMatter = frontMatter
        self.language = language
    }

    /// A file with neither `country` nor `region` is the global (workshop) file.
    public var isGlobal: Bool { frontMatter.country == nil && frontMatter.region == nil }

    /// The country code, else the region name, else nil for the global file.
    public var origin: String? { frontMatter.country ?? frontMatter.region }
}

/// A person's name or e-mail as written in place of a handle.
public struct WrittenPerson: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// An `apg-disable-next-line` comment.
public struct Suppression: Hashable, Sendable {
    /// The comment's own position, where an unused suppression is reported.
    public var location: SourceLocation
    /// The line whose diagnostics it silences.
    public var line: Int
    /// Rule codes or names as written.
    public var rules: [String]

    public init(location: SourceLocation, line: Int, rules: [String]) {
        self.location = location
        self.line = line
        self.rules = rules
    }
}
