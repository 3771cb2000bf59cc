import Diagnostics
import PlanModel
import Vocabulary

/// More issues and opportunities than `limits.items` (50 by default).
public struct ItemCount: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG203",
        name: "item-count",
        severity: .warning,
        summary: "more issues and opportunities than the configured limit",
        documentation: RuleDocumentation.page(
            checks: "Counts the issues and opportunities of all files (before synthesis merges near-duplicates) and compares the count with `limits.items` in `apg.yaml` (50 when not set).",
            why: "The prep calls surface up to about 50 items; they are synthesized and organized to drive the workshop. Many more cannot be discussed in one workshop and hide the important ones.",
            example: """
            ## Issues and Opportunities
            ### Issues
            - I-01: Long qualification cycles
            - … fifty more items …
            """,
            fix: "Merge duplicates (`Same as:`), drop low-priority items or move them to Notes, or raise `limits.items` in `apg.yaml`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let items = context.model.items
        let limit = context.config.itemLimit
        guard items.count > limit else { return [] }
        // The first item over the limit is the most specific place there is.
        let location = limit >= 0 && limit < items.count ? items[limit].location : context.globalFileLocation
        return [Self.descriptor.diagnostic(Self.message(count: items.count, limit: limit), at: location, fix: Self.fix(limit: limit, words: context.words(at: location)))]
    }
}

extension ItemCount {
    static func message(count: Int, limit: Int) -> String {
        "\(count) issues and opportunities exceed the limit of \(limit)"
    }
    static func fix(limit: Int, words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("merge duplicates with `\(words.attribute("same-as")):` and drop low-priority items to stay within \(limit), or raise `limits.items` in apg.yaml")
    }
}
