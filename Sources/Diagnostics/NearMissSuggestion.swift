extension NearMiss {
    /// `; did you mean 'x'?` for the closest candidate, or empty when nothing is close:
    /// the tail of a message about an unknown name.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String {
        guard let best = bestMatches(for: word, in: candidates, limit: 1).first else { return "" }
        return "; did you mean '\(best)'?"
    }
}
