import Diagnostics

enum NearMissNames {
    static func best(for name: String, in candidates: some Sequence<String>) -> String? {
        NearMiss.bestMatches(for: name, in: Array(candidates).sorted(), limit: 1).first
    }
}
