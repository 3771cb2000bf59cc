import Diagnostics
import Foundation

/// The pack's words in one language, from `labels.json`: every key falls back to
/// English, then to the key itself, so a partial translation still renders. A language
/// `labels.json` does not have falls back to English when it is the global file's
/// (a French account still gets a pack), and is an error when asked for with `--lang`
/// (`--lang fr` silently giving English would look like a bug).
public struct PackLabels: Sendable {
    public var language: String
    /// Template-facing labels (`labels.goals`).
    public var labels: [String: String]
    /// Enum words by `category.raw-value` (`action-status.on-track`).
    public var values: [String: String]

    /// `override` laid over `base`, language by language and key by key: `labels.json`
    /// of a `--templates` folder needs only the words it changes.
    static func merged(_ base: String, _ override: String) throws -> String {
        let table = try decode(base).merging(try decode(override)) { old, new in
            Entry(
                labels: (old.labels ?? [:]).merging(new.labels ?? [:]) { _, new in new },
                values: (old.values ?? [:]).merging(new.values ?? [:]) { _, new in new }
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(table), as: UTF8.self)
    }

    struct Entry: Codable, Sendable {
        var labels: [String: String]?
        var values: [String: String]?
    }

    /// Decoded once per process and text: every account of a portfolio build renders with
    /// the same labels, and decoding them took a twentieth of the build.
    private static func decode(_ json: String) throws -> [String: Entry] {
        try TemplateCache.shared.labelTable(for: json) {
            Result {
                try JSONDecoder().decode([String: Entry].self, from: Data(json.utf8))
            }.mapError { RenderError.labelsInvalid(String(describing: $0)) }
        }.get()
    }

    /// - Parameter explicit: the language was asked for (`--lang`), so it must exist.
    public static func load(json: String, language requested: String, explicit: Bool = false) throws -> PackLabels {
        let table = try decode(json)
        let primary = requested.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        if explicit, table[primary] == nil {
            let available = table.keys.sorted()
            throw RenderError.unknownLanguage(requested, available: available, suggestion: NearMiss.bestMatches(for: primary, in: available, limit: 1).first)
        }
        let language = table[primary] != nil ? primary : "en"
        let english = table["en"]
        let chosen = table[language]
        return PackLabels(
            language: language,
            labels: (english?.labels ?? [:]).merging(chosen?.labels ?? [:]) { _, new in new },
            values: (english?.values ?? [:]).merging(chosen?.values ?? [:]) { _, new in new }
        )
    }

    public func label(_ key: String) -> String { labels[key] ?? key }

    public func value(_ category: String, _ raw: String) -> String { values["\(category).\(raw)"] ?? raw }
}
