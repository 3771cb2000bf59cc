import Diagnostics
import PlanModel
import Vocabulary

/// An organization unit without key themes.
public struct UnitThemes: ValidationRule {
    public static let descriptor = RuleDescriptor(
        code: "APG204",
        name: "unit-themes",
        severity: .warning,
        summary: "an organization unit has no key themes",
        documentation: RuleDocumentation.page(
            checks: "Reports every unit of the customer organization that has no `Themes:` line.",
            why: "At the workshop the team maps the customer's global organization and identifies key themes for each part. A unit without themes has been mapped but not understood.",
            example: """
            ## Customer Organization
            - Mobility {#mobility}
              - Type: division
            """,
            fix: "Add the unit's key themes, separated by `;`: `Themes: software-defined vehicle; SiC power electronics`."
        )
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.model.units.compactMap { unit in
            let hasThemes = unit.themes.contains { !$0.trimmedLowercased.isEmpty }
            return hasThemes ? nil : Self.descriptor.diagnostic(Self.message(unit.id), at: unit.location, fix: Self.fix(context.words(at: unit.location)))
        }
    }
}

extension UnitThemes {
    static func message(_ id: String) -> String { "unit '\(id)' has no key themes" }
    static func fix(_ words: LocalizedWords) -> FixSuggestion {
        FixSuggestion("add a `\(words.attribute("themes")):` line with the unit's key themes, separated by `;`")
    }
}
