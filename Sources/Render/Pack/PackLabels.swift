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

    /// - Parameter explicit: the language was asked for (`--lang`), so it must exist.
    public static func load(json: String, language requested: String, explicit: Bool = false) throws -> PackLabels {
        struct Entry: Decodable {
            var labels: [String: String]?
            var values: [String: String]?
        }
        let table: [String: Entry]
        do {
            table = try JSONDecoder().decode([String: Entry].self, from: Data(json.utf8))
        } catch {
            throw RenderError.labelsInvalid(String(describing: error))
        }
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
