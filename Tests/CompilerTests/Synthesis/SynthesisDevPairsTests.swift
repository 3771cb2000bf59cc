@testable import Compiler
import Foundation
import PlanModel
import Testing
import Yams

/// `Fixtures/synthesis-dev/pairs.yaml`: ten same-concern pairs in two languages each, no
/// shared codes, written by the engine's author for tuning (the held-out set is not).
@Suite struct SynthesisDevPairsTests {
    @Test func mostDevPairsReachTheMergeThreshold() throws {
        let url = LabelledDataset.fixtures.deletingLastPathComponent().appendingPathComponent("synthesis-dev/pairs.yaml")
        let root = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
        let pairs = try #require(root["pairs"] as? [[String]])
        var items: [Item] = []
        for (index, pair) in pairs.enumerated() where pair.count == 4 {
            items.append(SynthesisFixtures.item("A-\(index)", pair[1], language: pair[0]))
            items.append(SynthesisFixtures.item("B-\(index)", pair[3], file: "xx.md", language: pair[2]))
        }
        let (profiles, weights) = ItemProfile.prepared(items)
        let thresholds = SynthesisThresholds()
        let scorer = PairScorer(weights: weights, units: UnitTree(units: []), thresholds: thresholds)
        let byID = Dictionary(profiles.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reached = pairs.indices.filter { index in
            guard let a = byID["A-\(index)"], let b = byID["B-\(index)"] else { return false }
            return scorer.scoreAndGate(a, b).score >= thresholds.mergeThreshold
        }
        // Measured: 6 of 10 (pairs 0, 2, 3 and 9 use words or related concepts the data
        // does not link).
        #expect(reached.count >= 6, "\(reached)")
    }
}
