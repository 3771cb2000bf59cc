import PlanModel

/// The evidence that two items are the same concern, and the score it adds up to.
struct PairEvidence: Sendable, Hashable {
    var score: Double
    /// Title similarity (same language) or shared codes and spelling (across languages).
    var text: Double
    var crossLanguage: Bool
    var unit: Double?
    var theme: Double?
    var product: Double?
    var anchors: Double?
    /// Shared codes and numbers, as written in the first item's title (folded).
    var sharedAnchors: [String]
    var sharedThemes: [String]
    var sharedProducts: [String]
    /// Concepts both titles name (`lead-time`), sorted.
    var sharedConcepts: [String] = []
    /// Quantities with their unit both titles name (`40 week`), sorted.
    var sharedQuantities: [String] = []
    /// Whether the text evidence alone clears its threshold.
    var passesTextGate: Bool

    /// `0.72: title 0.80, same unit, theme "quality", codes 8d`.
    var summary: String {
        var parts: [String] = []
        parts.append(crossLanguage ? "cross-language \(format(text))" : "title \(format(text))")
        if let unit { parts.append(unit >= 1 ? "same unit" : unit > 0 ? "related unit" : "different unit") }
        if !sharedThemes.isEmpty { parts.append("theme " + sharedThemes.map { "\"\($0)\"" }.joined(separator: ", ")) }
        if !sharedProducts.isEmpty { parts.append("product " + sharedProducts.map { "\"\($0)\"" }.joined(separator: ", ")) }
        if !sharedConcepts.isEmpty { parts.append("concepts " + sharedConcepts.joined(separator: ", ")) }
        if !sharedQuantities.isEmpty { parts.append("quantities " + sharedQuantities.joined(separator: ", ")) }
        if !sharedAnchors.isEmpty { parts.append("codes " + sharedAnchors.joined(separator: ", ")) }
        return "\(format(score)): " + parts.joined(separator: ", ")
    }
}

func format(_ score: Double) -> String {
    let hundredths = Int((score * 100).rounded())
    let text = String(hundredths % 100)
    return "\(hundredths / 100).\(text.count == 1 ? "0" + text : text)"
}

/// What the clustering asks of a pair of items. The lexical and concept scorer below is one
/// implementation; a semantic one (sentence embeddings) can take its place.
protocol ItemSimilarityScoring: Sendable {
    /// The evidence of a pair worth a merge or a suggestion (it passes its text gate and
    /// scores at least `suggestion-threshold`), else nil.
    func link(_ a: ItemProfile, _ b: ItemProfile) -> PairEvidence?
    /// The score and everything behind it.
    func evidence(_ a: ItemProfile, _ b: ItemProfile) -> PairEvidence
    /// Just the score, and whether the title evidence alone clears its gate: for the
    /// agreement between two clusters.
    func scoreAndGate(_ a: ItemProfile, _ b: ItemProfile) -> (score: Double, passesTextGate: Bool)
}

/// Scores a pair of items. The score is a weighted mean of the evidence both items carry
/// (a unit, themes or products missing on either side is no evidence either way), so
/// sparse items are judged on what they have.
///
/// Title evidence is the better of two readings: the lexical one (shared words in one
/// language; codes and cognate spelling across languages) and the meaning one (shared
/// concepts, codes and quantities, in any language). Three rules calibrate it: a shared
/// distinctive quantity with its unit is strong evidence by itself; two items whose titles
/// both name concepts but none in common are about different problems, whatever product
/// or codes they share, and cannot merge; an issue and an opportunity never merge.
struct PairScorer: ItemSimilarityScoring {
    let weights: TokenWeights
    let units: UnitTree
    let thresholds: SynthesisThresholds

    /// The score and everything behind it, for a link that may become a merge step.
    func evidence(_ a: ItemProfile, _ b: ItemProfile) -> PairEvidence {
        evidence(a, b, measure(a, b))
    }

    private func evidence(_ a: ItemProfile, _ b: ItemProfile, _ parts: Parts) -> PairEvidence {
        PairEvidence(
            score: parts.score,
            text: parts.text,
            crossLanguage: parts.crossLanguage,
            unit: parts.unit,
            theme: parts.theme,
            product: parts.product,
            anchors: parts.anchors,
            sharedAnchors: a.title.anchors.intersection(b.title.anchors).sorted(),
            sharedThemes: a.themes.intersection(b.themes).sorted(),
            sharedProducts: a.products.intersection(b.products).sorted(),
            // Named on at least one side: a concept both only imply did not count.
            sharedConcepts: a.title.concepts.union(a.title.implied).intersection(b.title.concepts.union(b.title.implied))
                .subtracting(a.title.implied.intersection(b.title.implied)).sorted(),
            sharedQuantities: a.title.quantities.intersection(b.title.quantities).sorted(),
            passesTextGate: parts.passesTextGate
        )
    }

    /// The evidence of a pair that passes its text gate and `suggestion-threshold`, else
    /// nil; the labels are collected only for such pairs.
    func link(_ a: ItemProfile, _ b: ItemProfile) -> PairEvidence? {
        let parts = measure(a, b)
        guard parts.passesTextGate, parts.score >= min(thresholds.suggestionThreshold, thresholds.mergeThreshold) else { return nil }
        return evidence(a, b, parts)
    }

    /// The score, as `evidence(_:_:).score`, and the text gate, without collecting the
    /// shared labels: the check between clusters needs many scores and no explanations.
    func scoreAndGate(_ a: ItemProfile, _ b: ItemProfile) -> (score: Double, passesTextGate: Bool) {
        let parts = measure(a, b)
        return (parts.score, parts.passesTextGate)
    }

    private struct Parts {
        var score: Double
        var text: Double
        var crossLanguage: Bool
        var unit: Double?
        var theme: Double?
        var product: Double?
        var anchors: Double?
        var passesTextGate: Bool
    }

    private func measure(_ a: ItemProfile, _ b: ItemProfile) -> Parts {
        let crossLanguage = a.language != b.language
        // Two guides of one language (the global team's and a country's): written by
        // different teams, with their own detail and their own units.
        let otherTeam = crossLanguage || a.item.location.file != b.item.location.file
        let anchors = weights.similarity(a.vectors.anchors, b.vectors.anchors)
        var text: Double
        if crossLanguage {
            // What survives translation: concepts, codes and numbers (the meaning vector,
            // where the words no concept covers weigh against), and cognate spelling.
            text = max(weights.similarity(a.vectors.grams, b.vectors.grams) ?? 0,
                       weights.similarity(a.vectors.meaningAcross, b.vectors.meaningAcross) ?? 0)
        } else {
            text = max(weights.similarity(a.vectors.words, b.vectors.words) ?? 0,
                       weights.similarity(otherTeam ? a.vectors.meaningAcross : a.vectors.meaning,
                                          otherTeam ? b.vectors.meaningAcross : b.vectors.meaning) ?? 0)
        }
        if sharesDistinctiveQuantity(a, b) { text = max(text, Self.quantityEvidence) }
        // A shared product or code with concepts that have nothing in common: the same
        // subject, different problems.
        // (Unless one names what the other's concepts imply: `late` and `delivery-delay`.)
        // The concepts that name the shared subject itself (`brake MCU` → `microcontroller`)
        // are not the problem and do not count as agreement.
        let sharesSubject = !a.products.isDisjoint(with: b.products) || !a.title.anchors.isDisjoint(with: b.title.anchors)
        let subject = sharesSubject ? a.subjectConcepts.union(b.subjectConcepts) : []
        let problemsA = a.title.concepts.subtracting(subject)
        let problemsB = b.title.concepts.subtracting(subject)
        let conceptsDisagree = sharesSubject && !problemsA.isEmpty && !problemsB.isEmpty
            && problemsA.isDisjoint(with: problemsB)
            && problemsA.isDisjoint(with: b.title.implied.subtracting(subject))
            && a.title.implied.subtracting(subject).isDisjoint(with: problemsB)

        var unit: Double?
        if let unitA = a.unit, let unitB = b.unit {
            unit = units.distance(unitA, unitB).map { max(0.25, 1 - 0.25 * Double($0)) }
            // Country teams file their items under their own sites: across languages,
            // unrelated units are no evidence either way.
            if unit == nil, !otherTeam { unit = 0 }
        }
        var theme: Double?
        if !a.themes.isEmpty, !b.themes.isEmpty {
            if !a.themes.isDisjoint(with: b.themes) || !a.themeConcepts.isDisjoint(with: b.themeConcepts) {
                theme = 1
            } else if !a.themeConcepts.isEmpty, !b.themeConcepts.isEmpty {
                // Across languages, teams name one concern's theme in their own words
                // (`Servicequalität`, `asistencia técnica`, `保守対応`): different theme
                // concepts there are no evidence either way.
                theme = crossLanguage ? nil : 0
            } else if !crossLanguage {
                let shared = Double(sharedCount(a.themeGrams, b.themeGrams))
                theme = 2 * shared / Double(a.themeGrams.count + b.themeGrams.count) * 0.8
            }
        }
        var product: Double?
        if !a.products.isEmpty, !b.products.isEmpty {
            if !a.products.isDisjoint(with: b.products) {
                product = 1
            } else {
                let shared = sharedCount(a.productWords, b.productWords)
                product = Double(shared) / Double(a.productWords.count + b.productWords.count - shared)
            }
        }

        // Weights: the title carries most; themes and units are the authors' own
        // classification; products and codes corroborate.
        var total = 0.0
        var weighted = 0.0
        func add(_ value: Double?, _ weight: Double) {
            guard let value else { return }
            total += weight
            weighted += weight * value
        }
        add(text, 0.5)
        // Across languages the codes are already the text evidence; within one language
        // they add that two titles naming different codes are about different things.
        if !crossLanguage { add(anchors, 0.1) }
        add(unit, 0.15)
        add(theme, 0.2)
        add(product, 0.15)
        var score = total > 0 ? weighted / total : 0
        // An issue and an opportunity are never the same concern for the heuristics; only
        // `Same as` can merge them.
        if let kindA = a.item.kind, let kindB = b.item.kind, kindA != kindB { score = 0 }
        // Different problems of one product (`X is late` / `X costs more`): what they share
        // is the subject, not the concern.
        if conceptsDisagree { score *= Self.disagreementFactor }

        let gate = crossLanguage ? thresholds.crossLanguage : thresholds.titleSimilarity
        return Parts(score: score, text: text, crossLanguage: crossLanguage, unit: unit, theme: theme,
                     product: product, anchors: anchors, passesTextGate: text >= gate && !conceptsDisagree && score > 0)
    }

    /// The title evidence of a shared distinctive quantity: enough to merge two items that
    /// have nothing else against them.
    static let quantityEvidence = 0.75
    static let disagreementFactor = 0.5

    /// A quantity with its unit both titles name and few others do (at most one item in
    /// twenty, and always up to three items).
    private func sharesDistinctiveQuantity(_ a: ItemProfile, _ b: ItemProfile) -> Bool {
        guard !a.title.quantities.isEmpty, !b.title.quantities.isEmpty else { return false }
        let most = max(3, weights.itemCount / 20)
        return a.title.quantities.contains { quantity in
            b.title.quantities.contains(quantity)
                && weights.frequency(of: TitleVectors.quantityPrefix + quantity) <= most
        }
    }

    /// The size of the intersection, without building it.
    private func sharedCount(_ a: Set<String>, _ b: Set<String>) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.count { large.contains($0) }
    }
}
