import Foundation
import PlanModel

/// One item prepared for comparison: its title's features and its normalized context.
struct ItemProfile: Sendable {
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
    /// Set by `prepare(with:)` once the weights of the whole account are known.
    private(set) var vectors = TitleVectors()

    mutating func prepare(with weights: TokenWeights) {
        vectors = TitleVectors(title, weights: weights)
    }

    /// Profiles of all items, prepared for scoring.
    static func prepared(_ items: [Item]) -> (profiles: [ItemProfile], weights: TokenWeights) {
        var profiles = items.map(ItemProfile.init)
        let weights = TokenWeights(profiles)
        for index in profiles.indices { profiles[index].prepare(with: weights) }
        return (profiles, weights)
    }

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
    }

    private static func trigrams(_ text: String) -> [String] {
        let letters = Array(text.replacingOccurrences(of: " ", with: ""))
        guard letters.count >= 3 else { return [String(letters)] }
        return (0...(letters.count - 3)).map { String(letters[$0..<$0 + 3]) }
    }
}

/// Inverse document frequencies over all items: a token most items share (`MCU`, `2028`)
/// says less about two items being the same concern than a rare one (`8D`, `HSM`).
struct TokenWeights: Sendable {
    private var frequency: [String: Int] = [:]
    private let count: Double

    init(_ profiles: [ItemProfile]) {
        count = Double(max(1, profiles.count))
        for profile in profiles {
            for token in profile.title.words.union(profile.title.grams) { frequency[token, default: 0] += 1 }
        }
    }

    func weight(_ token: String) -> Double {
        let frequency = Double(max(1, self.frequency[token] ?? 1))
        return log(1 + count / frequency)
    }

    func documentFrequency(_ token: String) -> Int { frequency[token] ?? 0 }

    /// How much two token sets have in common: their cosine similarity (IDF weights),
    /// scaled down when what they share is little in absolute terms. Two titles whose only
    /// code is `SiC` have a cosine of 1, but sharing one common token is weak evidence;
    /// the evidence is full once the shared weight reaches that of a token only two items
    /// have. Nil when either set is empty.
    func similarity(_ a: TokenVector, _ b: TokenVector) -> Double? {
        guard !a.tokens.isEmpty, !b.tokens.isEmpty else { return nil }
        let (small, large) = a.tokens.count <= b.tokens.count ? (a, b) : (b, a)
        var shared = 0.0
        var mass = 0.0
        // Sorted order: a set's iteration order varies between runs, and floating-point
        // addition in another order can flip a tie between scores.
        for token in small.tokens where large.set.contains(token) {
            let w = weight(token)
            shared += w * w
            mass += w
        }
        guard shared > 0 else { return 0 }
        let cosine = min(1, shared / (a.norm * b.norm))
        return cosine * min(1, mass / pairWeight)
    }

    func vector(_ set: Set<String>) -> TokenVector {
        let tokens = set.sorted()
        return TokenVector(tokens: tokens, set: set, norm: tokens.reduce(0.0) { $0 + weight($1) * weight($1) }.squareRoot())
    }

    /// The weight of a token exactly two items share.
    private var pairWeight: Double { log(1 + count / 2) }
}

/// A token set prepared for repeated comparison: sorted, hashed and with its IDF norm.
struct TokenVector: Sendable {
    var tokens: [String] = []
    var set: Set<String> = []
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
