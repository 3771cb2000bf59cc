import Diagnostics

/// The diagnostics of lowering a guide's Markdown into entities (spec §3–5), codes
/// APG020–APG069. Each descriptor carries the page `apg explain` prints.
public enum LoweringRules {
    public static let all: [RuleDescriptor] = [
        unknownSection, derivedID, invalidDate, ambiguousDate, invalidNumber, unknownValue,
        personWithoutAt, customField, unexpectedEntity, contentOutsideSection, duplicateAttribute,
        missingHandle, setextAttributes, tableInsteadOfList, nestingTooDeep, invalidValue,
        emptyTitle, invalidSuppression, misplacedAttribute, emptyAttribute, textWhereNumber, contentUnderAttribute, ignoredText, oneIDExpected, rawHTML,
        unknownSectionEntities,
    ]

    public static let unknownSection = RuleDescriptor(
        code: "APG020", name: "unknown-section", severity: .note,
        summary: "a level-2 heading that names no known section is kept as free prose",
        documentation: """
        ## What it checks
        Every level-2 heading (`##`) is matched, ignoring case, accents and trailing
        punctuation, against the section names of every supported language, also when a
        year, quarter or country follows the name (`Ziele 2027`). A heading that matches
        none and holds only prose is reported, with the closest known name in the file's
        language; one whose content looks like entities is `unknown-section-entities`.

        ## Why
        An unknown section is kept as prose and shown in the pack's appendix, so nothing
        is lost, but its lists are not read as team members, units, items or plans. A
        misspelt `## Kundenorganistion` silently drops the whole organization map.

        ## Example
        ```markdown
        ## Kundenorganistion
        - Bosch Group {#bosch}
        ```

        ## Fix
        Spell the heading as a known section name (`## Kundenorganisation`), or add the
        name to `vocabulary:` in `apg.yaml`. Leave it as it is when free prose is meant.
        """, automaticFix: true)

    public static let derivedID = RuleDescriptor(
        code: "APG021", name: "derived-id", severity: .warning,
        summary: "a goal, strategy, tactic, action or item has no code or explicit id",
        documentation: """
        ## What it checks
        Goals, strategies, tactics, actions, issues and opportunities need a stable id:
        a code before the title (`G1:`, `S1.2:`, `DE-I3:`) or `{#id}` at the end of the
        title line. Without one, the id is derived from the title.

        ## Why
        A derived id changes whenever the title is edited, which breaks references from
        other files (`Addresses: I-07`), the follow-up history and `Same as` links.

        ## Example
        ```markdown
        ### Double automotive design wins by 2028
        ```

        ## Fix
        Add a code or an explicit id:
        ```markdown
        ### G1: Double automotive design wins by 2028
        ```
        """)

    public static let invalidDate = RuleDescriptor(
        code: "APG022", name: "invalid-plan-date", severity: .error,
        summary: "a date is not written as YYYY-MM-DD, YYYY-MM or YYYY-Qn, or does not exist",
        documentation: """
        ## What it checks
        Date attributes (`Due`, `Done`, `Last contact`, milestones, history lines) must
        be ISO dates: `2027-02-15`, or `2027-02` and `2027-Q1` for the period's last day.

        ## Why
        Dates are compared across files written in many countries; `15.02.2027` and
        `2/15/2027` cannot be compared or sorted reliably, and `2027-02-30` does not exist.

        ## Example
        ```markdown
        - Due: 15.02.2027
        ```

        ## Fix
        Write the ISO form the message proposes: `- Due: 2027-02-15`. apg proposes it for
        dotted dates (`15.02.2027`), year-first dates (`2027/02/15`, `2027年2月15日`),
        quarters in words or letters in every supported language (`Q2/2027`, `2. Quartal
        2027`, `T2 2027`, `2027年第2四半期` → `2027-Q2`), and slash dates whose order the
        file settles: month-first in US files (`country: US` or `language: en-US`),
        day-first in German, French, Spanish, Italian, Portuguese and British English files.
        """, automaticFix: true)

    public static let ambiguousDate = RuleDescriptor(
        code: "APG023", name: "ambiguous-date", severity: .error,
        summary: "a date such as 02/03/2027 can be read day-first or month-first",
        documentation: """
        ## What it checks
        A date with slashes whose first two numbers are both 12 or less, in a file whose
        front matter does not settle the order (a US file reads it month-first, a German
        or French one day-first, and then apg proposes the ISO form as `invalid-plan-date`).

        ## Why
        `02/03/2027` is the 2nd of March in Germany and the 3rd of February in the US.
        apg cannot know which one the author meant.

        ## Example
        ```markdown
        - Due: 02/03/2027
        ```

        ## Fix
        Write the date in ISO form: `2027-03-02` or `2027-02-03`.
        """)

    public static let invalidNumber = RuleDescriptor(
        code: "APG024", name: "invalid-number", severity: .error,
        summary: "a number attribute is not a number with an optional unit, currency or scale",
        documentation: """
        ## What it checks
        `Baseline`, `Target`, `Actual`/`Current` and `Value` are numbers, optionally with
        a currency (`EUR`, `€`), a unit (`%`, `units`) and a scale (`k`, `M`, `Mio`, `bn`,
        `Mrd`). Files in German, French, Spanish, Italian and Portuguese may use a decimal
        comma; other files use a decimal point.

        ## Why
        Targets and values are summed, compared and charted; text cannot be.

        ## Example
        ```markdown
        - Target: about twelve
        - Value: EUR 2,5M        (in an English file)
        ```

        ## Fix
        Write a number: `- Target: 12`, `- Value: EUR 2.5M`. Put descriptions in `Metric`.
        """)

    public static let unknownValue = RuleDescriptor(
        code: "APG025", name: "unknown-value", severity: .error,
        summary: "a priority, kind, status, unit type, buying role, stance or visibility word is unknown",
        documentation: """
        ## What it checks
        Attributes with a fixed list of values (`Priority`, `Type`, `Status`, `Buying
        role`, `Stance`, `Visibility`) accept the localized words of that list, in any
        supported language.

        ## Why
        These values drive ranking, follow-up and what a customer build shows; an unknown
        word would silently count as no value.

        ## Example
        ```markdown
        - Priority: hihg
        ```

        ## Fix
        Use one of the listed words, e.g. `- Priority: high`. The fix lists them in the
        file's language (`offen, im Plan, gefährdet, …` in a German guide).
        """)

    public static let personWithoutAt = RuleDescriptor(
        code: "APG026", name: "person-without-at", severity: .error,
        summary: "a person attribute names someone without an @handle",
        documentation: """
        ## What it checks
        `Owner`, `Sponsor`, `Covered by` and `Raised by` name team members by handle,
        `@jweber`, comma-separated for several.

        ## Why
        Handles link an action to the team member who owns it, across files and languages;
        a bare name cannot be resolved.

        ## Example
        ```markdown
        - Owner: jweber
        ```

        ## Fix
        Write the handle with `@`: `- Owner: @jweber`. A name or e-mail address that
        matches exactly one team member (`Owner: Eva Steiner`, listed as `Eva Steiner
        (@esteiner)`) gets that member's handle as the fix, which `apg fix` applies.
        """, automaticFix: true)

    public static let customField = RuleDescriptor(
        code: "APG027", name: "custom-field", severity: .note,
        summary: "an unknown `Key: value` attribute is kept as a custom field",
        documentation: """
        ## What it checks
        A `Key: value` line under an entity whose key is neither a known attribute (in
        any language) nor declared under `fields:` in `apg.yaml`.

        ## Why
        Custom fields are shown in tables but not understood; a misspelt key (`Ownr`)
        would otherwise hide a missing owner.

        ## Example
        ```markdown
        - [ ] A1: Run the first technology day
          - Budget: EUR 5k
        ```

        ## Fix
        Fix the spelling of a known key, or declare the key in `apg.yaml`:
        ```yaml
        fields: [Budget]
        ```
        """, automaticFix: true)

    public static let unexpectedEntity = RuleDescriptor(
        code: "APG028", name: "unexpected-entity", severity: .warning,
        summary: "a list item is neither an attribute nor an entity allowed at this place",
        documentation: """
        ## What it checks
        A nested list item under an entity that cannot hold child entities (a team
        member, a stakeholder, an item, an action), or an item of the wrong kind (a
        tactic under a tactic, a plain item in the Actions section).

        ## Why
        Such an item is not read into the model, so its content would be lost without
        a word.

        ## Example
        ```markdown
        ## Team
        - Anna Müller (@amueller)
          - speaks French
        ```

        ## Fix
        Write it as an attribute (`- Languages: French`, declared under `fields:`), move
        it to where an entity is allowed, or make a task item `- [ ] …` an action.
        """)

    public static let contentOutsideSection = RuleDescriptor(
        code: "APG029", name: "content-outside-section", severity: .warning,
        summary: "a list or heading stands before the first section heading",
        documentation: """
        ## What it checks
        Lists and level-3+ headings between the document title and the first `##`
        section heading.

        ## Why
        Entities belong to a section (Team, Goals, …); content outside any section is
        not read.

        ## Example
        ```markdown
        # Bosch — Germany
        - Anna Müller (@amueller)
        ## Team
        ```

        ## Fix
        Move the content under the section it belongs to.
        """)

    public static let duplicateAttribute = RuleDescriptor(
        code: "APG030", name: "duplicate-attribute", severity: .warning,
        summary: "the same attribute is written twice on one entity",
        documentation: """
        ## What it checks
        An attribute other than `Milestone` given more than once on one entity, in any
        combination of languages (`Due` and `Fällig`).

        ## Why
        Only the first value is used; the second is probably an edit that went to the
        wrong line.

        ## Example
        ```markdown
        - [ ] A1: Run the first technology day
          - Due: 2027-02-15
          - Fällig: 2027-03-01
        ```

        ## Fix
        Keep one of the lines.
        """)

    public static let missingHandle = RuleDescriptor(
        code: "APG031", name: "missing-handle", severity: .error,
        summary: "a team member's title has no (@handle)",
        documentation: """
        ## What it checks
        Every item of the Team section is titled `Name (@handle)`, optionally followed
        by ` — Role`.

        ## Why
        The handle is the member's id: owners, sponsors and coverage name members by it.

        ## Example
        ```markdown
        ## Team
        - Anna Müller — Key Account Manager
        ```

        ## Fix
        ```markdown
        - Anna Müller (@amueller) — Key Account Manager
        ```
        """)

    public static let setextAttributes = RuleDescriptor(
        code: "APG032", name: "setext-attributes", severity: .warning,
        summary: "`Key: value` lines followed by `---` became a heading",
        documentation: """
        ## What it checks
        A paragraph of `Key: value` lines directly followed by a `---` line. CommonMark
        reads that as a setext heading: the lines become one level-2 heading and no
        longer attributes, and a new section would start there.

        ## Why
        The file looks right in an editor but is read completely differently. apg reads
        the lines as attributes anyway, but other Markdown tools will not.

        ## Example
        ```markdown
        ### G1: Double design wins
        Metric: design wins per year
        Target: 12
        ---
        ```

        ## Fix
        Put a blank line before `---`, or remove the rule line.
        """)

    public static let tableInsteadOfList = RuleDescriptor(
        code: "APG033", name: "table-instead-of-list", severity: .warning,
        summary: "a pipe table stands where a list of entities or attributes is expected",
        documentation: """
        ## What it checks
        A pipe table (`| Name | Role |`) in a section that holds entities.

        ## Why
        apg reads entities and attributes from lists, one entity per item and one
        `Key: value` attribute per line; the table's content is not read.

        ## Example
        ```markdown
        ## Team
        | Name | Handle | Role |
        |---|---|---|
        | Anna Müller | @amueller | Key Account Manager |
        ```

        ## Fix
        ```markdown
        ## Team
        - Anna Müller (@amueller) — Key Account Manager
        ```
        """)

    public static let nestingTooDeep = RuleDescriptor(
        code: "APG034", name: "nesting-too-deep", severity: .error,
        summary: "lists or quotes are nested deeper than apg reads",
        documentation: """
        ## What it checks
        Lists and block quotes nested more than \(LoweringLimits.maximumDepth) levels deep.

        ## Why
        No account plan needs such depth; it is almost always a broken indentation or a
        generated file. apg stops reading at the limit so that such a file can neither
        exhaust memory nor hang the build.

        ## Example
        ```markdown
        - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - deep
        ```

        ## Fix
        Flatten the list: the reporting line of an organization rarely needs more than
        six levels.
        """)

    public static let invalidValue = RuleDescriptor(
        code: "APG035", name: "invalid-value", severity: .error,
        summary: "a country code, year, reference or milestone is malformed",
        documentation: """
        ## What it checks
        `Country` is an ISO 3166-1 alpha-2 code (`DE`), `Acquired` a year (`2017`),
        references are ids or codes without spaces (`I-07, #o-sic-800v`), and a
        milestone is `date — text`.

        ## Why
        These values are matched across files; a malformed one cannot be.

        ## Example
        ```markdown
        - Country: Germany
        - Acquired: last year
        ```

        ## Fix
        ```markdown
        - Country: DE
        - Acquired: 2023
        ```
        A country named in any supported language (`Österreich`, `Allemagne`, `中国`)
        gets its code as the fix.
        """)

    public static let emptyTitle = RuleDescriptor(
        code: "APG036", name: "empty-title", severity: .warning,
        summary: "a list item or heading that should be an entity has no title",
        documentation: """
        ## What it checks
        An entity (list item or heading) whose title line is empty, or only an id.

        ## Why
        An entity without a title cannot be shown; the item is skipped.

        ## Example
        ```markdown
        ## Stakeholders
        -
        ```

        ## Fix
        Write the title, or delete the empty item.
        """)

    public static let invalidSuppression = RuleDescriptor(
        code: "APG037", name: "invalid-suppression", severity: .warning,
        summary: "an apg-disable-next-line comment names no rule",
        documentation: """
        ## What it checks
        `<!-- apg-disable-next-line RULE[, RULE] -->` comments, which silence the named
        rules on the next non-blank line, must name at least one rule by code or name.

        ## Why
        A suppression that names nothing silences nothing.

        ## Example
        ```markdown
        <!-- apg-disable-next-line -->
        ```

        ## Fix
        ```markdown
        <!-- apg-disable-next-line derived-id -->
        ```
        """)

    public static let misplacedAttribute = RuleDescriptor(
        code: "APG038", name: "misplaced-attribute", severity: .note,
        summary: "a known attribute is written on an entity that does not have it",
        documentation: """
        ## What it checks
        A known attribute key on an entity kind that does not use it, such as `Owner`
        under a team member or `Priority` under an action. It is kept as a custom field.

        ## Why
        The value is shown, but no rule or report reads it, which is rarely what the
        author meant.

        ## Example
        ```markdown
        ## Team
        - Anna Müller (@amueller)
          - Priority: high
        ```

        ## Fix
        Move the attribute to the entity it belongs to, or remove it.
        """)

    public static let oneIDExpected = RuleDescriptor(
        code: "APG044", name: "one-id-expected", severity: .warning,
        summary: "an attribute that names one entity lists several",
        documentation: """
        ## What it checks
        `Unit` of an item or stakeholder and `Strategy` or `Tactic` of an action name
        exactly one entity. When several ids are listed, the first is used and the others
        are ignored.

        ## Why
        An item is raised about one part of the customer, and an action serves one
        strategy: the roll-ups, the whitespace matrix and the follow-up reports count it
        there. The ignored ids would silently be missing from all of them.

        ## Example
        ```markdown
        - [ ] DE-A1: Technologietag vorbereiten
          - Strategie: S1.1, S2.1
        ```

        ## Fix
        Keep the one id that is meant. An action that serves two strategies is two
        actions; an item that concerns several units belongs to the unit above them.
        """)

    public static let ignoredText = RuleDescriptor(
        code: "APG043", name: "ignored-text", severity: .warning,
        summary: "a line under an entity's title is neither an attribute nor a child entity",
        documentation: """
        ## What it checks
        The lines that follow an entity's title in the same paragraph (for a list item)
        or in the first paragraph after it (for a heading) are read as `Key: value`
        attributes. A line there that is not an attribute is read by nothing.

        ## Why
        It is usually a title wrapped onto a second line, or a short description under
        a goal. Either way it silently goes missing from the plan, the pack and the
        reports, and the title that is shown is cut short.

        ## Example
        ```markdown
        - [ ] A1: Run the first
          technology day with the XC architects
          - Owner: @jweber
        ```

        ## Fix
        Keep the title on one line, and put descriptions in an attribute or in the Notes:
        ```markdown
        - [ ] A1: Run the first technology day with the XC architects
          - Owner: @jweber
        ```
        """)

    public static let contentUnderAttribute = RuleDescriptor(
        code: "APG041", name: "content-under-attribute", severity: .warning,
        summary: "lines nested under an attribute or history line are ignored",
        documentation: """
        ## What it checks
        A list or paragraph nested under an attribute item (`- Due: 2027-06-30`) or a
        history line. An attribute holds exactly one line, so nested content is read by
        nothing.

        ## Why
        The usual cause is a line indented one level too deep: the owner or metric the
        author wrote silently goes missing from the plan, and later rules complain about
        an action without an owner although the line is right there.

        ## Example
        ```markdown
        - [ ] A2: Plan the second technology day
          - Due: 2027-06-30
            - Owner: @jweber
        ```

        ## Fix
        Indent the nested line to the level of its siblings:
        ```markdown
        - [ ] A2: Plan the second technology day
          - Due: 2027-06-30
          - Owner: @jweber
        ```
        """)

    public static let emptyAttribute = RuleDescriptor(
        code: "APG039", name: "empty-attribute", severity: .warning,
        summary: "an attribute has no value",
        documentation: """
        ## What it checks
        A known attribute line with nothing after the key, such as `- Due:`.

        ## Why
        An empty line from a template reads as a value that was never filled in.

        ## Example
        ```markdown
        - [ ] A1: Run the first technology day
          - Due:
        ```

        ## Fix
        Fill in the value or delete the line.
        """)
}

extension LoweringRules {
    public static let textWhereNumber = RuleDescriptor(
        code: "APG040", name: "text-where-number", severity: .warning,
        summary: "a number attribute holds words without any digit; it is kept as text",
        documentation: """
        ## What it checks
        `Baseline`, `Target`, `Actual`/`Current` and `Value` whose value has no digit at
        all, such as a qualitative target `Target: B-sample`. (A value with digits that
        is still not a number, such as `2,5` in an English file, is an `invalid-number`
        error.)

        ## Why
        The value is kept and shown as a custom field, but progress cannot be measured
        against it: reports and rules that compare targets and actuals skip it.

        ## Example
        ```markdown
        - [ ] A7: Port the reference design
          - Metric: project phase reached
          - Target: B-sample
        ```

        ## Fix
        Make the target countable (`- Metric: projects in B-sample phase`, `- Target: 1`),
        or accept the warning for a qualitative target.
        """)
}

extension LoweringRules {
    public static let rawHTML = RuleDescriptor(
        code: "APG042", name: "raw-html", severity: .warning,
        summary: "an HTML block is left out of every output",
        documentation: """
        ## What it checks
        A block that CommonMark reads as raw HTML: a line starting with a tag such as
        `<div>`, `<iframe>`, `<script>` or `<table>`. HTML comments are not reported.

        ## Why
        apg never copies an author's HTML into a pack or report, so that nothing in a
        guide can run script or change the page for its readers. CommonMark makes the
        whole block HTML up to the next blank line, so the text of a paragraph that starts
        with a tag disappears from the outputs along with the tag.

        ## Example
        ```markdown
        ## Vision
        <div align="center">By the end of 2028 Kessler sees us as its partner</div>
        ```

        ## Fix
        Write the text as plain Markdown: use `**bold**`, lists and headings instead of
        tags, or put the tag after the first word of the line.
        """)

    public static let unknownSectionEntities = RuleDescriptor(
        code: "APG045", name: "unknown-section-entities", severity: .warning,
        summary: "a level-2 heading that names no known section holds entities, which are ignored",
        documentation: """
        ## What it checks
        A level-2 heading (`##`) that matches no section name, not even followed by a
        year, quarter or country (`Ziele 2027`, `Maßnahmen Q1`, `Maßnahmen DE`), and
        whose content has the shape of entities: task items (`- [ ] …`), `CODE:` titles,
        list items with known attribute keys, `###` or `####` headings with codes. The
        message says how many entities are ignored and names the section the content
        fits, in the file's language: task items fit the actions section, `###` goals and
        `####` strategies the goals, `Name (@handle)` items the team, items with `Type:`
        or `Themes:` the organization, items with `Priority:` or `Unit:` the issues and
        opportunities, items with `Buying role:` or `Stance:` the stakeholders.

        ## Why
        The section is kept as free prose, so its entities are not in the plan: the
        actions of a country go missing from every output and nobody is told. A heading
        that is free prose only is a note (`unknown-section`).

        ## Example
        ```markdown
        ## Aktionsliste
        - [ ] AT-A1: Technologietag in Graz
          - Verantwortlich: @esteiner
        ```

        ## Fix
        Rename the heading to the section the entities belong in (`## Maßnahmen`), or
        add the heading under `vocabulary:` in `apg.yaml`.
        """, automaticFix: true)
}

/// Bounds that keep lowering linear and safe on hostile input.
public enum LoweringLimits {
    /// Lists and quotes nested deeper than this are not read.
    public static let maximumDepth = 32
}
