import Diagnostics
import PlanModel
import Vocabulary

/// A high-priority issue or opportunity that no selected strategy addresses.
public struct ItemAddressed: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG219",
        name: "item-addressed",
        severity: .warning,
        summary: "a high-priority item is not addressed by any selected strategy",
        documentation: RuleDocumentation.page(
            checks: "Reports every issue or opportunity with `Priority: high` that no strategy with `Status: selected` lists in `Addresses:`. An item counts as addressed when an item it is marked `Same as`, or that synthesis merged it with, is addressed.",
            why: "The synthesized issues and opportunities drive the workshop. A high-priority item that no chosen strategy takes on was raised in the prep calls and then forgotten.",
            example: """
            ### Issues
            - I-07: SiC supply allocation worries XC purchasing
              - Priority: high

            #### S1.1: Co-develop the SiC roadmap
            - Status: selected
            - Addresses: O-03
            """,
            fix: "Add the item to the `Addresses:` line of the selected strategy that takes it on, or lower its priority if the team decided not to pursue it."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let model = context.model
        var addressed = Set<String>()
        for strategy in model.strategies where strategy.status == .selected {
            for reference in strategy.addresses { addressed.insert(reference.key) }
        }
        // `Same as` says two items are one; addressing either addresses both.
        for item in model.items {
            let group = [item.key] + item.sameAs.map(\.key)
            if group.contains(where: addressed.contains) { addressed.formUnion(group) }
        }
        // Synthesis merged near-duplicates from several countries into one item; a
        // strategy that names one of them takes on all of them.
        let clusterOf = context.synthesis.clusterOfItem
        let addressedClusters = Set(addressed.compactMap { clusterOf[$0] })
        return model.items.compactMap { item in
            guard item.priority == .high, !addressed.contains(item.key) else { return nil }
            if let cluster = clusterOf[item.key], addressedClusters.contains(cluster) { return nil }
            return Self.descriptor.diagnostic(Self.message(item.id, kind: item.kind), at: item.location, fix: Self.fix(item.id, words: context.words(at: item.location)))
        }
    }
}

extension ItemAddressed {
    static func message(_ id: String, kind: ItemKind?) -> String {
        "high-priority \(kind?.rawValue ?? "item") '\(id)' is not addressed by any selected strategy"
    }
    static func fix(_ id: String, words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add '\(id)' to the `\(words.attribute("addresses")):` line of a selected strategy, or lower its priority")
    }
}
