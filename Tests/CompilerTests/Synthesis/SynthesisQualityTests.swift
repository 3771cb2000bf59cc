@testable import Compiler
import Foundation
import PlanModel
import Testing

/// Measures the clustering against a labelled set of 65 items in six languages. Set
/// `APG_SYNTHESIS_REPORT=<file>` to have the measured figures written to a file.
@Suite struct SynthesisQualityTests {
    @Test func pairwisePrecisionAndRecallOnTheLabelledSet() throws {
        let dataset = try LabelledDataset.load()
        #expect(dataset.model.items.count >= 60)
        #expect(Set(dataset.model.items.map(\.language)).count >= 4)

        let result = Synthesizer(config: WorkspaceConfig()).synthesize(dataset.model)
        let measurement = SynthesisMeasurement(
            items: dataset.model.items, predicted: result.items.map(\.members), labels: dataset.labels,
            hardNegatives: SynthesisMeasurement.derivedHardNegatives(items: dataset.model.items, labels: dataset.labels))
        let quality = measurement.quality

        if let path = ProcessInfo.processInfo.environment["APG_SYNTHESIS_REPORT"] {
            let clusters = result.items.map { "\($0.id): \($0.members.joined(separator: ", "))\n    \($0.reason)" }
            try (measurement.description + "\n\n" + explain(quality.missedPairs + quality.falsePairs, in: dataset.model)
                + "\n\n" + clusters.joined(separator: "\n") + "\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(quality.precision >= 0.95, "\(measurement)")
        #expect(quality.recall >= 0.9, "\(measurement)")
        #expect(measurement.translationOnlyRecall >= 0.9, "\(measurement)")
        #expect(measurement.falseMergeRate <= 0.05, "\(measurement)")
    }

    /// The evidence behind pairs the clustering got wrong, for the report file.
    private func explain(_ pairs: [String], in model: AccountModel) -> String {
        let (profiles, weights) = ItemProfile.prepared(model.items)
        let byID = Dictionary(profiles.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scorer = PairScorer(weights: weights, units: UnitTree(units: model.units), thresholds: SynthesisThresholds())
        return pairs.compactMap { pair -> String? in
            let ids = pair.split(separator: "+").map(String.init)
            guard ids.count == 2, let a = byID[ids[0]], let b = byID[ids[1]] else { return nil }
            let evidence = scorer.evidence(a, b)
            return "\(pair): \(evidence.summary) gate \(evidence.passesTextGate)"
        }.joined(separator: "\n")
    }
}
