import Compiler
import PlanModel

/// The actions and milestones placed on a time axis, for the Gantt chart and the
/// Mermaid timeline. Actions only have a due date, so a bar starts at the action's
/// first milestone when it has one before the due date, else two weeks before it.
/// The axis spans the actions (whole months either side), not the plan's horizon: a
/// horizon of years around a few months of work left the chart mostly empty.
struct ActionTimeline {
    var rows: [GanttSVG.Row] = []
    /// Goal and strategy headings with the action rows under them, in plan order.
    var lines: [GanttSVG.Line] = []
    var sections: [(name: String, rows: [GanttSVG.Row])] = []
    var span: ClosedRange<PlanDate>?
    /// Every milestone with its action, by date.
    var milestones: [(date: PlanDate, action: ActionItem, title: String)] = []

    static let defaultLead = 14

    init(compilation: Compilation, labels: PackLabels) {
        let model = compilation.model
        let facts = PackFacts(compilation: compilation)
        let strategies = Dictionary(model.strategies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let goals = Dictionary(model.goals.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var sectionOrder: [String] = []
        var sectionRows: [String: [GanttSVG.Row]] = [:]
        var currentGoal: String?, currentStrategy: String?
        for action in facts.orderedActions {
            let sortedMilestones = action.milestones.sorted { $0.date < $1.date }
            milestones += sortedMilestones.map { ($0.date, action, $0.title) }
            guard let end = action.due ?? sortedMilestones.last?.date else { continue }
            let firstMilestone = sortedMilestones.first?.date
            let start = firstMilestone.map { min($0, end) } ?? end.adding(days: -Self.defaultLead)
            let row = GanttSVG.Row(
                label: XMLText.wrap(codedTitle(of: action), width: 46, limit: 1).first ?? action.id,
                start: start,
                end: end,
                statusClass: action.effectiveStatus.rawValue,
                milestones: sortedMilestones.map { ($0.date, $0.title) }
            )
            let strategy = action.strategy.flatMap { strategies[$0.key] }
            let goal = strategy?.goal.flatMap { goals[$0.key] }
            if goal?.key != currentGoal || lines.isEmpty {
                currentGoal = goal?.key
                currentStrategy = nil
                if let goal { lines.append(.goal(XMLText.wrap(codedTitle(of: goal), width: 100, limit: 1).first ?? goal.id)) }
            }
            if strategy?.key != currentStrategy {
                currentStrategy = strategy?.key
                lines.append(.strategy(strategy.map { XMLText.wrap(codedTitle(of: $0), width: 100, limit: 1).first ?? $0.id } ?? labels.label("actions")))
            }
            lines.append(.action(row))
            rows.append(row)
            let section = strategy.map { codedTitle(of: $0) } ?? labels.label("actions")
            if sectionRows[section] == nil { sectionOrder.append(section) }
            sectionRows[section, default: []].append(row)
        }
        sections = sectionOrder.map { ($0, sectionRows[$0] ?? []) }
        milestones = milestones.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)

        let dates = rows.flatMap { [$0.start, $0.end] + $0.milestones.map(\.date) }
        if let first = dates.min(), let last = dates.max() {
            // Whole months either side read better than a chart that starts mid-month.
            let start = PlanDate(year: first.year, month: first.month, day: 1) ?? first
            let end = PlanDate(year: last.year, month: last.month, day: PlanDate.daysIn(month: last.month, year: last.year)) ?? last
            span = start...end
        }
    }
}
