import PlanModel

/// The tunable numbers of the synthesis pass, read from `apg.yaml`'s `synthesis:` map.
/// All scores are between 0 and 1.
///
/// ```yaml
/// synthesis:
///   title-similarity: 0.3   # same language: least title similarity worth a merge
///   cross-language: 0.3     # different languages: least shared codes/numbers/spelling
///   merge-threshold: 0.55   # least combined score (title, unit, theme, product), per link
///                           # and on average between two clusters that merge
///   suggestion-threshold: 0.4  # least score of a pair reported for review, not merged
///   blocking-limit: 50      # above this many items, only compare items sharing a token
/// ```
public struct SynthesisThresholds: Sendable, Hashable {
    public var titleSimilarity: Double = 0.3
    public var crossLanguage: Double = 0.3
    public var mergeThreshold: Double = 0.55
    public var suggestionThreshold: Double = 0.4
    public var blockingLimit: Int = 50

    public init() {}

    /// The names `apg.yaml` uses, with their defaults, for documentation and validation.
    public static let names: [(name: String, defaultValue: Double)] = [
        ("title-similarity", 0.3),
        ("cross-language", 0.3),
        ("merge-threshold", 0.55),
        ("suggestion-threshold", 0.4),
        ("blocking-limit", 50),
    ]

    /// Defaults overridden by the workspace's values; out-of-range values are clamped.
    public init(config: WorkspaceConfig) {
        func score(_ name: String, _ fallback: Double) -> Double {
            guard let value = config.synthesis[name], value.isFinite else { return fallback }
            return min(1, max(0, value))
        }
        titleSimilarity = score("title-similarity", titleSimilarity)
        crossLanguage = score("cross-language", crossLanguage)
        mergeThreshold = score("merge-threshold", mergeThreshold)
        suggestionThreshold = score("suggestion-threshold", suggestionThreshold)
        if let limit = config.synthesis["blocking-limit"], limit.isFinite {
            blockingLimit = Int(min(1_000_000, max(0, limit)))
        }
    }
}
