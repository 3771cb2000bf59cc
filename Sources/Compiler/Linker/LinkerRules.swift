import Diagnostics

/// Every diagnostic the linker can emit (codes APG100–APG149), for `apg explain` and
/// `apg rules`.
public enum LinkerRules {
    public static let duplicateDefinition = RuleDescriptor(
        code: "APG100",
        name: "duplicate-definition",
        severity: .error,
        summary: "the same id is defined twice with different content",
        documentation: """
            # APG100 duplicate-definition

            ## What it checks
            Team members, organization units, stakeholders, issues and opportunities, goals,
            strategies, tactics and actions are merged by id across all files of the workspace
            (ids compare case-insensitively). When two files define the same id, both
            definitions must say the same thing: the same title and the same attributes.

            ## Why
            A goal or an action exists once in the account plan. Two different definitions
            under one id mean that two countries planned different things while believing
            they talk about the same one; apg cannot know which is right.

            ## Example
            `global.md`:
            ```markdown
            ### G1: Double automotive design wins by 2028
            - Target: 12
            ```
            `de.md`:
            ```markdown
            ### G1: Double automotive design wins by 2028
            - Target: 14
            ```
            error: goal 'G1' is defined twice with different content (Target: 12 vs 14)

            ## Fix
            Keep one definition (usually in the global file) and delete the other, or make
            both identical. To add local actions to a goal's strategy, use a flat Actions
            section with `Strategy:` instead of repeating the goal.
            """
    )

    public static let idKindConflict = RuleDescriptor(
        code: "APG101",
        name: "id-kind-conflict",
        severity: .error,
        summary: "two entities of different kinds share an id",
        documentation: """
            # APG101 id-kind-conflict

            ## What it checks
            Ids are unique across the whole account, across kinds: a goal and an action, or an
            item and a unit, may not share an id (case-insensitively).

            ## Why
            References such as `Addresses:` or `Strategy:` name an id. If the id belongs to
            two entities, a reader cannot tell which one is meant, and cross-file references
            silently point at the wrong thing.

            ## Example
            ```markdown
            ### A1: Win the 800 V inverter platform
            ...
            - [ ] A1: Run the first technology day
            ```
            error: 'A1' is already the id of a goal ('Win the 800 V inverter platform'); ids are unique across the account

            ## Fix
            Give one of the two entities a different code, for example `G1:` for the goal.
            """
    )

    public static let unitParentConflict = RuleDescriptor(
        code: "APG102",
        name: "unit-parent-conflict",
        severity: .error,
        summary: "an organization unit is placed under two different parents",
        documentation: """
            # APG102 unit-parent-conflict

            ## What it checks
            Nesting in the Customer Organization list is the reporting line. A unit may be
            nested under a parent where it is defined, or by a reference-only item (`#xc`)
            nested under another unit in any file. All these placements must agree.

            ## Why
            The organization is a tree: items and themes roll up along it. A unit with two
            parents would be counted twice and the tree would no longer be a tree.

            ## Example
            `global.md`:
            ```markdown
            - Mobility {#mobility}
              - Cross-Domain Computing {#xc}
            ```
            `us.md`:
            ```markdown
            - #bosch-na
              - #xc
            ```
            error: unit 'xc' is placed under 'bosch-na' but already under 'mobility'

            ## Fix
            Decide where the unit reports and remove the other placement; to hang local
            units under `xc`, write `- #xc` at the top level of the list, not nested.
            """
    )

    public static let unitParentCycle = RuleDescriptor(
        code: "APG103",
        name: "unit-parent-cycle",
        severity: .error,
        summary: "organization units are nested in a cycle",
        documentation: """
            # APG103 unit-parent-cycle

            ## What it checks
            Following the parents of organization units upward must end at a top-level
            unit. A unit that is (through reference-only items in several files) its own
            ancestor is an error.

            ## Why
            Everything that rolls up the organization tree (items, themes, coverage) needs a
            tree. apg breaks the cycle to keep going, but the organization it shows is then
            not what any file says.

            ## Example
            `de.md`:
            ```markdown
            - #mobility
              - #xc
            ```
            `us.md`:
            ```markdown
            - #xc
              - #mobility
            ```
            error: unit 'mobility' is its own ancestor: mobility → xc → mobility

            ## Fix
            Remove one of the nestings so that the units form a tree.
            """
    )

    public static let unknownPerson = RuleDescriptor(
        code: "APG104",
        name: "unknown-person",
        severity: .error,
        summary: "a @handle does not name a team member",
        documentation: """
            # APG104 unknown-person

            ## What it checks
            Every `@handle` (owners, sponsors, `Covered by`, `Raised by`, the front matter's
            `authors`) must be the handle of a member listed in a Team section of some file.

            ## Why
            Owners are how follow-up works: the personal calendars and the review report
            are sorted by owner. A misspelt handle drops an action from everyone's list.

            ## Example
            ```markdown
            ## Team
            - Jonas Weber (@jweber) — Application Engineer
            ...
            - [ ] A1: Run the first technology day
              - Owner: @jwebr
            ```
            error: owner '@jwebr' is not a team member

            ## Fix
            Correct the handle (apg suggests the closest one), or add the person to the Team
            section.
            """
    )

    public static let unresolvedReference = RuleDescriptor(
        code: "APG105",
        name: "unresolved-reference",
        severity: .error,
        summary: "a reference names an id that no file defines",
        documentation: """
            # APG105 unresolved-reference

            ## What it checks
            Every reference must name an entity defined in some file of the workspace:
            `Addresses`, `Same as` and `Not same as` name items, `Unit`/`Units` and the parents
            of organization units name units, `Strategy` names a strategy, `Tactic` a tactic.

            ## Why
            A dangling reference silently drops a link: a high-priority issue looks
            unaddressed, or an action belongs to no strategy.

            ## Example
            ```markdown
            #### S1.1: Co-develop the SiC roadmap
            - Addresses: I-7
            ```
            error: item 'I-7' in Addresses is not defined

            ## Fix
            Correct the id (apg suggests the closest one of the right kind), or define the
            entity it names.
            """
    )

    public static let referenceKindMismatch = RuleDescriptor(
        code: "APG106",
        name: "reference-kind-mismatch",
        severity: .error,
        summary: "a reference names an entity of the wrong kind",
        documentation: """
            # APG106 reference-kind-mismatch

            ## What it checks
            A reference names an id that exists, but belongs to another kind of entity than
            the attribute expects: `Addresses: G1` when `G1` is a goal, or `Strategy: T1.1`
            when `T1.1` is a tactic.

            ## Why
            The link cannot mean what the attribute says: a strategy addresses issues and
            opportunities, not goals.

            ## Example
            ```markdown
            - [ ] A7: Local kick-off
              - Strategy: T1.1.1
            ```
            error: 'T1.1.1' in Strategy is a tactic, not a strategy

            ## Fix
            Use the attribute that fits (`Tactic: T1.1.1`), or name an entity of the
            expected kind.
            """
    )

    public static let actionWithoutParent = RuleDescriptor(
        code: "APG107",
        name: "action-without-parent",
        severity: .error,
        summary: "an action belongs to no strategy or tactic",
        documentation: """
            # APG107 action-without-parent

            ## What it checks
            An action is written under a strategy or a tactic in a Goals section, or, in a
            flat Actions section, names its parent with `Strategy:` or `Tactic:`.

            ## Why
            Actions exist to carry out a strategy. An action without one cannot be shown in
            the plan, and its goal's progress cannot count it.

            ## Example
            ```markdown
            ## Actions
            - [ ] DE-A1: Invite the Reutlingen plant manager
              - Owner: @kbauer
              - Due: 2027-03-31
            ```
            error: action 'DE-A1' belongs to no strategy or tactic

            ## Fix
            Add `Strategy: S1.1` or `Tactic: T1.1.1` to the action.
            """
    )

    public static let actionParentMismatch = RuleDescriptor(
        code: "APG108",
        name: "action-parent-mismatch",
        severity: .error,
        summary: "an action's strategy is not its tactic's strategy",
        documentation: """
            # APG108 action-parent-mismatch

            ## What it checks
            When an action names both a strategy and a tactic, the tactic must belong to
            that strategy.

            ## Why
            The plan is a tree: goal, strategy, tactic, action. An action cannot sit under a
            tactic of one strategy and count towards another.

            ## Example
            ```markdown
            - [ ] DE-A2: Plant visit
              - Strategy: S1.2
              - Tactic: T1.1.1
            ```
            error: action 'DE-A2' names strategy 'S1.2' but its tactic 'T1.1.1' belongs to strategy 'S1.1'

            ## Fix
            Remove `Strategy:` (the tactic determines it) or name the right tactic.
            """
    )

    public static let accountMismatch = RuleDescriptor(
        code: "APG109",
        name: "account-inconsistent",
        severity: .error,
        summary: "the guides of a workspace name different accounts",
        documentation: """
            # APG109 account-inconsistent

            ## What it checks
            When `apg.yaml` does not name the account, every file's front matter `account`
            must still name the same one: the global file's, or without a global file the
            one most files name (ties: the first file in path order). Names compare
            ignoring case and surrounding spaces. (When `apg.yaml` names the account,
            APG018 checks each guide against it instead.)

            ## Why
            A workspace is one customer account. A file with another account name was
            usually copied from another workspace and would mix two customers' plans.

            ## Example
            `global.md` says `account: Bosch Group`, `us.md` says:
            ```yaml
            account: Bosch
            ```
            error: account 'Bosch' does not match the workspace's account 'Bosch Group'

            ## Fix
            Write the workspace's account name exactly (`account: Bosch Group`), or move the
            file to its own workspace. Naming the account in `apg.yaml` makes the intent
            explicit.
            """
    )

    public static let visionConflict = RuleDescriptor(
        code: "APG110",
        name: "vision-conflict",
        severity: .warning,
        summary: "a file states another vision than the global file",
        documentation: """
            # APG110 vision-conflict

            ## What it checks
            The vision is agreed once, at the workshop, and written in the global file. A
            country file may repeat it, but when its Vision section says something else, apg
            reports it. Without a global file the first file's vision counts.

            ## Why
            The pack shows one vision. A country's differing text is ignored, which its
            authors may not expect; usually it is an old draft.

            ## Example
            `global.md`: `## Vision` — "Preferred partner for power electronics"
            `cn.md`: `## Vision` — "Number one supplier in China"

            warning: the vision in 'cn.md' differs from the global file's vision and is ignored

            ## Fix
            Delete the country file's Vision section, or align it with the global one. Local
            ambitions belong in goals.
            """
    )

    public static let noGuides = RuleDescriptor(
        code: "APG111",
        name: "no-guides",
        severity: .error,
        summary: "the workspace holds no account planning guide that could be read",
        documentation: """
            # APG111 no-guides

            ## What it checks
            That at least one `*.md` file of the workspace (other than `README.md`, hidden
            folders, the output folder and `ignore:` entries) was read as a guide.

            ## Why
            Run in the wrong folder, or with every guide ignored or broken, apg would
            otherwise report nothing and succeed: a CI job would stay green while checking
            nothing, and `apg build` would write an empty pack.

            ## Example
            `apg check accounts/` where the guides are in `accounts/kessler/`.

            ## Fix
            Give apg the account's folder, add a guide starting with front matter
            (`---`, `account: <name>`, `---`), or fix the errors reported for the files
            that were found.
            """
    )

    public static let selfReference = RuleDescriptor(
        code: "APG112",
        name: "self-reference",
        severity: .warning,
        summary: "an item names itself in Same as or Not same as",
        documentation: """
            # APG112 self-reference

            ## What it checks
            `Same as` and `Not same as` of an item must name other items.

            ## Why
            The attributes steer the synthesis: an item is always the same as itself, so
            naming it there says nothing, and is almost always a copy-and-paste slip in
            which the id of the item that was meant got lost.

            ## Example
            ```markdown
            - DE-I3: Gate driver lead times above 40 weeks
              - Same as: DE-I3
            ```

            ## Fix
            Name the other item (`Same as: FR-I4`), or delete the line.
            """
    )

    public static var all: [RuleDescriptor] {
        [
            duplicateDefinition, idKindConflict, unitParentConflict, unitParentCycle, unknownPerson,
            unresolvedReference, referenceKindMismatch, actionWithoutParent, actionParentMismatch,
            accountMismatch, visionConflict, noGuides, selfReference,
        ]
    }
}
