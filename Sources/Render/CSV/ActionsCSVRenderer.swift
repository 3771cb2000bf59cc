import Compiler
import PlanModel

/// `actions.csv`: one row per action, for spreadsheets and trackers. UTF-8 with a byte
/// order mark, separated as Excel expects in the pack's language (`--csv-delimiter`);
/// targets and actuals as plain numbers with their unit in a column of its own, so a
/// spreadsheet can add them up.
public struct ActionsCSVRenderer: Renderer {
    public let name = "actions-csv"

    public init() {}

    static let header = [
        "id", "title", "goal", "strategy", "tactic", "owners", "country", "org unit", "due", "status", "milestones", "done",
        "metric", "target", "actual", "unit", "new status", "new due", "new actual", "comment",
    ]

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let model = visible.model
        let facts = PackFacts(compilation: visible)
        let language = options.language ?? facts.defaultLanguage
        let separator = options.csvDelimiter ?? CSVSeparator.default(forLanguage: language)
        let decimal = separator.decimalSeparator(language: language)
        let strategies = Dictionary(model.strategies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let strategyOfTactic = Dictionary(model.tactics.compactMap { tactic in tactic.strategy.map { (tactic.key, $0.key) } }, uniquingKeysWith: { a, _ in a })
        let units = Dictionary(model.units.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let unitOfItem = Dictionary(model.items.compactMap { item in item.unit.map { (item.key, $0.key) } }, uniquingKeysWith: { a, _ in a })
        let countries = ActionCountries(model: model)

        /// The units a strategy works on: its `Units:` and the units of the items it addresses.
        func orgUnits(of strategy: Strategy?) -> String {
            guard let strategy else { return "" }
            var keys: [String] = []
            for key in strategy.units.map(\.key) + strategy.addresses.compactMap({ unitOfItem[$0.key] }) where !keys.contains(key) {
                keys.append(key)
            }
            return keys.compactMap { units[$0].map(codedTitle(of:)) }.joined(separator: "; ")
        }

        var csv = CSVWriter(separator: separator, byteOrderMark: true)
        csv.append(Self.header)
        for action in facts.orderedActions {
            let strategy = (action.strategy?.key ?? action.tactic.flatMap { strategyOfTactic[$0.key] }).flatMap { strategies[$0] }
            let measuredUnits = Set([action.target?.unit, action.actual?.unit].compactMap { $0 })
            csv.append([
                action.id,
                action.title,
                strategy?.goal?.id ?? "",
                strategy?.id ?? action.strategy?.id ?? "",
                action.tactic?.id ?? "",
                // Handles without `@`: a cell starting with `@` would be neutralised.
                action.owners.map(\.handle).joined(separator: " "),
                countries.country(of: action) ?? "",
                orgUnits(of: strategy),
                action.due?.iso ?? "",
                action.effectiveStatus.rawValue,
                action.milestones.sorted { $0.date < $1.date }.map { "\($0.date.iso) \($0.title)" }.joined(separator: "; "),
                action.effectiveStatus == .done ? action.done?.iso ?? "" : "",
                action.metric ?? "",
                action.target.map { Self.number($0.value, decimal: decimal) } ?? "",
                action.actual.map { Self.number($0.value, decimal: decimal) } ?? "",
                // One unit for both (an actual is often written without one); two
                // different units are left out rather than shown for the wrong number.
                measuredUnits.count == 1 ? measuredUnits.first ?? "" : "",
                // Filled in by the owner and read back by `apg update`.
                "", "", "", "",
            ])
        }
        return [OutputFile(path: "actions.csv", text: csv.text)]
    }

    /// A plain number a spreadsheet reads as one: no grouping, up to six decimals.
    static func number(_ value: Double, decimal: String) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), value.magnitude < 1e15 { return String(Int(value)) }
        let text = String((value * 1_000_000).rounded() / 1_000_000)
        return decimal == "." ? text : String(text.map { $0 == "." ? Character(decimal) : $0 })
    }
}
