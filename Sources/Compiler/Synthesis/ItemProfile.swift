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
    func similarity(_ a: Set<String>, _ b: Set<String>) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        // Sums run in sorted token order: a set's iteration order varies between runs,
        // and floating-point addition in another order can flip a tie between scores.
        var shared = 0.0
        var mass = 0.0
        for token in a.filter(b.contains).sorted() {
            let w = weight(token)
            shared += w * w
            mass += w
        }
        guard shared > 0 else { return 0 }
        let normA = a.sorted().reduce(0.0) { $0 + weight($1) * weight($1) }.squareRoot()
        let normB = b.sorted().reduce(0.0) { $0 + weight($1) * weight($1) }.squareRoot()
        let cosine = min(1, shared / (normA * normB))
        return cosine * min(1, mass / pairWeight)
    }

    /// The weight of a token exactly two items share.
    private var pairWeight: Double { log(1 + count / 2) }
}
