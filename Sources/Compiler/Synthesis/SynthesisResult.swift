import APGJSON
import Diagnostics
import PlanModel

/// What the synthesis pass produced: the consolidated items in rank order, their
/// organization by unit and theme, the whitespace matrix and any diagnostics.
public struct SynthesisResult: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Ranked: priority, then number of countries, then value, then id.
    public var items: [SynthesizedItem] = []
    public var byUnit: [UnitRollup] = []
    public var byTheme: [ThemeGroup] = []
    public var whitespace = WhitespaceMatrix()
    /// Source item key → synthesized item id.
    public var clusterOfItem: [String: String] = [:]
    /// Pairs that scored just under the merge threshold, for review, in item-id order.
    public var suggestions: [MergeSuggestion] = []

    public init() {}

    /// The synthesized item a source item (by id, any case) was merged into.
    public func synthesizedItem(containing itemID: String) -> SynthesizedItem? {
        guard let id = clusterOfItem[itemID.lowercased()] else { return nil }
        return items.first { $0.id == id }
    }

    /// plan.json's `clusters`.
    public var clustersJSON: JSONValue { .array(items.map(\.json)) }

    /// plan.json's organization of the synthesized items by unit and theme, and the
    /// whitespace matrix.
    public var organizationJSON: JSONValue {
        [
            "byUnit": .array(byUnit.map(\.json)),
            "byTheme": .array(byTheme.map(\.json)),
            "whitespace": whitespace.json,
        ]
    }
}

/// Two items that may be the same concern: not merged, but reported for review.
public struct MergeSuggestion: Sendable, Hashable {
    /// The item suggested to (first in id order) and the one the note is on.
    public var item: String
    public var candidate: String
    public var score: Double
    public var sharedConcepts: [String]
    public var evidence: String
}

extension ValueTotal {
    var json: JSONValue { ["unit": .optional(unit), "value": .number(value)] }
}

extension SynthesizedItem {
    var json: JSONValue {
        [
            "id": .string(id),
            "rank": .int(rank),
            "title": .string(title),
            "representative": .string(representative),
            "kind": .optional(kind?.rawValue),
            "priority": .optional(priority?.rawValue),
            "members": .strings(members),
            "countries": .strings(countries),
            "languages": .strings(languages),
            "units": .strings(units),
            "themes": .strings(themes),
            "products": .strings(products),
            "values": .array(values.map(\.json)),
            "addressed": .bool(isAddressed),
            "addressedBy": .strings(addressedBy),
            "reason": .string(reason),
            "merges": .array(merges.map(\.json)),
        ]
    }
}

extension SynthesizedItem.Merge {
    var json: JSONValue {
        [
            "items": .strings(items),
            "cause": .string(cause),
            "score": score.map { .number(rounded($0)) } ?? .null,
            "clusterScore": clusterScore.map { .number(rounded($0)) } ?? .null,
            "evidence": .string(evidence),
        ]
    }
}

/// Scores in JSON to two decimals: enough to explain, and stable against tiny
/// floating-point differences between platforms.
func rounded(_ score: Double) -> Double { (score * 100).rounded() / 100 }
