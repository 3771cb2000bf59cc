import Diagnostics

/// The diagnostics of the synthesis pass (APG300–APG349), for the rule registry.
public enum SynthesisRules {
    public static let all: [RuleDescriptor] = [sameAsConflict, sameAsNotAnItem, unknownThreshold, suggestedMerge]

    public static let sameAsConflict = RuleDescriptor(
        code: "APG300",
        name: "same-as-conflict",
        severity: .warning,
        summary: "a `Same as` merge would join items that a `Not same as` keeps apart",
        documentation: """
        # APG300 same-as-conflict

        ## What it checks
        `Same as` forces two issues or opportunities into one synthesized item, and
        `Not same as` forbids it. Merges chain: if A is the same as B and B the same as C,
        all three are one item. This rule fires when a `Same as` would put two items into
        one synthesized item although a `Not same as` (on either of them, or on any item
        already merged with them) says they are different.

        ## Why
        Both statements cannot hold. The synthesis keeps the items apart (a missed merge
        is easier to spot in the workshop pack than a wrong one) and ignores this
        `Same as`, which is probably not what its author meant.

        ## Example
        ```markdown
        - DE-I1: SiC-MOSFET-Zuteilung gefährdet den Hochlauf
          - Same as: GL-I1
        - DE-I2: Preiserhöhung für SiC-Module
          - Same as: DE-I1
          - Not same as: GL-I1
        ```
        `DE-I2` is said to be the same as `DE-I1`, which is the same as `GL-I1`, and yet
        not the same as `GL-I1`.

        ## Fix
        Decide which statement is right: remove the `Same as`, or remove the
        `Not same as`, or break the chain (one of the other `Same as` lines).
        """
    )

    public static let sameAsNotAnItem = RuleDescriptor(
        code: "APG301",
        name: "same-as-not-an-item",
        severity: .warning,
        summary: "`Same as` or `Not same as` names something that is not an issue or opportunity",
        documentation: """
        # APG301 same-as-not-an-item

        ## What it checks
        `Same as` and `Not same as` steer the synthesis of issues and opportunities, so
        they must name other issues or opportunities. This rule fires when one names an
        id that belongs to another kind of entity: a unit, a goal, a strategy, a tactic,
        an action, a stakeholder or a team member.

        ## Why
        The reference has no effect on the synthesis, so the merge (or the separation)
        its author asked for silently does not happen.

        ## Example
        ```markdown
        - FR-O1: MCU radar 77 GHz pour la prochaine génération
          - Same as: radar
        ```
        `radar` is the id of the Radar Sensors unit, not of an item.

        ## Fix
        Name the item's id (`Same as: GL-O2`), or move the unit to `Unit:`.
        """
    )

    public static let unknownThreshold = RuleDescriptor(
        code: "APG302",
        name: "synthesis-unknown-setting",
        severity: .warning,
        summary: "`apg.yaml` sets a synthesis threshold that does not exist",
        documentation: """
        # APG302 synthesis-unknown-setting

        ## What it checks
        The `synthesis:` map in `apg.yaml` tunes how eagerly issues and opportunities are
        merged. It knows these names (defaults in brackets):

        - `title-similarity` (0.3): the least title similarity, between 0 and 1, for two
          items in the same language to be merged;
        - `cross-language` (0.3): the least shared evidence that survives translation
          (codes such as `SiC` or `8D`, numbers such as `800` or `2028`, shared
          spelling) for two items in different languages;
        - `merge-threshold` (0.55): the least combined score (title, unit, theme,
          product) for a pair to merge, and the least mean score between all items of
          two clusters for the clusters to merge;
        - `suggestion-threshold` (0.4): the least score of a pair that is not merged
          but suggested for review (APG303);
        - `blocking-limit` (50): with more items than this, only items sharing a word,
          code or product are compared.

        This rule fires for any other name.

        ## Why
        A misspelt setting is ignored, so the synthesis silently runs with the default.

        ## Example
        ```yaml
        synthesis:
          merge-treshold: 0.7
        ```

        ## Fix
        Use one of the names above (here `merge-threshold`).
        """
    )
}

extension SynthesisRules {
    public static let suggestedMerge = RuleDescriptor(
        code: "APG303",
        name: "synthesis-suggested-merge",
        severity: .note,
        summary: "two issues or opportunities may be the same concern; confirm or reject the merge",
        documentation: """
        # APG303 synthesis-suggested-merge

        ## What it checks
        Synthesis merges two items when their evidence (shared concepts, codes,
        quantities, words, unit, theme, product) scores at least `merge-threshold`.
        A pair that scores between `suggestion-threshold` and `merge-threshold` is not
        merged but reported here, at the second item (in id order), with what the two
        share. A pair whose items are already linked or separated by `Same as` or
        `Not same as` (directly or through their merged items) is never suggested.

        ## Why
        Translations and paraphrases share little spelling, so some true duplicates
        score just under the threshold, and some different concerns just under it too.
        The facilitator decides once, in the guide, and the suggestion goes away.

        ## Example
        ```markdown
        - FR-I2: Délais de livraison des semi-conducteurs trop longs
        - IT-I4: Tempi di consegna dei chip in aumento
        ```
        note: may be the same as FR-I2 (shared concepts: lead-time, semiconductor).

        ## Fix
        Add `Same as: FR-I2` under `IT-I4` if they are one concern, or
        `Not same as: FR-I2` if they are not.
        """
    )

    static func suggestionMessage(other: String, sharedConcepts: [String], evidence: String) -> String {
        let shared = sharedConcepts.isEmpty ? "evidence \(evidence)" : "shared concepts: " + sharedConcepts.joined(separator: ", ")
        return "may be the same as \(other) (\(shared)); add `Same as: \(other)` or `Not same as: \(other)`"
    }

    static func conflictMessage(forced: String, target: String, forbidden: String, other: String) -> String {
        "'same as \(target)' on \(forced) conflicts with 'not same as \(other)' on \(forbidden); the items are kept apart"
    }

    static func notAnItemMessage(attribute: String, id: String, kind: String) -> String {
        "'\(attribute) \(id)' names a \(kind), not an issue or opportunity"
    }

    static func unknownThresholdMessage(_ name: String) -> String {
        "unknown synthesis setting '\(name)'"
    }
}
