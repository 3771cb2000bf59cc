import Foundation
import PlanModel
import Vocabulary

/// One item prepared for comparison: its title's features and its normalized context.
///
/// A class: scoring passes profiles around millions of times on large accounts, and copying
/// a struct of a dozen collections costs a retain and release for each of them.
final class ItemProfile: Sendable {
    let item: Item
    let language: String
    let title: TitleFeatures
    /// The tokens of the title's meaning vector (`TitleVectors.meaning`), built once: the
    /// weights, the vectors and the candidate search all need them.
    let meaning: Set<String>
    let unit: String?
    /// Folded theme labels.
    let themes: Set<String>
    /// Trigrams of the theme labels, so `Qualität` and `quality` are not strangers.
    let themeGrams: Set<String>
    /// The concepts the theme labels name, so `Qualität` and `品質` are the same theme.
    let themeConcepts: Set<String>
    /// Folded product names.
    let products: Set<String>
    /// The words of the product names, so `SiC MOSFET` and `SiC power module` share `sic`.
    let productWords: Set<String>
    /// The concepts the item's products name (`brake MCU` →
    /// `microcontroller`): what the item is about, not what is wrong with it.
    let subjectConcepts: Set<String>
    /// Empty in a draft; filled once the weights of the whole account are known.
    let vectors: TitleVectors

    /// Profiles of all items, prepared for scoring.
    static func prepared(_ items: [Item], lexicon: ConceptLexicon = .bundled) -> (profiles: [ItemProfile], weights: TokenWeights) {
        // Each profile is the item's alone, and analyzing one title costs about a tenth of
        // a millisecond: worth a second core from a few dozen items on.
        let drafts = items.concurrentMap(minimumCount: 32) { ItemProfile(item: $0, lexicon: lexicon) }
        let weights = TokenWeights(drafts)
        return (drafts.concurrentMap { ItemProfile($0, weights: weights) }, weights)
    }

    /// A draft: everything but the vectors.

    init(item: Item, lexicon: ConceptLexicon = .bundled) {
        self.item = item
        let language = String(item.language.lowercased().prefix { $0 != "-" && $0 != "_" })
        let itemLanguage = language.isEmpty ? "en" : language
        self.language = itemLanguage
        title = TitleAnalyzer.analyze(item.title, language: self.language, lexicon: lexicon)
        meaning = TitleVectors.meaning(title)
        unit = item.unit?.key
        let themes = Set(item.themes.map(TitleAnalyzer.fold).filter { !$0.isEmpty })
        self.themes = themes
        themeGrams = Set(themes.flatMap(Self.trigrams))
        themeConcepts = Set(item.themes.flatMap { lexicon.concepts(in: $0, language: itemLanguage) })
        let products = Set(item.products.map(TitleAnalyzer.fold).filter { !$0.isEmpty })
        self.products = products
        productWords = Set(products.flatMap { $0.split(separator: " ").map(String.init) })
        subjectConcepts = Set(item.products.flatMap { lexicon.concepts(in: $0, language: itemLanguage) })
        vectors = TitleVectors()
    }

    private init(_ draft: ItemProfile, weights: TokenWeights) {
        item = draft.item
        language = draft.language
        title = draft.title
        meaning = draft.meaning
        unit = draft.unit
        themes = draft.themes
        themeGrams = draft.themeGrams
        themeConcepts = draft.themeConcepts
        products = draft.products
        productWords = draft.productWords
        subjectConcepts = draft.subjectConcepts
        vectors = TitleVectors(draft.title, meaning: draft.meaning, themeConcepts: draft.themeConcepts, weights: weights)
    }

    private static func trigrams(_ text: String) -> [String] {
        let letters = Array(text.replacingOccurrences(of: " ", with: ""))
        guard letters.count >= 3 else { return [String(letters)] }
        return (0...(letters.count - 3)).map { String(letters[$0..<$0 + 3]) }
    }
}

/// Inverse document frequencies over all items: a token most items share (`MCU`, `2028`)
/// says less about two items being the same concern than a rare one (`8D`, `HSM`).
///
/// Tokens are interned as integers numbered in sorted string order, so that a vector is a
/// sorted integer array and comparing two vectors is a merge walk (no string hashing in
/// the hot loop) that visits shared tokens in the same order as the sorted strings did.
struct TokenWeights: Sendable {
    private var frequency: [String: Int] = [:]
    private let count: Double
    /// Token → interned number, in sorted string order.
    private var numbers: [String: Int32] = [:]
    /// Interned number → weight.
    private var weightOf: [Double] = []

    init(_ profiles: [ItemProfile]) {
        count = Double(max(1, profiles.count))
        var tokens: Set<String> = []
        for profile in profiles {
            let meaning = profile.meaning
            for token in profile.title.words.union(profile.title.grams).union(meaning) { frequency[token, default: 0] += 1 }
            tokens.formUnion(profile.title.words)
            tokens.formUnion(profile.title.anchors)
            tokens.formUnion(profile.title.grams)
            tokens.formUnion(meaning)
        }
        for token in tokens.sorted() {
            numbers[token] = Int32(weightOf.count)
            weightOf.append(weight(token))
        }
    }

    func weight(_ token: String) -> Double {
        let frequency = Double(max(1, self.frequency[token] ?? 1))
        // A quantity with its unit is rarer in substance than its frequency says: `40 weeks`
        // in two titles is strong evidence even in a small account.
        let boost = token.hasPrefix(TitleVectors.quantityPrefix) ? 2.0 : 1.0
        return boost * log(1 + count / frequency)
    }

    /// How many items' titles have the token.
    func frequency(of token: String) -> Int { frequency[token] ?? 0 }

    var itemCount: Int { Int(count) }

    /// How much two token sets have in common: their cosine similarity (IDF weights),
    /// scaled down when what they share is little in absolute terms. Two titles whose only
    /// code is `SiC` have a cosine of 1, but sharing one common token is weak evidence;
    /// the evidence is full once the shared weight reaches that of a token only two items
    /// have. Nil when either set is empty.
    func similarity(_ a: TokenVector, _ b: TokenVector) -> Double? {
        guard !a.tokens.isEmpty, !b.tokens.isEmpty else { return nil }
        var shared = 0.0
        var mass = 0.0
        // Optional tokens (codes, quantities, country names) count in the norms only when
        // shared: a code in one title only is no evidence that the other is different.
        var sharedOptional = 0.0
        // A concept both titles only imply (both name `software-defined-vehicle`, so both
        // imply `software`) repeats evidence the named one already gave: left out of the
        // comparison, norms included.
        var impliedOnlyA = 0.0
        var impliedOnlyB = 0.0
        // A concept only the theme names counts when the other title names it.
        var extraA = 0.0
        var extraB = 0.0
        // Sorted order: floating-point addition in another order can flip a tie between
        // scores.
        var i = 0
        var j = 0
        while i < a.tokens.count, j < b.tokens.count {
            let left = a.tokens[i]
            let right = b.tokens[j]
            if left < right {
                i += 1
            } else if right < left {
                j += 1
            } else if a.extra[i] && b.extra[j] {
                i += 1
                j += 1
            } else if a.extra[i] || b.extra[j] {
                let product = a.weights[i] * b.weights[j]
                shared += product
                mass += min(a.weights[i], b.weights[j])
                if a.extra[i] { extraA += a.weights[i] * a.weights[i] }
                if b.extra[j] { extraB += b.weights[j] * b.weights[j] }
                i += 1
                j += 1
            } else if a.implied[i] && b.implied[j] {
                impliedOnlyA += a.weights[i] * a.weights[i]
                impliedOnlyB += b.weights[j] * b.weights[j]
                i += 1
                j += 1
            } else {
                // One side may weigh a token less (a concept only implied there).
                let product = a.weights[i] * b.weights[j]
                shared += product
                mass += min(a.weights[i], b.weights[j])
                if a.optional[i] { sharedOptional += product }
                i += 1
                j += 1
            }
        }
        guard shared > 0 else { return 0 }
        // Both with codes and none in common: the codes disagree, and count in full.
        let disagree = sharedOptional == 0 && a.optionalNormSquared > 0 && b.optionalNormSquared > 0
        let normA = (a.requiredNormSquared - impliedOnlyA + extraA + (disagree ? a.optionalNormSquared : sharedOptional)).squareRoot()
        let normB = (b.requiredNormSquared - impliedOnlyB + extraB + (disagree ? b.optionalNormSquared : sharedOptional)).squareRoot()
        let cosine = min(1, shared / (normA * normB))
        return cosine * min(1, mass / pairWeight)
    }

    /// Every profile's tokens are interned when the weights are built; a token from
    /// elsewhere still counts in the norm but cannot be shared.
    /// Optional tokens are optional only beside others: a set of nothing but codes is
    /// judged on all of them.
    /// A token in `scales` weighs that many times its weight.
    func vector(_ set: Set<String>, optional: Set<String> = [], scales: [String: Double] = [:], implied: Set<String> = [],
                extra: Set<String> = []) -> TokenVector {
        let sorted = set.union(extra).sorted()
        var vector = TokenVector()
        let hasRequired = set.contains { !optional.contains($0) }
        for token in sorted {
            let isOptional = hasRequired && optional.contains(token)
            let factor = scales[token] ?? 1
            let tokenWeight = weight(token) * factor
            let isExtra = extra.contains(token) && !set.contains(token)
            if isExtra {
                // In the norm only when shared (see `similarity`).
            } else if isOptional {
                vector.optionalNormSquared += tokenWeight * tokenWeight
            } else {
                vector.requiredNormSquared += tokenWeight * tokenWeight
            }
            guard let number = numbers[token] else { continue }
            vector.tokens.append(number)
            vector.weights.append(weightOf[Int(number)] * factor)
            vector.optional.append(isOptional)
            vector.implied.append(implied.contains(token))
            vector.extra.append(isExtra)
        }
        return vector
    }

    /// The weight of a token exactly two items share.
    private var pairWeight: Double { log(1 + count / 2) }
}

/// A token set prepared for repeated comparison: interned numbers sorted ascending (the
/// tokens' sorted string order), each token's weight, whether it is optional, and the IDF
/// norm of the rest.
struct TokenVector: Sendable {
    var tokens: [Int32] = []
    var weights: [Double] = []
    var optional: [Bool] = []
    /// Whether the token is a concept the title only implies.
    var implied: [Bool] = []
    /// Whether the token is a concept only the item's theme names.
    var extra: [Bool] = []
    /// The squared norm over the tokens that are not optional.
    var requiredNormSquared = 0.0
    var optionalNormSquared = 0.0
}

/// An item's title vectors under the account's token weights.
struct TitleVectors: Sendable {
    var words = TokenVector()
    var anchors = TokenVector()
    var grams = TokenVector()
    /// Concepts, codes and quantities: what a title means in any language; and the words
    /// no concept covers, which weigh against a match.
    var meaning = TokenVector()
    /// The same with those words at `restScaleAcross` of their weight, for comparing across
    /// languages: there they may be a translation's words for what the other title says
    /// with a concept, and cannot be shared.
    var meaningAcross = TokenVector()

    static let conceptPrefix = "concept:"
    static let quantityPrefix = "quantity:"
    static let restPrefix = "rest:"
    static let relatedPrefix = "related:"

    /// The words of the concept ids (`delivery-delay` → `delivery`, `delay`): concepts
    /// that share one are related, and count for a little.
    static func relatedWords(_ title: TitleFeatures) -> Set<String> {
        Set(title.concepts.flatMap { $0.split(separator: "-").map(String.init) }.filter { $0.count >= 4 })
    }

    init() {}

    /// `meaning` is `Self.meaning(title)`.
    init(_ title: TitleFeatures, meaning: Set<String>, themeConcepts: Set<String> = [], weights: TokenWeights) {
        let optionalWords = title.anchors.union(title.countries)
        words = weights.vector(title.words, optional: optionalWords)
        anchors = weights.vector(title.anchors)
        grams = weights.vector(title.grams)
        let quantities = Set(title.quantities.map { Self.quantityPrefix + $0 })
        let rest = Set(title.rest.map { Self.restPrefix + $0 })
        let related = Set(Self.relatedWords(title).map { Self.relatedPrefix + $0 })
        let implied = Set(title.implied.map { Self.conceptPrefix + $0 })
        var scales = Dictionary(uniqueKeysWithValues: related.map { ($0, 0.5) })
        for token in implied { scales[token] = Self.impliedScale }
        // What the theme names and the title does not: it counts where the other title
        // names it.
        let extra = Set(themeConcepts.map { Self.conceptPrefix + $0 }).subtracting(meaning)
        for token in extra { scales[token] = Self.themeScale }
        self.meaning = weights.vector(meaning, optional: title.anchors.union(quantities), scales: scales, implied: implied,
                                 extra: extra)
        var scalesAcross = Dictionary(uniqueKeysWithValues: related.map { ($0, 0.3) } + rest.map { ($0, Self.restScaleAcross) })
        for token in implied { scalesAcross[token] = Self.impliedScale }
        for token in extra { scalesAcross[token] = Self.themeScale }
        meaningAcross = weights.vector(meaning, optional: title.anchors.union(quantities), scales: scalesAcross,
                                       implied: implied, extra: extra)
    }

    /// Across languages, the words no concept covers weigh this much: they cannot be
    /// shared there, and translations differ most in the detail they add (sites, people,
    /// circumstances), so at full weight they hide the concepts two titles share.
    static let restScaleAcross = 0.2

    /// An implied concept weighs this much of a named one: `Lieferverzug` says `late` less
    /// directly than `arrive late` does.
    static let impliedScale = 0.8

    /// A concept only the item's theme names weighs this much: the author's label of the
    /// concern, less specific than its title (`cadeia fria` for a title about hospitals
    /// receiving warm product).
    static let themeScale = 0.5

    /// The tokens of the meaning vector.
    static func meaning(_ title: TitleFeatures) -> Set<String> {
        Set(title.concepts.union(title.implied).map { conceptPrefix + $0 })
            .union(title.rest.map { restPrefix + $0 })
            .union(relatedWords(title).map { relatedPrefix + $0 })
            .union(title.anchors)
            .union(title.quantities.map { quantityPrefix + $0 })
    }
}
