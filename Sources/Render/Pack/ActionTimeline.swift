import Compiler
import PlanModel

/// The actions and milestones placed on a time axis, for the Gantt chart and the
/// Mermaid timeline. Actions only have a due date, so a bar starts at the action's
/// first milestone when it has one before the due date, else two weeks before it.
struct ActionTimeline {
    var rows: [GanttSVG.Row] = []
    var sections: [(name: String, rows: [GanttSVG.Row])] = []
    var span: ClosedRange<PlanDate>?

    static let defaultLead = 14

    init(compilation: Compilation, labels: PackLabels) {
        let model = compilation.model
        let facts = PackFacts(compilation: compilation)
        let strategies = Dictionary(model.strategies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var sectionOrder: [String] = []
        var sectionRows: [String: [GanttSVG.Row]] = [:]
        for action in facts.orderedActions {
            let milestones = action.milestones.sorted { $0.date < $1.date }
            guard let end = action.due ?? milestones.last?.date else { continue }
            let firstMilestone = milestones.first?.date
            let start = firstMilestone.map { min($0, end) } ?? end.adding(days: -Self.defaultLead)
            let row = GanttSVG.Row(
                label: XMLText.wrap(codedTitle(of: action), width: 48, limit: 1).first ?? action.id,
                start: start,
                end: end,
                statusClass: action.effectiveStatus.rawValue,
                milestones: milestones.map { ($0.date, $0.title) }
            )
            rows.append(row)
            let section = action.strategy.flatMap { strategies[$0.key] }.map { codedTitle(of: $0) } ?? labels.label("actions")
            if sectionRows[section] == nil { sectionOrder.append(section) }
            sectionRows[section, default: []].append(row)
        }
        sections = sectionOrder.map { ($0, sectionRows[$0] ?? []) }

        if let horizon = compilation.workspace.config.horizon, horizon.start <= horizon.end {
            span = horizon.start...horizon.end
        } else {
            let dates = rows.flatMap { [$0.start, $0.end] + $0.milestones.map(\.date) }
            if let first = dates.min(), let last = dates.max() {
                // Whole months either side read better than a chart that starts mid-month.
                let start = PlanDate(year: first.year, month: first.month, day: 1) ?? first
                let end = PlanDate(year: last.year, month: last.month, day: PlanDate.daysIn(month: last.month, year: last.year)) ?? last
                span = start...end
            }
        }
    }
}
