/// Strips the commonest inflection endings so that `modules`/`module` or
/// `Berichte`/`Bericht` compare equal. Deliberately light: at most two endings, and the
/// stem keeps at least three letters, so different words rarely collapse into one.
enum LightStemmer {
    static func stem(_ word: String, language: String) -> String {
        guard word.count >= 4 else { return word }
        let endings = suffixes[language] ?? suffixes["en", default: []]
        var stem = word
        if endings == suffixes["en"], stem.hasSuffix("ies") {
            stem.removeLast(3)
            return stem + "y"
        }
        for _ in 0..<2 {
            guard let ending = endings.first(where: { stem.hasSuffix($0) && stem.count - $0.count >= 3 }) else { break }
            stem.removeLast(ending.count)
        }
        return stem
    }

    /// Longest first within each language, so the longest matching ending goes.
    private static let suffixes: [String: [String]] = [
        "en": ["ings", "ing", "ed", "s", "e"],
        "de": ["ungen", "ung", "en", "er", "es", "em", "e", "n", "s"],
        "fr": ["ements", "ement", "ations", "ation", "ions", "ion", "euses", "euse", "eux", "es", "s", "e", "x"],
        "es": ["aciones", "acion", "ciones", "cion", "es", "s", "a", "o", "e"],
        "it": ["azioni", "azione", "zioni", "zione", "i", "e", "a", "o"],
        "pt": ["acoes", "acao", "coes", "cao", "es", "s", "a", "o", "e"],
    ]
}
