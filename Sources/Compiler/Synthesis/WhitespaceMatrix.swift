import APGJSON
import PlanModel

/// Units × products: where the opportunities are, and whether any strategy targets the
/// unit. A cell with opportunities in a unit no strategy targets is whitespace.
///
/// Each source item counts in the cell of its own unit and each of its products, with its
/// own value, so merging items from different units loses nothing. A strategy targets a
/// unit when its `Units` names the unit or a unit above it, or when it addresses an item
/// raised for the unit (the issues section then says "addressed by" it, and the matrix
/// must not call the unit untargeted); rejected strategies do not count.
public struct WhitespaceMatrix: Sendable, Hashable {
    /// Every product named by an item, sorted.
    public var products: [String] = []
    public var rows: [Row] = []

    public init() {}

    public struct Row: Sendable, Hashable {
        public var unit: String
        public var title: String?
        public var targetedBy: [String]
        public var cells: [Cell]

        public var isTargeted: Bool { !targetedBy.isEmpty }
    }

    public struct Cell: Sendable, Hashable {
        public var product: String
        /// Synthesized items with an item in this unit and product, sorted.
        public var items: [String]
        public var opportunities: Int
        public var issues: Int
        /// The opportunities' values.
        public var values: [ValueTotal]
        /// Opportunities here, and no strategy targets the unit.
        public var isWhitespace: Bool
    }

    static func build(items: [Item], clusterOf: [String: SynthesizedItem], strategies: [Strategy], tree: UnitTree) -> WhitespaceMatrix {
        var productNames: [String: String] = [:]
        // unit key → product key → (synthesized ids, opportunity quantities)
        var grid: [String: [String: (ids: Set<String>, opportunities: Set<String>, issues: Set<String>, values: [Quantity])]] = [:]
        // unit key → strategies addressing an item of the unit; unlike `Units`, this does not
        // carry down to the units below it.
        var addressing: [String: Set<String>] = [:]
        for item in items {
            guard let unit = item.unit?.key, let cluster = clusterOf[item.key] else { continue }
            if !cluster.addressedBy.isEmpty { addressing[unit, default: []].formUnion(cluster.addressedBy) }
            for product in item.products {
                let key = TitleAnalyzer.fold(product)
                guard !key.isEmpty else { continue }
                if productNames[key].map({ product < $0 }) ?? true { productNames[key] = product }
                var cell = grid[unit, default: [:]][key] ?? ([], [], [], [])
                cell.ids.insert(cluster.id)
                switch cluster.kind {
                case .opportunity:
                    cell.opportunities.insert(cluster.id)
                    if let value = item.value { cell.values.append(value) }
                case .issue: cell.issues.insert(cluster.id)
                case nil: break
                }
                grid[unit, default: [:]][key] = cell
            }
        }

        var targets: [String: Set<String>] = [:]
        for strategy in strategies where strategy.status != .rejected {
            for unit in strategy.units { targets[unit.key, default: []].insert(strategy.id) }
        }

        var matrix = WhitespaceMatrix()
        matrix.products = productNames.keys.sorted().compactMap { productNames[$0] }
        for unit in Set(grid.keys).union(targets.keys).sorted() {
            let targetedBy = tree.lineage(of: unit).reduce(into: addressing[unit] ?? []) { $0.formUnion(targets[$1] ?? []) }.sorted()
            let cells = (grid[unit] ?? [:]).keys.sorted().compactMap { key -> Cell? in
                guard let cell = grid[unit]?[key] else { return nil }
                return Cell(
                    product: productNames[key] ?? key,
                    items: cell.ids.sorted(),
                    opportunities: cell.opportunities.count,
                    issues: cell.issues.count,
                    values: ValueTotal.totals(cell.values),
                    isWhitespace: !cell.opportunities.isEmpty && targetedBy.isEmpty
                )
            }
            matrix.rows.append(Row(unit: tree.displayID(unit), title: tree.title(unit), targetedBy: targetedBy, cells: cells))
        }
        return matrix
    }

    var json: JSONValue {
        [
            "products": .strings(products),
            "units": .array(rows.map { row in
                [
                    "unit": .string(row.unit),
                    "title": .optional(row.title),
                    "targetedBy": .strings(row.targetedBy),
                    "cells": .array(row.cells.map { cell in
                        [
                            "product": .string(cell.product),
                            "items": .strings(cell.items),
                            "opportunities": .int(cell.opportunities),
                            "issues": .int(cell.issues),
                            "values": .array(cell.values.map(\.json)),
                            "whitespace": .bool(cell.isWhitespace),
                        ]
                    }),
                ]
            }),
        ]
    }
}
