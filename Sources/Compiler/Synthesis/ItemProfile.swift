import Foundation
import PlanModel

/// One item prepared for comparison: its title's features and its normalized context.
///
/// A class: scoring passes profiles around millions of times on large accounts, and copying
/// a struct of a dozen collections costs a retain and release for each of them.
final class ItemProfile: Sendable {
    let item: Item
    let language: String
    let title: TitleFeatures
    let unit: String?
    /// Folded theme labels.
    let themes: Set<String>
    /// Trigrams of the theme labels, so `Qualität` and `quality` are not strangers.
    let themeGrams: Set<String>
    /// Folded product names.
    let products: Set<String>
    /// The words of the product names, so `SiC MOSFET` and `SiC power module` share `sic`.
    let productWords: Set<String>
    /// Empty in a draft; filled once the weights of the whole account are known.
    let vectors: TitleVectors

    /// Profiles of all items, prepared for scoring.
    static func prepared(_ items: [Item]) -> (profiles: [ItemProfile], weights: TokenWeights) {
        let drafts = items.map(ItemProfile.init)
        let weights = TokenWeights(drafts)
        return (drafts.map { ItemProfile($0, weights: weights) }, weights)
    }

    /// A draft: everything but the vectors.

    init(item: Item) {
        self.item = item
        let language = String(item.language.lowercased().prefix { $0 != "-" && $0 != "_" })
        self.language = language.isEmpty ? "en" : language
        title = TitleAnalyzer.analyze(item.title, language: self.language)
        unit = item.unit?.key
        let themes = Set(item.themes.map(TitleAnalyzer.fold).filter { !$0.isEmpty })
        self.themes = themes
        themeGrams = Set(themes.flatMap(Self.trigrams))
        let products = Set(item.products.map(TitleAnalyzer.fold).filter { !$0.isEmpty })
        self.products = products
        productWords = Set(products.flatMap { $0.split(separator: " ").map(String.init) })
        vectors = TitleVectors()
    }

    private init(_ draft: ItemProfile, weights: TokenWeights) {
        item = draft.item
        language = draft.language
        title = draft.title
        unit = draft.unit
        themes = draft.themes
        themeGrams = draft.themeGrams
        products = draft.products
        productWords = draft.productWords
        vectors = TitleVectors(draft.title, weights: weights)
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
            for token in profile.title.words.union(profile.title.grams) { frequency[token, default: 0] += 1 }
            tokens.formUnion(profile.title.words)
            tokens.formUnion(profile.title.anchors)
            tokens.formUnion(profile.title.grams)
        }
        for token in tokens.sorted() {
            numbers[token] = Int32(weightOf.count)
            weightOf.append(weight(token))
        }
    }

    func weight(_ token: String) -> Double {
        let frequency = Double(max(1, self.frequency[token] ?? 1))
        return log(1 + count / frequency)
    }

    /// How much two token sets have in common: their cosine similarity (IDF weights),
    /// scaled down when what they share is little in absolute terms. Two titles whose only
    /// code is `SiC` have a cosine of 1, but sharing one common token is weak evidence;
    /// the evidence is full once the shared weight reaches that of a token only two items
    /// have. Nil when either set is empty.
    func similarity(_ a: TokenVector, _ b: TokenVector) -> Double? {
        guard !a.tokens.isEmpty, !b.tokens.isEmpty else { return nil }
        var shared = 0.0
        var mass = 0.0
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
            } else {
                let w = a.weights[i]
                shared += w * w
                mass += w
                i += 1
                j += 1
            }
        }
        guard shared > 0 else { return 0 }
        let cosine = min(1, shared / (a.norm * b.norm))
        return cosine * min(1, mass / pairWeight)
    }

    /// Every profile's tokens are interned when the weights are built; a token from
    /// elsewhere still counts in the norm but cannot be shared.
    func vector(_ set: Set<String>) -> TokenVector {
        let sorted = set.sorted()
        var vector = TokenVector()
        vector.norm = sorted.reduce(0.0) { $0 + weight($1) * weight($1) }.squareRoot()
        for token in sorted {
            guard let number = numbers[token] else { continue }
            vector.tokens.append(number)
            vector.weights.append(weightOf[Int(number)])
        }
        return vector
    }

    /// The weight of a token exactly two items share.
    private var pairWeight: Double { log(1 + count / 2) }
}

/// A token set prepared for repeated comparison: interned numbers sorted ascending (the
/// tokens' sorted string order), each token's weight, and the IDF norm.
struct TokenVector: Sendable {
    var tokens: [Int32] = []
    var weights: [Double] = []
    var norm = 0.0
}

/// An item's title vectors under the account's token weights.
struct TitleVectors: Sendable {
    var words = TokenVector()
    var anchors = TokenVector()
    var grams = TokenVector()

    init() {}

    init(_ title: TitleFeatures, weights: TokenWeights) {
        words = weights.vector(title.words)
        anchors = weights.vector(title.anchors)
        grams = weights.vector(title.grams)
    }
}
