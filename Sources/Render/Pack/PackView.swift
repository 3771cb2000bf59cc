/// The context the pack templates see. Every stored property is a template name (see
/// `TemplateObject`); `Trusted` properties are pre-rendered and may be used unescaped.
/// Sections over an optional show their body only when it is set: swift-mustache
/// treats an empty string as true, so optional text is nil rather than "".
public struct PackView: TemplateObject {
    public var labels: [String: String] = [:]
    public var lang = "en"
    public var account = ""
    public var date = ""
    public var isCustomerEdition = false
    public var contents: [ContentsEntryView] = []
    public var sources: [SourceView] = []
    public var countries: [String] = []
    public var agenda: [AgendaPhaseView] = []
    public var teamFunctions: [TeamGroupView] = []
    public var teamCountries: [TeamGroupView] = []
    public var hasTeam = false
    public var visionHTML = Trusted("")
    public var hasVision = false
    public var goals: [GoalView] = []
    public var units: [UnitView] = []
    public var orgChartSVG = Trusted("")
    public var orgChartMermaid = Trusted("")
    public var hasUnits = false
    public var stakeholderStances: [String] = []
    public var stakeholderGrid: [StakeholderRowView] = []
    public var stakeholders: [StakeholderView] = []
    public var hasStakeholders = false
    public var itemGroups: [ItemGroupView] = []
    public var hasItems = false
    /// Synthesized items, source items, and how many of the synthesized no strategy addresses.
    public var itemCount = 0
    public var sourceItemCount = 0
    public var unaddressedCount = 0
    public var themeSummary: [ThemeSummaryView] = []
    public var whitespaceColumns: [String] = []
    public var whitespaceRows: [WhitespaceRowView] = []
    public var hasWhitespace = false
    public var timelineSVG = Trusted("")
    public var timelineMermaid = Trusted("")
    public var timelineSpan = ""
    public var hasTimeline = false
    public var responsibilities: [ResponsibilityView] = []
    public var hasResponsibilities = false
    public var notes: [ProseView] = []
    public var hasNotes = false
    public var diagnostics: DiagnosticsView?
    public var hasAppendix = false

    public init() {}
}

public struct ContentsEntryView: TemplateObject {
    public var number = ""
    public var anchor = ""
    public var title = ""
    public init() {}
}

public struct SourceView: TemplateObject {
    public var path = ""
    public var origin = ""
    public var language = ""
    public var updated = ""
    public var authors = ""
    public init() {}
}

public struct AgendaPhaseView: TemplateObject {
    public var title = ""
    public var steps: [AgendaStepView] = []
    public init() {}
}

public struct AgendaStepView: TemplateObject {
    public var title = ""
    public var anchor = ""
    public var detail: String? = nil
    public init() {}
}

public struct TeamGroupView: TemplateObject {
    public var name = ""
    public var count = 0
    public var members: [MemberView] = []
    /// `Name (@handle); …` for the Markdown pack, which has no CSS to separate a list.
    public var memberList = ""
    public init() {}
}

public struct MemberView: TemplateObject {
    public var name = ""
    public var handle = ""
    public var role = ""
    public var function = ""
    public var country = ""
    public var email = ""
    public init() {}
}

public struct GoalView: TemplateObject {
    public var code = ""
    public var anchor = ""
    public var title = ""
    public var metric = ""
    public var baseline = ""
    public var target = ""
    public var current = ""
    public var due = ""
    public var sponsors = ""
    public var strategies: [StrategyView] = []
    public var hasStrategies = false
    public init() {}
}

public struct StrategyView: TemplateObject {
    public var code = ""
    public var anchor = ""
    public var title = ""
    public var status = ""
    public var statusClass = ""
    public var owners: String? = nil
    public var addresses: [ReferenceView] = []
    public var units: [ReferenceView] = []
    public var unitList = ""
    public var tactics: [TacticView] = []
    public var actions: [ActionView] = []
    public var hasAddresses = false
    public var hasUnitRefs = false
    public var hasDirectActions = false
    public var hasWork = false
    public init() {}
}

public struct ReferenceView: TemplateObject {
    public var code = ""
    public var title = ""
    public init() {}
}

public struct TacticView: TemplateObject {
    public var code = ""
    public var title = ""
    public var owners: String? = nil
    public var actions: [ActionView] = []
    public init() {}
}

public struct ActionView: TemplateObject {
    public var code = ""
    public var title = ""
    public var owners = ""
    public var due = ""
    public var status = ""
    public var statusClass = ""
    public var metric = ""
    public var target = ""
    public var actual: String? = nil
    public var milestones: [MilestoneView] = []
    public var milestoneList = ""
    public var hasMilestones = false
    public init() {}
}

public struct MilestoneView: TemplateObject {
    public var date = ""
    public var title = ""
    public init() {}
}

public struct UnitView: TemplateObject {
    public var code = ""
    public var title = ""
    public var hasCode = false
    public var depth = 0
    public var indent = ""
    public var type = ""
    public var country: String? = nil
    public var acquired = ""
    public var themes = ""
    public var coveredBy = ""
    public var isCovered = false
    public var contacts = ""
    public init() {}
}

public struct StakeholderRowView: TemplateObject {
    public var role = ""
    public var cells: [StakeholderCellView] = []
    public init() {}
}

public struct StakeholderCellView: TemplateObject {
    public var names = ""
    public init() {}
}

public struct StakeholderView: TemplateObject {
    public var name = ""
    public var jobTitle: String? = nil
    public var unit = ""
    public var role = ""
    public var stance = ""
    public var stanceClass = ""
    public var coveredBy = ""
    public var lastContact = ""
    public init() {}
}

public struct ItemGroupView: TemplateObject {
    public var unit = ""
    public var themes: [ItemThemeView] = []
    public init() {}
}

public struct ItemThemeView: TemplateObject {
    public var theme = ""
    public var entries: [ItemEntryView] = []
    public init() {}
}

public struct ItemEntryView: TemplateObject {
    public var code = ""
    public var rank = 0
    public var title = ""
    public var kind = ""
    public var priority = ""
    public var countries = ""
    public var value: String? = nil
    public var products = ""
    public var otherThemes: String? = nil
    public var sources: [ItemSourceView] = []
    public var merges: [MergeView] = []
    public var hasMerges = false
    public var isAddressed = false
    public var addressedBy = ""
    public init() {}
}

public struct ItemSourceView: TemplateObject {
    public var code = ""
    /// Only for merged entries: a single source has the entry's title.
    public var title: String? = nil
    public var country = ""
    public var location = ""
    /// Lets the Markdown pack separate a list without a trailing separator.
    public var isFirst = false
    public init() {}
}

/// One merge of the synthesis: which items, why (`Same as` or similarity) and the evidence.
public struct MergeView: TemplateObject {
    public var items = ""
    public var cause = ""
    public var evidence = ""
    public var isFirst = false
    public init() {}
}

public struct ThemeSummaryView: TemplateObject {
    public var theme = ""
    public var count = 0
    public var unaddressed = 0
    public var values = ""
    public var items = ""
    public init() {}
}

public struct WhitespaceRowView: TemplateObject {
    public var unit = ""
    public var depth = 0
    public var targetedBy = ""
    public var isTargeted = false
    public var cells: [WhitespaceCellView] = []
    public init() {}
}

public struct WhitespaceCellView: TemplateObject {
    /// `2 · 1`: opportunities · issues; empty when nothing was raised here.
    public var mark = ""
    /// Opportunities here and no strategy targets the unit.
    public var isWhitespace = false
    public var isEmpty = true
    public var title = ""
    public init() {}
}

public struct ResponsibilityView: TemplateObject {
    public var name = ""
    public var handle = ""
    public var actions = ""
    public var strategies = ""
    public var units = ""
    public var count = 0
    public init() {}
}

public struct ProseView: TemplateObject {
    public var origin = ""
    public var heading = ""
    public var file = ""
    public var html = Trusted("")
    public init() {}
}

public struct DiagnosticsView: TemplateObject {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var entries: [DiagnosticEntryView] = []
    public init() {}
}

public struct DiagnosticEntryView: TemplateObject {
    public var severity = ""
    public var code = ""
    public var location = ""
    public var message = ""
    public init() {}
}
