import Diagnostics

/// The diagnostics of the file level: reading a workspace, a guide's bytes and front
/// matter (spec §1–2), and `apg.yaml` (spec §8). Codes APG001–APG019 and APG049.
public enum FrontMatterRules {
    public static let all: [RuleDescriptor] = [
        invalidUTF8, fileTooLarge, missingFrontMatter, unterminatedFrontMatter, yamlSyntax,
        notAMapping, duplicateKey, missingAccount, invalidCountry, invalidLanguage, invalidDate,
        invalidAuthor, unknownKey, wrongType, countryAndRegion, invalidHorizon,
        unknownVocabularyCategory, accountMismatch, unreadableFile, linkOutsideWorkspace,
    ]

    /// The largest guide apg reads; anything bigger is not a hand-written guide.
    public static let maximumFileSize = 8 * 1024 * 1024

    public static let invalidUTF8 = RuleDescriptor(
        code: "APG001", name: "invalid-utf8", severity: .error,
        summary: "a guide file is not valid UTF-8",
        documentation: """
        # invalid-utf8

        ## What it checks
        Every guide must be UTF-8 text. apg reports the line and column of the first byte
        that is not valid UTF-8 and skips the file.

        ## Why
        Names such as `Müller`, `Équipe` or `客户组织` are only read correctly when the
        encoding is known. Guessing an encoding silently garbles names and ids.

        ## Example
        A guide saved as Windows-1252 or Latin-1 from an old editor:
        ```
        - Anna M\\xFCller (@amueller)
        ```

        ## Fix
        Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8), or convert
        it: `iconv -f latin1 -t utf-8 de.md > de.utf8.md`.
        """
    )

    public static let fileTooLarge = RuleDescriptor(
        code: "APG002", name: "file-too-large", severity: .error,
        summary: "a guide file is larger than 8 MiB",
        documentation: """
        # file-too-large

        ## What it checks
        A guide larger than 8 MiB (8,388,608 bytes) is skipped.

        ## Why
        A hand-written account plan is a few dozen kilobytes. A file this large is almost
        always an export, a log or binary data with a `.md` name, and reading it would
        only slow every build down.

        ## Example
        `notes/crm-export.md`, 40 MiB of pasted CRM records.

        ## Fix
        Move the file out of the workspace, or list it under `ignore:` in `apg.yaml`.
        Split a genuinely large guide into one file per country or topic.
        """
    )

    public static let missingFrontMatter = RuleDescriptor(
        code: "APG003", name: "missing-front-matter", severity: .error,
        summary: "a Markdown file has no front matter, so it is not an account planning guide",
        documentation: """
        # missing-front-matter

        ## What it checks
        Every `*.md` file of a workspace (except `README.md` and ignored paths) must start
        with YAML front matter between two `---` lines, on the very first line.

        ## Why
        The front matter says which account and which country a guide belongs to. A file
        without it may be a stray note; apg skips it rather than guess.

        ## Example
        ```markdown
        # Kessler Deutschland

        ## Team
        ```

        ## Fix
        Add front matter at the top:
        ```markdown
        ---
        account: Kessler Group
        country: DE
        ---
        ```
        or, if the file is not a guide, add its path to `ignore:` in `apg.yaml`.
        """
    )

    public static let unterminatedFrontMatter = RuleDescriptor(
        code: "APG004", name: "unterminated-front-matter", severity: .error,
        summary: "the front matter's opening `---` has no closing `---`",
        documentation: """
        # unterminated-front-matter

        ## What it checks
        The front matter opened by `---` on line 1 must be closed by another line with
        only `---` (or `...`).

        ## Why
        Without the closing line the whole guide would be read as YAML.

        ## Example
        ```markdown
        ---
        account: Kessler Group
        country: DE

        ## Team
        ```

        ## Fix
        Add a line `---` after the last front matter key.
        """
    )

    public static let yamlSyntax = RuleDescriptor(
        code: "APG005", name: "yaml-syntax", severity: .error,
        summary: "front matter or apg.yaml is not valid YAML",
        documentation: """
        # yaml-syntax

        ## What it checks
        The front matter of every guide and `apg.yaml` must be valid YAML. The diagnostic
        points at the line in the file (front matter included) where the YAML parser
        gave up.

        ## Why
        Settings that cannot be read are worse than missing ones: apg would have to guess.

        ## Example
        ```yaml
        authors: [kbauer, @hweiss]
        ```
        A bare `@` cannot start a YAML value.

        ## Fix
        Correct the syntax at the reported line; quote values that start with `@`, `*`,
        `&`, `!`, `%` or contain `: ` (`"@hweiss"`), and indent nested keys consistently
        with spaces.
        """
    )

    public static let notAMapping = RuleDescriptor(
        code: "APG006", name: "not-a-mapping", severity: .error,
        summary: "front matter or apg.yaml is not a set of `key: value` pairs",
        documentation: """
        # not-a-mapping

        ## What it checks
        The front matter and `apg.yaml` must be YAML mappings (`key: value` lines), and so
        must the nested settings that take keys (`horizon`, `review`, `limits`, `rules`,
        `vocabulary`, `synthesis`).

        ## Why
        apg reads named settings; a list or a plain sentence has no names to read.

        ## Example
        ```markdown
        ---
        - Kessler Group
        - DE
        ---
        ```

        ## Fix
        Write the settings as keys: `account: Kessler Group` and `country: DE`.
        """
    )

    public static let duplicateKey = RuleDescriptor(
        code: "APG007", name: "duplicate-key", severity: .error,
        summary: "a key appears twice in the same YAML mapping",
        documentation: """
        # duplicate-key

        ## What it checks
        A key may appear only once in a mapping of the front matter or of `apg.yaml`. The
        diagnostic points at the second occurrence, with a note at the first.

        ## Why
        YAML parsers disagree on which value wins; an author who adds `updated:` twice
        usually meant to replace the first one.

        ## Example
        ```yaml
        account: Kessler Group
        country: DE
        country: FR
        ```

        ## Fix
        Delete one of the two lines.
        """
    )

    public static let missingAccount = RuleDescriptor(
        code: "APG008", name: "missing-account", severity: .error,
        summary: "a guide's front matter has no `account`",
        documentation: """
        # missing-account

        ## What it checks
        Every guide's front matter names the customer account: `account: <name>`.

        ## Why
        The account name ties the files of a workspace together; a guide without it cannot
        be told apart from a guide of another account that was copied in by mistake.

        ## Example
        ```yaml
        country: DE
        language: de
        ```

        ## Fix
        Add `account: Kessler Group` (the same name in every file of the workspace).
        """
    )

    public static let invalidCountry = RuleDescriptor(
        code: "APG009", name: "invalid-country", severity: .error,
        summary: "`country` is not an ISO 3166-1 alpha-2 code",
        documentation: """
        # invalid-country

        ## What it checks
        `country:` in the front matter must be an officially assigned ISO 3166-1 alpha-2
        code such as `DE`, `FR`, `CN` or `US` (any case).

        ## Why
        Countries are counted to judge whether a team is global and how many countries
        raised an issue; `Germany`, `GER` and `DE` would count as three.

        ## Example
        ```yaml
        country: UK
        ```

        ## Fix
        Use the two-letter code: the United Kingdom is `GB`, Germany `DE`, Switzerland
        `CH`, Japan `JP`; a country's name in any supported language gets its code
        proposed (`Österreich` → `AT`). For a group of countries use `region:` instead.
        """
    )

    public static let invalidLanguage = RuleDescriptor(
        code: "APG010", name: "invalid-language", severity: .error,
        summary: "`language` is not a well-formed BCP 47 tag",
        documentation: """
        # invalid-language

        ## What it checks
        `language:` must be a BCP 47 tag: a 2–3 letter ISO 639 language code, optionally
        followed by a 4-letter script, a 2-letter or 3-digit region and variants, separated
        by `-` (`de`, `fr-CA`, `zh-Hans-CN`, `pt-BR`). The language code must be a known
        ISO 639-1 code when it has two letters.

        ## Why
        The language selects labels in rendered reports and helps the synthesis compare
        titles across languages.

        ## Example
        ```yaml
        language: german
        ```

        ## Fix
        Write the code: `language: de`. Use `_` nowhere: `pt_BR` is written `pt-BR`.
        """
    )

    public static let invalidDate = RuleDescriptor(
        code: "APG011", name: "invalid-date", severity: .error,
        summary: "a date in front matter or apg.yaml is not an ISO date",
        documentation: """
        # invalid-date

        ## What it checks
        Dates in the front matter (`updated`) and in `apg.yaml` (`horizon`) are written
        `YYYY-MM-DD`; `YYYY-MM` and `YYYY-Qn` are accepted and mean the period's last day.

        ## Why
        `02/03/2027` is the 2nd of March in Germany and the 3rd of February in the US. An
        account team spans both.

        ## Example
        ```yaml
        updated: 15.02.2027
        ```

        ## Fix
        Write the ISO form the message proposes: `updated: 2027-02-15`.
        """
    )

    public static let invalidAuthor = RuleDescriptor(
        code: "APG012", name: "invalid-author", severity: .error,
        summary: "an entry of `authors` is not a handle",
        documentation: """
        # invalid-author

        ## What it checks
        `authors:` is a list of team member handles. A handle starts with a letter or
        digit and contains only letters, digits, `.`, `_` and `-`. A leading `@` is
        removed; quote it, because a bare `@` cannot start a YAML value.

        ## Why
        Authors are team members; the follow-up report asks them to review their guide.

        ## Example
        ```yaml
        authors: [Katrin Bauer, kbauer@example.com]
        ```

        ## Fix
        Use handles: `authors: [kbauer, "@hweiss"]`.
        """
    )

    public static let unknownKey = RuleDescriptor(
        code: "APG013", name: "unknown-key", severity: .warning,
        summary: "a key of the front matter or apg.yaml is not one apg knows",
        documentation: """
        # unknown-key

        ## What it checks
        Front matter keys are `account`, `country`, `region`, `language`, `updated` and
        `authors`. `apg.yaml` keys are `account`, `horizon`, `review`, `limits`, `rules`,
        `fields`, `vocabulary`, `ignore` and `synthesis`. Any other key is ignored with a
        warning that names the closest known key.

        ## Why
        A misspelt key (`contry:`) is silently useless: the setting never takes effect.

        ## Example
        ```yaml
        contry: DE
        ```

        ## Fix
        Correct the spelling (`country: DE`) or delete the key.
        """
    )

    public static let wrongType = RuleDescriptor(
        code: "APG014", name: "wrong-type", severity: .error,
        summary: "a setting has a value of the wrong kind",
        documentation: """
        # wrong-type

        ## What it checks
        Each setting takes one kind of value: `account` is text, `authors`, `fields` and
        `ignore` are lists, `limits.team` and `limits.items` are positive whole numbers,
        `review.cadence` is a duration such as `30d`, `4w` or `1m`, each rule in `rules`
        is set to `error`, `warning`, `note` or `off`, and `synthesis` values are numbers.

        ## Why
        A value of the wrong kind cannot be used; apg keeps the default instead and tells
        you.

        ## Example
        ```yaml
        limits: { team: fifteen }
        rules: { goal-alternatives: info }
        ```

        ## Fix
        Write a value of the kind the message names: `team: 15`, `goal-alternatives: note`.
        """
    )

    public static let countryAndRegion = RuleDescriptor(
        code: "APG015", name: "country-and-region", severity: .warning,
        summary: "a guide names both a `country` and a `region`",
        documentation: """
        # country-and-region

        ## What it checks
        A guide is written by one country team (`country:`) or one regional team
        (`region:`); a guide with neither is the global workshop file. A guide with both
        is counted as the country's.

        ## Why
        Issues are counted per origin. A file that claims to be both would be counted
        under the country and the region would be lost.

        ## Example
        ```yaml
        country: DE
        region: EMEA
        ```

        ## Fix
        Keep the one that wrote the file: `country: DE` for the German team's guide,
        `region: EMEA` for a guide of the whole region.
        """
    )

    public static let invalidHorizon = RuleDescriptor(
        code: "APG016", name: "invalid-horizon", severity: .error,
        summary: "the plan horizon in apg.yaml is incomplete or ends before it starts",
        documentation: """
        # invalid-horizon

        ## What it checks
        `horizon:` in `apg.yaml` needs both `start` and `end`, and `start` must not be
        after `end`.

        ## Why
        Milestones and due dates are checked against the horizon; a reversed horizon
        would flag every one of them.

        ## Example
        ```yaml
        horizon: { start: 2028-12-31, end: 2027-01-01 }
        ```

        ## Fix
        Swap or correct the dates: `horizon: { start: 2027-01-01, end: 2028-12-31 }`.
        """
    )

    public static let unknownVocabularyCategory = RuleDescriptor(
        code: "APG017", name: "unknown-vocabulary-category", severity: .warning,
        summary: "apg.yaml's `vocabulary` names a category or key that does not exist",
        documentation: """
        # unknown-vocabulary-category

        ## What it checks
        `vocabulary:` in `apg.yaml` adds words per language, category and key. Categories
        are `sections`, `subheadings`, `attributes`, `priority`, `item-kind`,
        `strategy-status`, `action-status`, `unit-type`, `buying-role`, `stance` and
        `visibility`; keys are the canonical English keys (`items`, `owner`, `high`, …).

        ## Why
        Words added under a misspelt category or key are never used.

        ## Example
        ```yaml
        vocabulary:
          de: { section: { items: ["Themen und Chancen"] } }
        ```

        ## Fix
        Use an existing category and key: `de: { sections: { items: ["Themen und Chancen"] } }`.
        """
    )

    public static let accountMismatch = RuleDescriptor(
        code: "APG018", name: "account-mismatch", severity: .error,
        summary: "a guide names a different account than apg.yaml",
        documentation: """
        # account-mismatch

        ## What it checks
        When `apg.yaml` names the account, every guide's `account:` must be the same name
        (compared ignoring case and surrounding spaces).

        ## Why
        A guide of another account copied into the workspace would mix two customers'
        plans — and their confidential notes — in one workshop pack.

        ## Example
        `apg.yaml` says `account: Kessler Group`, `fr.md` says `account: Voltaris`.

        ## Fix
        Correct the name in the guide, or move the guide to its own account's workspace.
        """
    )

    public static let unreadableFile = RuleDescriptor(
        code: "APG019", name: "unreadable-file", severity: .error,
        summary: "a file or folder of the workspace cannot be read",
        documentation: """
        # unreadable-file

        ## What it checks
        Every guide, folder and `apg.yaml` in the workspace must be readable. A file that
        cannot be read (permissions, a dangling symbolic link, a folder link that loops
        back on itself) is skipped with this diagnostic.

        ## Why
        A skipped guide silently removes a country's issues from the synthesis.

        ## Example
        `us.md -> /mnt/share/us.md`, where the share is not mounted.

        ## Fix
        Fix the permissions or the link, or list the path under `ignore:` in `apg.yaml`.
        """
    )

    public static let linkOutsideWorkspace = RuleDescriptor(
        code: "APG049", name: "link-outside-workspace", severity: .warning,
        summary: "a symbolic link leads out of the workspace folder and is not followed",
        documentation: """
        # link-outside-workspace

        ## What it checks
        apg reads the files below the workspace folder and nothing else. A symbolic link,
        to a file or a folder, whose target lies outside the workspace folder (or that
        cannot be resolved because it loops) is skipped with this diagnostic, once per link.

        ## Why
        A link such as `root -> /` would otherwise make apg read every Markdown file of the
        machine, slowly, and report on files nobody on the team wrote; and the plan would
        depend on what happens to be mounted where it is built.

        ## Example
        `shared -> /mnt/team/shared` inside the workspace folder.

        ## Fix
        Copy the guides into the workspace (or move the workspace so that the linked folder
        lies inside it), remove the link, or list it under `ignore:` in `apg.yaml`.
        """
    )
}
