/// The template objects of the workshop's own pages: the agenda from `apg.yaml`
/// `workshop:`, a worksheet per goal and a sheet per team member.

/// One point of the workshop's agenda.
public struct WorkshopSlotView: TemplateObject {
    public var time = ""
    public var topic = ""
    /// `@handle`, or a name in a customer edition; empty when none is given or shown (not
    /// nil, which would make mustache look `owner` up in the enclosing sections).
    public var owner = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("time") { $0.time },
        .init("topic") { $0.topic },
        .init("owner") { $0.owner },
    ]
}

/// A page per goal for the room: the goal, its alternative strategies, lines to write
/// new ones on, and the tactics and actions with their owners and due dates.
public struct GoalWorksheetView: TemplateObject {
    public var code = ""
    public var title = ""
    public var metric = ""
    public var target = ""
    public var due = ""
    public var strategies: [StrategyView] = []
    public var hasStrategies = false
    /// One entry per empty ruled line for new strategies.
    public var blankStrategies: [Int] = []
    public var work: [WorksheetRowView] = []
    /// Empty rows under the work for new tactics and actions.
    public var blankWork: [Int] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("metric") { $0.metric },
        .init("target") { $0.target },
        .init("due") { $0.due },
        .init("strategies") { $0.strategies },
        .init("hasStrategies") { $0.hasStrategies },
        .init("blankStrategies") { $0.blankStrategies },
        .init("work") { $0.work },
        .init("blankWork") { $0.blankWork },
    ]
}

/// A tactic or an action on a goal's worksheet.
public struct WorksheetRowView: TemplateObject {
    public var strategy = ""
    public var code = ""
    public var title = ""
    public var isTactic = false
    public var owners = ""
    public var due = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("strategy") { $0.strategy },
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("isTactic") { $0.isTactic },
        .init("owners") { $0.owners },
        .init("due") { $0.due },
    ]
}

/// A page per team member: what they owe, by date.
public struct MemberSheetView: TemplateObject {
    public var name = ""
    /// `@handle`; nil in a customer edition.
    public var handle: String? = nil
    public var rows: [MemberSheetRowView] = []
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("name") { $0.name },
        .init("handle") { $0.handle },
        .init("rows") { $0.rows },
    ]
}

/// An action's due date or a milestone of it, on a member's sheet.
public struct MemberSheetRowView: TemplateObject {
    public var date = ""
    /// "Action" or "Milestone", in the pack's language.
    public var kind = ""
    public var isMilestone = false
    public var code = ""
    public var title = ""
    public var status = ""
    public var statusClass = ""
    public init() {}

    public static let templateFields: [TemplateField<Self>] = [
        .init("date") { $0.date },
        .init("kind") { $0.kind },
        .init("isMilestone") { $0.isMilestone },
        .init("code") { $0.code },
        .init("title") { $0.title },
        .init("status") { $0.status },
        .init("statusClass") { $0.statusClass },
    ]
}
