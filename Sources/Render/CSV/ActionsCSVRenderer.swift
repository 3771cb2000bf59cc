import Compiler
import PlanModel

/// `actions.csv`: one row per action, for spreadsheets and trackers.
public struct ActionsCSVRenderer: Renderer {
    public let name = "actions-csv"

    public init() {}

    static let header = ["id", "title", "goal", "strategy", "tactic", "owners", "due", "status", "metric", "target", "actual", "new status", "new due", "new actual", "comment"]

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let model = visible.model
        let goalOfStrategy = Dictionary(model.strategies.map { ($0.key, $0.goal?.id ?? "") }, uniquingKeysWith: { a, _ in a })
        var csv = CSVWriter()
        csv.append(Self.header)
        for action in PackFacts(compilation: visible).orderedActions {
            csv.append([
                action.id,
                action.title,
                action.strategy.flatMap { goalOfStrategy[$0.key] } ?? "",
                action.strategy?.id ?? "",
                action.tactic?.id ?? "",
                // Handles without `@`: a cell starting with `@` would be neutralised.
                action.owners.map(\.handle).joined(separator: " "),
                action.due?.iso ?? "",
                action.effectiveStatus.rawValue,
                action.metric ?? "",
                action.target?.text ?? "",
                action.actual?.text ?? "",
                // Filled in by the owner and read back by `apg update`.
                "", "", "", "",
            ])
        }
        return [OutputFile(path: "actions.csv", text: csv.text)]
    }
}
