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
    public var isSynthesized = false
    public var whitespaceColumns: [String] = []
    public var whitespaceRows: [WhitespaceRowView] = []
    public var whitespaceByProducts = false
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
    public var depth = 0
    public var indent = ""
    public var type = ""
    public var country = ""
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
    public var title = ""
    public var kind = ""
    public var priority = ""
    public var countries = ""
    public var value: String? = nil
    public var products = ""
    public var sources: [ItemSourceView] = []
    public var explanation: String? = nil
    public init() {}
}

public struct ItemSourceView: TemplateObject {
    public var code = ""
    public var title = ""
    public var origin = ""
    public var location = ""
    public init() {}
}

public struct WhitespaceRowView: TemplateObject {
    public var unit = ""
    public var cells: [WhitespaceCellView] = []
    public init() {}
}

public struct WhitespaceCellView: TemplateObject {
    public var mark = ""
    public var isWhitespace = false
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
