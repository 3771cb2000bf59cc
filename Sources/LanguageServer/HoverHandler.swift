import APGJSON
import Compiler
import PlanModel

/// `textDocument/hover` on an id or handle: the merged entity of the whole account.
struct HoverHandler {
    let context: DocumentContext

    func hover(at position: Position) -> JSONValue {
        guard let workspace = context.workspace, let name = context.name(at: position) else { return .null }
        let definitions = workspace.index.definitions(of: name.target)
        guard let first = definitions.first else { return .null }
        let model = workspace.compilation.model
        var lines = ["**\(first.title)** — \(first.kind.noun) `\(first.id)`"]
        let places = definitions.map { definition in
            let origin = model.origin(of: definition.location).map { " (\($0))" } ?? " (global)"
            return "\(definition.location.file):\(definition.location.line)\(origin)"
        }
        lines.append("Defined in " + places.joined(separator: ", "))
        lines += details(of: name.target, in: model)
        return [
            "contents": ["kind": "markdown", "value": .string(lines.joined(separator: "\n\n"))],
            "range": context.range(line: name.line, span: name.span, in: context.lines).json,
        ]
    }

    private func details(of target: SymbolTarget, in model: AccountModel) -> [String] {
        let key = target.key
        func people(_ refs: [PersonRef]) -> String { refs.map(\.description).joined(separator: ", ") }
        var lines: [String] = []
        if case .handle = target, let member = model.team.first(where: { $0.key == key }) {
            if let role = member.role { lines.append("Role: \(role)") }
            if let function = member.function { lines.append("Function: \(function)") }
            if let country = member.country { lines.append("Country: \(country)") }
            let owned = model.actions.filter { $0.owners.contains { $0.key == key } }
            if !owned.isEmpty { lines.append("Owns \(owned.count) action(s): " + owned.map(\.id).joined(separator: ", ")) }
            return lines
        }
        if let action = model.actions.first(where: { $0.key == key }) {
            if !action.owners.isEmpty { lines.append("Owner: \(people(action.owners))") }
            if let due = action.due { lines.append("Due: \(due.written)") }
            lines.append("Status: \(action.effectiveStatus.rawValue)")
            if let strategy = action.strategy { lines.append("Strategy: \(strategy.id)") }
        } else if let strategy = model.strategies.first(where: { $0.key == key }) {
            if let goal = strategy.goal { lines.append("Goal: \(goal.id)") }
            if let status = strategy.status { lines.append("Status: \(status.rawValue)") }
            if !strategy.owners.isEmpty { lines.append("Owner: \(people(strategy.owners))") }
        } else if let goal = model.goals.first(where: { $0.key == key }) {
            if let metric = goal.metric { lines.append("Metric: \(metric)") }
            if let due = goal.due { lines.append("Due: \(due.written)") }
            if !goal.sponsors.isEmpty { lines.append("Sponsor: \(people(goal.sponsors))") }
        } else if let tactic = model.tactics.first(where: { $0.key == key }) {
            if !tactic.owners.isEmpty { lines.append("Owner: \(people(tactic.owners))") }
        } else if let item = model.items.first(where: { $0.key == key }) {
            if let kind = item.kind { lines.append("Kind: \(kind.rawValue)") }
            if let priority = item.priority { lines.append("Priority: \(priority.rawValue)") }
            if !item.countries.isEmpty { lines.append("Countries: \(item.countries.joined(separator: ", "))") }
            if let unit = item.unit { lines.append("Unit: \(unit.id)") }
        } else if let unit = model.units.first(where: { $0.key == key }) {
            if let type = unit.type { lines.append("Type: \(type.rawValue)") }
            if !unit.coveredBy.isEmpty { lines.append("Covered by: \(people(unit.coveredBy))") }
            if !unit.themes.isEmpty { lines.append("Themes: \(unit.themes.joined(separator: "; "))") }
        } else if let stakeholder = model.stakeholders.first(where: { $0.key == key }) {
            if let job = stakeholder.jobTitle { lines.append("Job title: \(job)") }
            if !stakeholder.coveredBy.isEmpty { lines.append("Covered by: \(people(stakeholder.coveredBy))") }
        }
        return lines
    }
}
