import Diagnostics

enum NearMissSuggestion {
    /// `; did you mean 'x'?`, or empty when nothing is close.
    static func text(for word: String, among candidates: [String]) -> String {
        guard let best = NearMiss.bestMatches(for: word, in: candidates, limit: 1).first else { return "" }
        return "; did you mean '\(best)'?"
    }
}
