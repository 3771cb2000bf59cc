@testable import Compiler
import Foundation
import PlanModel
import Testing
import Yams

/// A labelled evaluation set of guides (`guides/` + `labels.yaml` with `clusters:` and
/// `hard-negatives:`), compiled through the real pipeline: what the held-out and the
/// development set tests measure.
struct LabelledGuideSet {
    let compilation: Compilation
    /// Item id → its cluster's label (an unlabelled item is its own cluster).
    let labels: [String: String]
    let hardNegatives: [(String, String)]

    var items: [Item] { compilation.model.items }

    init(folder: URL) async throws {
        let text = try String(contentsOf: folder.appendingPathComponent("labels.yaml"), encoding: .utf8)
        let root = try #require(try Yams.load(yaml: text) as? [String: Any])
        let clusters = try #require(root["clusters"] as? [String: [String]])
        hardNegatives = (root["hard-negatives"] as? [[String]] ?? []).compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
        let asOf = try #require(PlanDate(year: 2026, month: 11, day: 30))
        compilation = try await AccountCompiler(options: .init(asOf: asOf)).compile(root: folder.appendingPathComponent("guides"))
        var labels = Dictionary(compilation.model.items.map { ($0.id, $0.id) }, uniquingKeysWith: { first, _ in first })
        for (label, members) in clusters {
            for member in members { labels[member] = label }
        }
        self.labels = labels
    }
}
