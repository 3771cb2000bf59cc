@testable import Compiler
import Foundation
import PlanModel

/// The figures docs/synthesis.md reports for a labelled set: pairwise precision and recall,
/// recall on translation-only pairs, and the false-merge rate on hard negatives.
struct SynthesisMeasurement: CustomStringConvertible {
    var quality: PairwiseQuality
    /// True pairs that share no product name, code or number (after folding): found / all.
    var translationOnlyFound = 0
    var translationOnlyTotal = 0
    var translationOnlyMissed: [String] = []
    /// Hard negatives merged / all.
    var hardNegativesMerged = 0
    var hardNegativesTotal = 0
    var hardNegativesWronglyMerged: [String] = []

    var translationOnlyRecall: Double { Double(translationOnlyFound) / Double(max(1, translationOnlyTotal)) }
    var falseMergeRate: Double { Double(hardNegativesMerged) / Double(max(1, hardNegativesTotal)) }

    /// `labels` covers every item (a singleton has a label of its own).
    init(items: [Item], predicted: [[String]], labels: [String: String], hardNegatives: [(String, String)]) {
        quality = PairwiseQuality(predicted: predicted, labels: labels)
        var clusterOf: [String: Int] = [:]
        for (index, members) in predicted.enumerated() {
            for member in members { clusterOf[member] = index }
        }
        func together(_ a: String, _ b: String) -> Bool { clusterOf[a] != nil && clusterOf[a] == clusterOf[b] }
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = labels.keys.sorted()
        for (position, a) in ids.enumerated() {
            for b in ids[(position + 1)...] where labels[a] == labels[b] {
                guard let itemA = byID[a], let itemB = byID[b], Self.isTranslationOnly(itemA, itemB) else { continue }
                translationOnlyTotal += 1
                if together(a, b) { translationOnlyFound += 1 } else { translationOnlyMissed.append("\(a)+\(b)") }
            }
        }
        for (a, b) in hardNegatives {
            hardNegativesTotal += 1
            if together(a, b) {
                hardNegativesMerged += 1
                hardNegativesWronglyMerged.append("\(a)+\(b)")
            }
        }
    }

    /// No shared product (attribute), code or number (title anchors: acronyms, camel-case
    /// product names, digits).
    static func isTranslationOnly(_ a: Item, _ b: Item) -> Bool {
        let anchorsA = TitleAnalyzer.analyze(a.title, language: a.language).anchors
        let anchorsB = TitleAnalyzer.analyze(b.title, language: b.language).anchors
        let productsA = Set(a.products.map(TitleAnalyzer.fold))
        let productsB = Set(b.products.map(TitleAnalyzer.fold))
        return anchorsA.isDisjoint(with: anchorsB) && productsA.isDisjoint(with: productsB)
    }

    /// Pairs a reviewer would call hard negatives, derived for a set labelled without
    /// them: different labels and the same product, or an issue and an opportunity on the
    /// same theme.
    static func derivedHardNegatives(items: [Item], labels: [String: String]) -> [(String, String)] {
        let sorted = items.sorted { $0.id < $1.id }
        var pairs: [(String, String)] = []
        for (position, a) in sorted.enumerated() {
            for b in sorted[(position + 1)...] where labels[a.id] != labels[b.id] {
                let sameProduct = !Set(a.products.map(TitleAnalyzer.fold)).isDisjoint(with: b.products.map(TitleAnalyzer.fold))
                let kindsDiffer = a.kind != nil && b.kind != nil && a.kind != b.kind
                let sameTheme = !Set(a.themes.map(TitleAnalyzer.fold)).isDisjoint(with: b.themes.map(TitleAnalyzer.fold))
                if sameProduct || (kindsDiffer && sameTheme) { pairs.append((a.id, b.id)) }
            }
        }
        return pairs
    }

    var description: String {
        """
        \(quality)
        translation-only recall \(format(translationOnlyRecall)) (\(translationOnlyFound)/\(translationOnlyTotal)); missed: \(translationOnlyMissed.joined(separator: " "))
        hard-negative false merges \(format(falseMergeRate)) (\(hardNegativesMerged)/\(hardNegativesTotal)): \(hardNegativesWronglyMerged.joined(separator: " "))
        """
    }
}
