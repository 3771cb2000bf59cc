import Foundation
import Frontend
import Testing

@Suite struct GuideFormatterTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let formatter = GuideFormatter()

    /// Every Markdown file among the tests' fixtures and the samples.
    static func guideFiles() -> [URL] {
        var files: [URL] = []
        for folder in ["Tests", "samples", "templates/guide"] {
            let root = repository.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "md" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func formattingTwiceEqualsFormattingOnceOnEveryFixtureAndSample() throws {
        let files = Self.guideFiles()
        #expect(files.count > 50)
        for url in files {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { continue }
            let once = formatter.format(text)
            #expect(formatter.format(once) == once, "not idempotent: \(url.path)")
        }
    }

    /// Formatting keeps every word: the words of the text, in order, are the same
    /// except for attribute keys respelt in the file's language and dates made ISO.
    @Test func formattingKeepsEveryWordOfTheSamples() throws {
        let sample = Self.repository.appendingPathComponent("samples/kessler")
        for name in ["de.md", "fr.md", "cn.md", "us.md", "global.md"] {
            let text = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
            let formatted = formatter.format(text)
            let words: (String) -> [Substring] = { $0.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "*" || $0 == "+" }) }
            #expect(words(formatted).count == words(text).count, "\(name) lost or gained words")
        }
    }

    @Test func bulletMarkersAndNestingAreNormalized() {
        let text = """
            ## Actions

            * [ ] A1: Visit the plant
                + Owner: @jdoe
                +   Due: 2027-03-31
            *  A2: Second

            """
        #expect(formatter.format(text) == """
            ## Actions

            - [ ] A1: Visit the plant
              - Owner: @jdoe
              - Due: 2027-03-31
            - A2: Second

            """)
    }

    @Test func attributeKeysAreSpeltInTheFilesLanguage() {
        let text = """
            ---
            language: de
            ---

            ## Kundenorganisation
            - Werk Reutlingen {#reutlingen}
              - Covered by: @mfischer
              - Kennzahl: Teilnehmer
              - Metric: Besuche

            """
        let formatted = formatter.format(text)
        #expect(formatted.contains("  - Betreut von: @mfischer\n"))
        // A metric is no attribute of a unit: the front end keeps these lines as custom
        // fields named as written, so respelling the key would rename the field.
        #expect(formatted.contains("  - Kennzahl: Teilnehmer\n"))
        #expect(formatted.contains("  - Metric: Besuche\n"))
    }

    /// Found by fuzz-format: an action's keys under an item are the item's custom fields.
    @Test func keysTheFrontEndKeepsAsCustomFieldsStayAsWritten() {
        let text = """
            ---
            language: fr
            ---

            ## Actions
            - [ ] A1: Journée technique
              - Owner: @amueller

            ## Problèmes et opportunités

            ### Problèmes
            - FR-I1: Hausse de prix
              - Owner: @amueller

            """
        let formatted = formatter.format(text)
        #expect(formatted.contains("- [ ] A1: Journée technique\n  - Responsable: @amueller\n"))
        #expect(formatted.contains("- FR-I1: Hausse de prix\n  - Owner: @amueller\n"))
    }

    @Test func unambiguousDatesBecomeISOAndAmbiguousOnesStay() {
        let text = """
            ## Actions
            - [ ] A1: Visit
              - Due: 15.02.2027
              - Milestone: 31/01/2027 — agenda agreed
              - Last contact: 02/03/2027
              - 20.01.2027: on track — invitation sent

            """
        let formatted = formatter.format(text)
        #expect(formatted.contains("  - Due: 2027-02-15\n"))
        #expect(formatted.contains("  - Milestone: 2027-01-31 — agenda agreed\n"))
        #expect(formatted.contains("  - Last contact: 02/03/2027\n"))
        #expect(formatted.contains("  - 2027-01-20: on track — invitation sent\n"))
    }

    @Test func idFormSectionSpacingAndTrailingBlankLines() {
        let text = "# Title\n## Team\n- Jane Doe (@jdoe) — Manager\n\n\n\n## Customer Organization\n- Plant Detroit{# detroit }\n\n\n"
        // Runs of blank lines stay: in prose the front end keeps them as written (found by
        // fuzz-format), and in indented code they are content.
        #expect(formatter.format(text) == "# Title\n\n## Team\n- Jane Doe (@jdoe) — Manager\n\n\n\n## Customer Organization\n- Plant Detroit {#detroit}\n")
    }

    @Test func commentsCodeFrontMatterAndUnknownContentStayAsWritten() {
        let text = """
            ---
            account:   Kessler   Group
            authors: [a,   b]
            ---

            ## Whatever this is
            Some *prose*   with  spaces.

            <!--
            * Covered by: 15.02.2027
                  - odd
            -->

            ```
            *   code
               + Covered by: x
            ```

            """
        #expect(formatter.format(text) == text)
    }

    @Test func sectionsKeptAsSourceTextAreCopiedAsWritten() {
        // The vision, notes and unknown sections are stored as their text: re-indenting a
        // list in them, or respelling a key or a date, would change the model (found by
        // fuzz-format). The sections around them are still formatted.
        let text = """
            ---
            language: en
            ---

            ## Vision
            Be the partner of choice.
              * Owner: @jweber
                 + Due: 15.02.2027
            ### Why{# why }
            ## Notes
            * Verantwortlich: someone
            ## Actions
            * [ ] A1: Visit
                * Due: 15.02.2027

            """
        let formatted = formatter.format(text)
        #expect(formatted.contains("## Vision\nBe the partner of choice.\n  * Owner: @jweber\n     + Due: 15.02.2027\n### Why{# why }\n\n## Notes\n* Verantwortlich: someone\n\n## Actions\n"))
        #expect(formatted.hasSuffix("## Actions\n- [ ] A1: Visit\n  - Due: 2027-02-15\n"))
        #expect(formatter.format(formatted) == formatted)
    }

    @Test func aCommentOpenedAfterTextIsKeptToItsEnd() {
        let text = "## Actions\n- [ ] A1: Visit <!-- later:\n* Owner: @x\n    + Due: 15.02.2027 -->\n* A2: Next\n"
        #expect(formatter.format(text) == "## Actions\n- [ ] A1: Visit <!-- later:\n* Owner: @x\n    + Due: 15.02.2027 -->\n- A2: Next\n")
    }

    @Test func aByteOrderMarkStaysAndTheFrontMatterBehindItIsYAML() {
        let text = "\u{FEFF}---\nauthors:\n    - jdoe\n---\n\n## Team\n* Jane Doe (@jdoe)\n"
        #expect(formatter.format(text) == "\u{FEFF}---\nauthors:\n    - jdoe\n---\n\n## Team\n- Jane Doe (@jdoe)\n")
    }

    @Test func windowsLineEndingsAreKept() {
        let text = "## Team\r\n* Jane Doe (@jdoe)\r\n"
        #expect(formatter.format(text) == "## Team\r\n- Jane Doe (@jdoe)\r\n")
    }

    /// Found by fuzz-format: a lone `\r` ends a line for cmark and the front end, so it
    /// must for fmt too, or the lines fmt copies as written are not the ones the front
    /// end kept, and formatting again changes the file.
    @Test func aLoneCarriageReturnEndsALine() {
        let text = "---\r\nlanguage: en\r\n---\r\r\n## Vision\r  * kept\r\r\n## Actions\r* [ ] A1: Visit\r\n"
        let formatted = formatter.format(text)
        #expect(formatted == "---\r\nlanguage: en\r\n---\r\n\r\n## Vision\r\n  * kept\r\n\r\n## Actions\r\n- [ ] A1: Visit\r\n")
        #expect(formatter.format(formatted) == formatted)
    }

    /// Found by fuzz-format: an unindented line after an item's text continues that text
    /// (CommonMark's lazy continuation), so the items after it stay nested.
    @Test func aLazyContinuationLineKeepsTheListOpen() {
        let text = "## Customer Organization\n* Plant {#plant\nrest of the title}\n    * Type: plant\n"
        #expect(formatter.format(text) == "## Customer Organization\n- Plant {#plant\nrest of the title}\n  - Type: plant\n")
        // A thematic break or a quote ends the list as before.
        #expect(formatter.format("- a\n---\n  * b\n") == "- a\n---\n- b\n")
    }
}
