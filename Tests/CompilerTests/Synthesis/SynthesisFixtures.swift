import Compiler
import Diagnostics
import PlanModel

/// Small hand-built models for the synthesis tests.
enum SynthesisFixtures {
    static func location(_ file: String, _ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 3)
    }

    static func item(
        _ id: String,
        _ title: String,
        file: String = "de.md",
        line: Int = 1,
        language: String = "en",
        country: String? = "DE",
        kind: ItemKind = .issue,
        unit: String? = nil,
        themes: [String] = [],
        products: [String] = [],
        priority: Priority? = nil,
        value: Quantity? = nil,
        sameAs: [String] = [],
        notSameAs: [String] = []
    ) -> Item {
        let at = location(file, line)
        var item = Item(id: id, title: title, idSource: .code, location: at)
        item.language = language
        item.countries = country.map { [$0] } ?? []
        item.kind = kind
        item.unit = unit.map { Reference(id: $0, location: at) }
        item.themes = themes
        item.products = products
        item.priority = priority
        item.value = value
        item.sameAs = sameAs.map { Reference(id: $0, location: location(file, line + 1)) }
        item.notSameAs = notSameAs.map { Reference(id: $0, location: location(file, line + 2)) }
        return item
    }

    static func unit(_ id: String, parent: String? = nil) -> OrgUnit {
        var unit = OrgUnit(id: id, title: id.uppercased(), idSource: .explicit, location: location("global.md", 1))
        unit.parent = parent.map { Reference(id: $0, location: location("global.md", 1)) }
        return unit
    }

    static func strategy(_ id: String, addresses: [String] = [], units: [String] = [], status: StrategyStatus = .selected) -> Strategy {
        var strategy = Strategy(id: id, title: "Strategy \(id)", idSource: .code, location: location("global.md", 40))
        strategy.status = status
        strategy.addresses = addresses.map { Reference(id: $0, location: location("global.md", 41)) }
        strategy.units = units.map { Reference(id: $0, location: location("global.md", 42)) }
        return strategy
    }

    static func eur(_ value: Double) -> Quantity { Quantity(value: value, unit: "EUR", text: "EUR \(value)") }

    static func model(items: [Item], units: [OrgUnit] = [], strategies: [Strategy] = []) -> AccountModel {
        var model = AccountModel(account: "Test")
        model.items = items
        model.units = units
        model.strategies = strategies
        let files = Set(items.map(\.location.file)).union(["global.md"]).sorted()
        model.sources = files.map { path in
            let global = path == "global.md"
            return SourceFileInfo(path: path, country: global ? nil : String(path.prefix(2)).uppercased(), region: nil,
                                  language: "en", updated: nil, authors: [], isGlobal: global)
        }
        return model
    }

    static func synthesize(_ model: AccountModel, settings: [String: Double] = [:]) -> SynthesisResult {
        var config = WorkspaceConfig()
        config.synthesis = settings
        return Synthesizer(config: config).synthesize(model)
    }
}

extension SynthesisResult {
    /// Member lists, for compact expectations.
    var memberSets: Set<[String]> { Set(items.map(\.members)) }
}
