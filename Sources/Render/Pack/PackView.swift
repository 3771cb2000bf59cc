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
    /// The contributing countries and regions, comma-separated.
    public var countries = ""
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
    /// The organization did not fit one chart: the pack says it continues.
    public var orgChartIsSplit = false
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
    /// The timeline's milestones by date, the table under the chart.
    public var timelineMilestones: [MemberSheetRowView] = []
    public var hasTimelineMilestones = false
    public var responsibilities: [ResponsibilityView] = []
    public var hasResponsibilities = false
    public var notes: [ProseView] = []
    public var hasNotes = false
    public var diagnostics: DiagnosticsView?
    /// Pairs the synthesis suggests for review (team edition only).
    public var mergeSuggestions: [MergeSuggestionView] = []
    public var hasMergeSuggestions = false
    public var hasAppendix = false
    /// The `@page` rules with the running footer (account, edition, "3 of 19").
    public var pagePrintCSS = Trusted("")
    /// `apg.yaml` `workshop:`: date, venue and agenda, when given.
    public var workshopDate: String? = nil
    public var workshopVenue: String? = nil
    public var workshopAgenda: [WorkshopSlotView] = []
    public var hasWorkshopAgenda = false
    public var worksheets: [GoalWorksheetView] = []
    public var hasWorksheets = false
    public var memberSheets: [MemberSheetView] = []
    public var hasMemberSheets = false
    /// Items merged from several sources, with the evidence (team edition, appendix).
    public var mergedItems: [ItemEntryView] = []
    public var hasMergedItems = false

    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("labels") { $0.labels },
        .init("lang") { $0.lang },
        .init("account") { $0.account },
        .init("date") { $0.date },
        .init("isCustomerEdition") { $0.isCustomerEdition },
        .init("contents") { $0.contents },
        .init("sources") { $0.sources },
        .init("countries") { $0.countries },
        .init("agenda") { $0.agenda },
        .init("teamFunctions") { $0.teamFunctions },
        .init("teamCountries") { $0.teamCountries },
        .init("hasTeam") { $0.hasTeam },
        .init("visionHTML") { $0.visionHTML },
        .init("hasVision") { $0.hasVision },
        .init("goals") { $0.goals },
        .init("units") { $0.units },
        .init("orgChartSVG") { $0.orgChartSVG },
        .init("orgChartMermaid") { $0.orgChartMermaid },
        .init("orgChartIsSplit") { $0.orgChartIsSplit },
        .init("hasUnits") { $0.hasUnits },
        .init("stakeholderStances") { $0.stakeholderStances },
        .init("stakeholderGrid") { $0.stakeholderGrid },
        .init("stakeholders") { $0.stakeholders },
        .init("hasStakeholders") { $0.hasStakeholders },
        .init("itemGroups") { $0.itemGroups },
        .init("hasItems") { $0.hasItems },
        .init("itemCount") { $0.itemCount },
        .init("sourceItemCount") { $0.sourceItemCount },
        .init("unaddressedCount") { $0.unaddressedCount },
        .init("themeSummary") { $0.themeSummary },
        .init("whitespaceColumns") { $0.whitespaceColumns },
        .init("whitespaceRows") { $0.whitespaceRows },
        .init("hasWhitespace") { $0.hasWhitespace },
        .init("timelineSVG") { $0.timelineSVG },
        .init("timelineMermaid") { $0.timelineMermaid },
        .init("timelineSpan") { $0.timelineSpan },
        .init("hasTimeline") { $0.hasTimeline },
        .init("timelineMilestones") { $0.timelineMilestones },
        .init("hasTimelineMilestones") { $0.hasTimelineMilestones },
        .init("responsibilities") { $0.responsibilities },
        .init("hasResponsibilities") { $0.hasResponsibilities },
        .init("notes") { $0.notes },
        .init("hasNotes") { $0.hasNotes },
        .init("diagnostics") { $0.diagnostics },
        .init("mergeSuggestions") { $0.mergeSuggestions },
        .init("hasMergeSuggestions") { $0.hasMergeSuggestions },
        .init("hasAppendix") { $0.hasAppendix },
        .init("pagePrintCSS") { $0.pagePrintCSS },
        .init("workshopDate") { $0.workshopDate },
        .init("workshopVenue") { $0.workshopVenue },
        .init("workshopAgenda") { $0.workshopAgenda },
        .init("hasWorkshopAgenda") { $0.hasWorkshopAgenda },
        .init("worksheets") { $0.worksheets },
        .init("hasWorksheets") { $0.hasWorksheets },
        .init("memberSheets") { $0.memberSheets },
        .init("hasMemberSheets") { $0.hasMemberSheets },
        .init("mergedItems") { $0.mergedItems },
        .init("hasMergedItems") { $0.hasMergedItems },
    ]
}

/// One pair of items that may be the same concern: the item the note is on, the one it
/// may be the same as, the score and what they share.
public struct MergeSuggestionView: TemplateObject {
    public var item = ""
    public var candidate = ""
    public var score = ""
    public var shared = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("item") { $0.item },
        .init("candidate") { $0.candidate },
        .init("score") { $0.score },
        .init("shared") { $0.shared },
    ]
}

public struct ContentsEntryView: TemplateObject {
    public var number = ""
    public var anchor = ""
    public var title = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("number") { $0.number },
        .init("anchor") { $0.anchor },
        .init("title") { $0.title },
    ]
}

public struct SourceView: TemplateObject {
    public var path = ""
    public var origin = ""
    public var language = ""
    public var updated = ""
    public var authors = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("path") { $0.path },
        .init("origin") { $0.origin },
        .init("language") { $0.language },
        .init("updated") { $0.updated },
        .init("authors") { $0.authors },
    ]
}

public struct AgendaPhaseView: TemplateObject {
    public var title = ""
    public var steps: [AgendaStepView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("title") { $0.title },
        .init("steps") { $0.steps },
    ]
}

public struct AgendaStepView: TemplateObject {
    public var title = ""
    public var anchor = ""
    public var detail: String? = nil
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("title") { $0.title },
        .init("anchor") { $0.anchor },
        .init("detail") { $0.detail },
    ]
}

public struct TeamGroupView: TemplateObject {
    public var name = ""
    public var count = 0
    public var members: [MemberView] = []
    /// `Name (@handle); …` for the Markdown pack, which has no CSS to separate a list.
    public var memberList = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("name") { $0.name },
        .init("count") { $0.count },
        .init("members") { $0.members },
        .init("memberList") { $0.memberList },
    ]
}

public struct MemberView: TemplateObject {
    public var name = ""
    /// `@handle`; nil in a customer edition, which shows names only.
    public var handle: String? = nil
    public var role = ""
    public var function = ""
    public var country = ""
    public var email = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("name") { $0.name },
        .init("handle") { $0.handle },
        .init("role") { $0.role },
        .init("function") { $0.function },
        .init("country") { $0.country },
        .init("email") { $0.email },
    ]
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

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("anchor") { $0.anchor },
        .init("title") { $0.title },
        .init("metric") { $0.metric },
        .init("baseline") { $0.baseline },
        .init("target") { $0.target },
        .init("current") { $0.current },
        .init("due") { $0.due },
        .init("sponsors") { $0.sponsors },
        .init("strategies") { $0.strategies },
        .init("hasStrategies") { $0.hasStrategies },
    ]
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

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("anchor") { $0.anchor },
        .init("title") { $0.title },
        .init("status") { $0.status },
        .init("statusClass") { $0.statusClass },
        .init("owners") { $0.owners },
        .init("addresses") { $0.addresses },
        .init("units") { $0.units },
        .init("unitList") { $0.unitList },
        .init("tactics") { $0.tactics },
        .init("actions") { $0.actions },
        .init("hasAddresses") { $0.hasAddresses },
        .init("hasUnitRefs") { $0.hasUnitRefs },
        .init("hasDirectActions") { $0.hasDirectActions },
        .init("hasWork") { $0.hasWork },
    ]
}

public struct ReferenceView: TemplateObject {
    public var code = ""
    public var title = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("title") { $0.title },
    ]
}

public struct TacticView: TemplateObject {
    public var code = ""
    public var title = ""
    public var owners: String? = nil
    public var actions: [ActionView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("owners") { $0.owners },
        .init("actions") { $0.actions },
    ]
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

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("owners") { $0.owners },
        .init("due") { $0.due },
        .init("status") { $0.status },
        .init("statusClass") { $0.statusClass },
        .init("metric") { $0.metric },
        .init("target") { $0.target },
        .init("actual") { $0.actual },
        .init("milestones") { $0.milestones },
        .init("milestoneList") { $0.milestoneList },
        .init("hasMilestones") { $0.hasMilestones },
    ]
}

public struct MilestoneView: TemplateObject {
    public var date = ""
    public var title = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("date") { $0.date },
        .init("title") { $0.title },
    ]
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

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("hasCode") { $0.hasCode },
        .init("depth") { $0.depth },
        .init("indent") { $0.indent },
        .init("type") { $0.type },
        .init("country") { $0.country },
        .init("acquired") { $0.acquired },
        .init("themes") { $0.themes },
        .init("coveredBy") { $0.coveredBy },
        .init("isCovered") { $0.isCovered },
        .init("contacts") { $0.contacts },
    ]
}

public struct StakeholderRowView: TemplateObject {
    public var role = ""
    public var cells: [StakeholderCellView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("role") { $0.role },
        .init("cells") { $0.cells },
    ]
}

public struct StakeholderCellView: TemplateObject {
    public var names = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("names") { $0.names },
    ]
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

    public static let templateFields: [TemplateField<Self>] = [
        .init("name") { $0.name },
        .init("jobTitle") { $0.jobTitle },
        .init("unit") { $0.unit },
        .init("role") { $0.role },
        .init("stance") { $0.stance },
        .init("stanceClass") { $0.stanceClass },
        .init("coveredBy") { $0.coveredBy },
        .init("lastContact") { $0.lastContact },
    ]
}

public struct ItemGroupView: TemplateObject {
    public var unit = ""
    public var depth = 0
    /// Items under this unit and the units below it; `count` of them are its own.
    public var rolledUp = 0
    public var count = 0
    public var hasEntries = false
    /// Some items sit under units below this one.
    public var hasRollUp = false
    public var themes: [ItemThemeView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("unit") { $0.unit },
        .init("depth") { $0.depth },
        .init("rolledUp") { $0.rolledUp },
        .init("count") { $0.count },
        .init("hasEntries") { $0.hasEntries },
        .init("hasRollUp") { $0.hasRollUp },
        .init("themes") { $0.themes },
    ]
}

public struct ItemThemeView: TemplateObject {
    public var theme = ""
    public var entries: [ItemEntryView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("theme") { $0.theme },
        .init("entries") { $0.entries },
    ]
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

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("rank") { $0.rank },
        .init("title") { $0.title },
        .init("kind") { $0.kind },
        .init("priority") { $0.priority },
        .init("countries") { $0.countries },
        .init("value") { $0.value },
        .init("products") { $0.products },
        .init("otherThemes") { $0.otherThemes },
        .init("sources") { $0.sources },
        .init("merges") { $0.merges },
        .init("hasMerges") { $0.hasMerges },
        .init("isAddressed") { $0.isAddressed },
        .init("addressedBy") { $0.addressedBy },
    ]
}

public struct ItemSourceView: TemplateObject {
    public var code = ""
    /// Only shown for merged entries (`hasTitle`): a single source has the entry's title.
    /// Not optional: a nil title made mustache look the name up in the entry and show
    /// the entry's title again.
    public var title = ""
    public var hasTitle = false
    public var country = ""
    public var location = ""
    /// Lets the Markdown pack separate a list without a trailing separator.
    public var isFirst = false
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("hasTitle") { $0.hasTitle },
        .init("country") { $0.country },
        .init("location") { $0.location },
        .init("isFirst") { $0.isFirst },
    ]
}

/// One merge of the synthesis: which items, why (`Same as` or similarity) and the evidence.
public struct MergeView: TemplateObject {
    public var items = ""
    public var cause = ""
    public var evidence = ""
    public var isFirst = false
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("items") { $0.items },
        .init("cause") { $0.cause },
        .init("evidence") { $0.evidence },
        .init("isFirst") { $0.isFirst },
    ]
}

public struct ThemeSummaryView: TemplateObject {
    public var theme = ""
    public var count = 0
    public var unaddressed = 0
    public var values = ""
    public var items = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("theme") { $0.theme },
        .init("count") { $0.count },
        .init("unaddressed") { $0.unaddressed },
        .init("values") { $0.values },
        .init("items") { $0.items },
    ]
}

public struct WhitespaceRowView: TemplateObject {
    public var unit = ""
    public var depth = 0
    public var targetedBy = ""
    public var isTargeted = false
    public var cells: [WhitespaceCellView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("unit") { $0.unit },
        .init("depth") { $0.depth },
        .init("targetedBy") { $0.targetedBy },
        .init("isTargeted") { $0.isTargeted },
        .init("cells") { $0.cells },
    ]
}

public struct WhitespaceCellView: TemplateObject {
    /// `2 · 1`: opportunities · issues; empty when nothing was raised here.
    public var mark = ""
    /// Opportunities here and no strategy targets the unit.
    public var isWhitespace = false
    public var isEmpty = true
    public var title = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("mark") { $0.mark },
        .init("isWhitespace") { $0.isWhitespace },
        .init("isEmpty") { $0.isEmpty },
        .init("title") { $0.title },
    ]
}

public struct ResponsibilityView: TemplateObject {
    public var name = ""
    /// `@handle`; nil in a customer edition, which shows names only.
    public var handle: String? = nil
    public var actions = ""
    public var strategies = ""
    public var units = ""
    public var count = 0
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("name") { $0.name },
        .init("handle") { $0.handle },
        .init("actions") { $0.actions },
        .init("strategies") { $0.strategies },
        .init("units") { $0.units },
        .init("count") { $0.count },
    ]
}

public struct ProseView: TemplateObject {
    public var origin = ""
    public var heading = ""
    public var file = ""
    public var html = Trusted("")
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("origin") { $0.origin },
        .init("heading") { $0.heading },
        .init("file") { $0.file },
        .init("html") { $0.html },
    ]
}

public struct DiagnosticsView: TemplateObject {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var entries: [DiagnosticEntryView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("errors") { $0.errors },
        .init("warnings") { $0.warnings },
        .init("notes") { $0.notes },
        .init("entries") { $0.entries },
    ]
}

public struct DiagnosticEntryView: TemplateObject {
    public var severity = ""
    public var code = ""
    public var location = ""
    public var message = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("severity") { $0.severity },
        .init("code") { $0.code },
        .init("location") { $0.location },
        .init("message") { $0.message },
    ]
}
