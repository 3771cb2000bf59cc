import Diagnostics

/// The limits of `WorkspaceLimits` that have their own diagnostics. Codes APG050–APG053;
/// the file size (`APG002`) and nesting depth (`APG034`) predate them.
public enum LimitRules {
    public static let all: [RuleDescriptor] = [tooManyFiles, lineTooLong, tooManyEntities, sheetTooLarge]

    public static let tooManyFiles = RuleDescriptor(
        code: "APG050", name: "too-many-files", severity: .error,
        summary: "a workspace holds more than 10,000 guide files",
        documentation: """
        # too-many-files

        ## What it checks
        A workspace reads at most 10,000 Markdown files. Above that apg stops looking
        for more, reads none of them and reports this error.

        ## Why
        An account's plan is a handful of guides, one per country. Ten thousand files
        mean that apg was pointed at the wrong folder — a home folder, a documentation
        tree, a disk — and reading it all would take long and report on files nobody on
        the team wrote.

        ## Example
        `apg check ~` instead of `apg check ~/plans/kessler`.

        ## Fix
        Point apg at the account's folder, or list the folders that are not guides under
        `ignore:` in `apg.yaml`.
        """
    )

    public static let lineTooLong = RuleDescriptor(
        code: "APG051", name: "line-too-long", severity: .error,
        summary: "a guide has a line longer than 1 MiB",
        documentation: """
        # line-too-long

        ## What it checks
        A guide with a line longer than 1 MiB (1,048,576 bytes) is skipped; the
        diagnostic names the line and its length.

        ## Why
        A line is a title, an attribute or a paragraph a person wrote. A megabyte on one
        line is data pasted into a guide (a base64 image, a minified export), which no
        reader of the plan can use, and which would make every message that quotes the
        line as large.

        ## Example
        `- Notes: data:image/png;base64,iVBORw0KGgo…` (3 MB on one line).

        ## Fix
        Remove the data from the guide (link to the file instead), or list the file under
        `ignore:` in `apg.yaml`.
        """
    )

    public static let tooManyEntities = RuleDescriptor(
        code: "APG052", name: "too-many-entities", severity: .error,
        summary: "a workspace holds more than 100,000 entities",
        documentation: """
        # too-many-entities

        ## What it checks
        Members, organization units, stakeholders, issues and opportunities, goals,
        strategies, tactics and actions of all guides together: above 100,000, apg
        reports the files' own findings but links and checks nothing, and writes nothing.

        ## Why
        A real account has a few hundred entities. A hundred thousand come only from
        generated files or a folder of many accounts read as one; linking, synthesis and
        rendering would then take minutes and a pack nobody can read.

        ## Example
        A CRM export converted to Markdown with 150,000 list items under `## Stakeholders`.

        ## Fix
        Split the accounts into their own folders (a portfolio: `apg check accounts/`),
        or list generated files under `ignore:` in `apg.yaml`.
        """
    )

    public static let sheetTooLarge = RuleDescriptor(
        code: "APG053", name: "sheet-too-large", severity: .error,
        summary: "a workbook or CSV file given to apg update is larger than apg reads",
        documentation: """
        # sheet-too-large

        ## What it checks
        `apg update --from FILE` reads at most 100,000 rows per sheet, 1,000,000 cells per
        workbook, 64 MiB per CSV file and 64 MiB per part of an `.xlsx` workbook once
        unpacked. Above one of them the file is refused (exit status 2), with the limit
        named, and no guide changes.

        ## Why
        An update sheet has one row per action, a few hundred at most. A larger file is
        the wrong file, or a ZIP archive built to unpack into gigabytes; reading it whole
        would exhaust the machine's memory.

        ## Example
        `apg update --from crm-export.csv` with 2 million rows.

        ## Fix
        Give apg the `actions.xlsx` (or `actions-<handle>.xlsx`) that `apg build` wrote,
        or a CSV with one row per action.
        """
    )
}
