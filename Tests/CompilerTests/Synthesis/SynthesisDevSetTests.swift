@testable import Compiler
import Foundation
import PlanModel
import Testing
import Yams

/// The second development set: nine guides of a pharma and medical-technology account,
/// written and labelled by a helper who had not seen the engine or its concept data, and
/// used to tune it (the held-out set is not). Its figures are floors at what the engine
/// reached (docs/synthesis.md). `APG_SYNTHESIS_REPORT_DEV=<file>` writes the details: the
/// clusters, and every missed true pair and wrongly merged pair with its titles and evidence.
@Suite struct SynthesisDevSetTests {
    static let folder = LabelledDataset.fixtures.deletingLastPathComponent().appendingPathComponent("synthesis-dev2")

    @Test func figuresOnTheDevSet() async throws {
        let set = try await LabelledGuideSet(folder: Self.folder)
        let (compilation, items, labels, negatives) = (set.compilation, set.items, set.labels, set.hardNegatives)
        #expect(items.count >= 100)
        #expect(Set(items.map(\.language)).count >= 7)

        let predicted = compilation.synthesis.items.map(\.members)
        let measurement = SynthesisMeasurement(items: items, predicted: predicted, labels: labels, hardNegatives: negatives)
        if let path = ProcessInfo.processInfo.environment["APG_SYNTHESIS_REPORT_DEV"] {
            try Self.report(measurement, items: items, model: compilation.model, predicted: predicted, labels: labels)
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(measurement.quality.precision >= Floors.precision, "\(measurement)")
        #expect(measurement.quality.recall >= Floors.recall, "\(measurement)")
        #expect(measurement.translationOnlyRecall >= Floors.translationOnlyRecall, "\(measurement)")
        #expect(measurement.falseMergeRate <= Floors.falseMergeRate, "\(measurement)")
    }

    /// Targets: precision 0.9, recall 0.75, translation-only recall 0.6, false merges 5 %.
    enum Floors {
        static let precision = 0.97
        static let recall = 0.69
        static let translationOnlyRecall = 0.68
        static let falseMergeRate = 0.05
    }

    /// The figures, then each missed true pair and each wrong merge with both titles, the
    /// concepts each title names and the pair's evidence.
    static func report(_ measurement: SynthesisMeasurement, items: [Item], model: AccountModel,
                       predicted: [[String]], labels: [String: String]) -> String {
        let sorted = items.sorted { $0.id < $1.id }
        let (profiles, weights) = ItemProfile.prepared(sorted)
        let scorer = PairScorer(weights: weights, units: UnitTree(units: model.units), thresholds: SynthesisThresholds())
        let profileOf = Dictionary(profiles.map { ($0.item.id, $0) }, uniquingKeysWith: { first, _ in first })
        var clusterOf: [String: Int] = [:]
        for (index, members) in predicted.enumerated() {
            for member in members { clusterOf[member] = index }
        }
        func line(_ a: String, _ b: String) -> String {
            guard let pa = profileOf[a], let pb = profileOf[b] else { return "\(a)+\(b)" }
            func describe(_ p: ItemProfile) -> String {
                "\(p.item.id) [\(p.language)] \(p.item.title)\n      concepts \(p.title.concepts.sorted()) implied \(p.title.implied.sorted()) rest \(p.title.rest.sorted())"
            }
            return "  \(describe(pa))\n  \(describe(pb))\n    -> \(scorer.evidence(pa, pb).summary)"
        }
        var lines = [measurement.description, "", "MISSED TRUE PAIRS"]
        for (position, a) in sorted.enumerated() {
            for b in sorted[(position + 1)...] where labels[a.id] == labels[b.id] {
                if clusterOf[a.id] == nil || clusterOf[a.id] != clusterOf[b.id] { lines.append(line(a.id, b.id)) }
            }
        }
        lines.append("WRONG MERGES")
        for members in predicted where members.count > 1 {
            let ordered = members.sorted()
            for (position, a) in ordered.enumerated() {
                for b in ordered[(position + 1)...] where labels[a] != labels[b] { lines.append(line(a, b)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
