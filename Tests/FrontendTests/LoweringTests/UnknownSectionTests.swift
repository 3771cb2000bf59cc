import Diagnostics
@testable import Frontend
import PlanModel
import Testing

/// A heading that names no section keeps its content as prose; entities in it are a
/// warning that names the section they fit, in the file's language (spec §3, v1.1).
@Suite struct UnknownSectionTests {
    static let germanActions = """
    ## Aktionsliste

    - [ ] AT-A1: Technologietag im Werk Graz
      - Verantwortlich: @esteiner
      - Fällig: 2027-03-31
    - [ ] AT-A2: Einkauf informieren
      - Strategie: S3.1
    - [x] AT-A3: Musterlieferung
    """

    @Test func taskItemsUnderAnUnknownHeadingAreAWarningNamingTheActionsSectionInGerman() throws {
        let lowered = lowerText(Self.germanActions, language: "de")
        #expect(lowered.file.actions.isEmpty)
        #expect(lowered.file.prose.map(\.heading) == ["Aktionsliste"])
        let warning = try #require(lowered.diagnostics(LoweringRules.unknownSectionEntities).first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'Aktionsliste' is not a known section, so its 3 entities (3 actions) are ignored; did you mean 'Maßnahmen'?")
        #expect(warning.location == SourceLocation(file: "test.md", line: 1, column: 4))
        #expect(warning.fix?.replacement == "Maßnahmen")
        #expect(warning.notes.map(\.location) == [SourceLocation(file: "test.md", line: 3, column: 1)])
        #expect(lowered.diagnostics(LoweringRules.unknownSection).isEmpty)
    }

    @Test func theSuggestionIsInTheFilesLanguage() throws {
        let spanish = lowerText(Self.germanActions, language: "es")
        #expect(spanish.diagnostics(LoweringRules.unknownSectionEntities).first?.fix?.replacement == "Acciones")
        // Without a `language:`, the known headings tell.
        let detected = lowerText("## Team\n## Ziele\n" + Self.germanActions)
        #expect(detected.diagnostics(LoweringRules.unknownSectionEntities).first?.fix?.replacement == "Maßnahmen")
    }

    @Test func aQualifierIsKeptInTheFix() throws {
        let lowered = lowerText("## Aktionsliste 2027\n- [ ] A1: Do it\n", language: "de")
        let warning = try #require(lowered.diagnostics(LoweringRules.unknownSectionEntities).first)
        #expect(warning.message.hasSuffix("its entity (1 action) is ignored; did you mean 'Maßnahmen 2027'?"))
        #expect(warning.fix?.replacement == "Maßnahmen 2027")
    }

    @Test(arguments: [
        ("de", "## Planung\n### G1: Wachsen\n- Metrik: Design-Wins\n#### S1.1: Partnerschaft\n- [ ] A1: Techniktag\n", "Ziele", "1 goal, 1 strategy and 1 action"),
        ("fr", "## Plan\n### G1: Croître\n#### S1.1: Partenariat\n", "Objectifs", "1 goal and 1 strategy"),
        ("de", "## Leute\n- Eva Steiner (@esteiner) — KAM\n  - Funktion: Sales\n- Jan Weber (@jweber)\n", "Team", "2 team members"),
        ("es", "## Mapa\n- Grupo Kessler {#kessler}\n  - Tipo: grupo\n  - Planta Graz {#graz}\n    - Tipo: planta\n", "Organización del cliente", "2 organization units"),
        ("en", "## Findings\n- I1: Long lead times\n  - Priority: high\n- O1: Second source\n  - Unit: #graz\n", "Issues and Opportunities", "2 issues or opportunities"),
        ("it", "## Persone\n- Dr. Eva Kling {#kling}\n  - Buying role: decision maker\n  - Stance: supporter\n", "Interlocutori", "1 stakeholder"),
        ("ja", "## 今後\n- [ ] A1: 技術説明会\n", "アクション", "1 action"),
        ("pt", "## Lista\n### Problemas\n- I1: Prazo longo\n", "Problemas e oportunidades", "1 issue or opportunity"),
    ])
    func theShapeOfTheContentNamesTheSection(language: String, text: String, section: String, summary: String) throws {
        let lowered = lowerText(text, language: language)
        let warning = try #require(lowered.diagnostics(LoweringRules.unknownSectionEntities).first)
        #expect(warning.message.contains("(\(summary))"), "\(warning.message)")
        #expect(warning.message.hasSuffix("did you mean '\(section)'?"), "\(warning.message)")
        #expect(warning.fix?.replacement == section)
    }

    @Test func spellingPicksTheWordWhenTheShapeDoesNot() throws {
        let lowered = lowerText("## Zeile\n- G7: nur ein Code\n", language: "de")
        let warning = try #require(lowered.diagnostics(LoweringRules.unknownSectionEntities).first)
        #expect(warning.message == "'Zeile' is not a known section, so its entity (1 entry with a code) is ignored; did you mean 'Ziele'?")
    }

    @Test func proseOnlyIsANoteWithANearMissInTheFilesLanguage() throws {
        let lowered = lowerText("## Kundenorganistion\n\nSome free text.\n\n- a plain bullet\n  - Budget: 5\n", language: "de")
        let note = try #require(lowered.diagnostics(LoweringRules.unknownSection).first)
        #expect(note.severity == .note)
        #expect(note.message == "'Kundenorganistion' is not a known section and is kept as free prose; did you mean 'Kundenorganisation'?")
        #expect(lowered.diagnostics(LoweringRules.unknownSectionEntities).isEmpty)
    }

    @Test func aNearMissInAnotherLanguageIsNamedInTheFilesLanguage() throws {
        // Closest to the Spanish 'Acciones', but a German author reads 'Maßnahmen'.
        let lowered = lowerText("## Accionnes\n\nText.\n", language: "de")
        let note = try #require(lowered.diagnostics(LoweringRules.unknownSection).first)
        #expect(note.fix?.replacement == "Maßnahmen")
    }

    @Test func historyAndAttributeLinesAreNotEntities() {
        let lowered = lowerText("## Protokoll\n- 2027-01-10: im Plan — gebucht\n- Budget: 5\n- Strategie: S1.1\n", language: "de")
        #expect(lowered.diagnostics(LoweringRules.unknownSectionEntities).isEmpty)
        #expect(lowered.diagnostics(LoweringRules.unknownSection).count == 1)
    }

    @Test func deepNestingUnderAnUnknownHeadingIsCutOffNotCounted() {
        let lowered = lowerText("## Unbekannt\n" + String(repeating: "- ", count: 100_000) + "[ ] A1: x\n")
        #expect(lowered.diagnostics(LoweringRules.nestingTooDeep).count == 1)
        #expect(lowered.diagnostics(LoweringRules.unknownSectionEntities).isEmpty)
        #expect(lowered.diagnostics(LoweringRules.unknownSection).count == 1)
    }

    @Test func nestedTaskItemsUnderPlainBulletsCount() throws {
        let lowered = lowerText("## Q1-Plan\n- Januar\n  - [ ] A1: Eins\n  - [ ] A2: Zwei\n- Februar\n  - [ ] A3: Drei\n", language: "de")
        let warning = try #require(lowered.diagnostics(LoweringRules.unknownSectionEntities).first)
        #expect(warning.message.contains("its 3 entities (3 actions)"))
    }
}

@Suite struct UnknownSectionFixtureTests {
    @Test func passFixtureKeepsEveryEntity() throws {
        let lowered = try LoweringFixture.lower("unknown-section-pass.md", language: "de")
        #expect(lowered.file.actions.map(\.id) == ["AT-A1", "AT-A2"])
        #expect(lowered.diagnostics(LoweringRules.unknownSectionEntities).isEmpty)
        // Prose under an unknown heading is only a note.
        #expect(lowered.diagnostics(LoweringRules.unknownSection).map(\.location?.line) == [lowered.line(of: "## Offene Punkte")])
    }

    @Test func failFixtureWarnsAtTheHeading() throws {
        let lowered = try LoweringFixture.lower("unknown-section-fail.md", language: "de")
        #expect(lowered.file.actions.isEmpty)
        let warnings = lowered.diagnostics(LoweringRules.unknownSectionEntities)
        #expect(warnings.map(\.location?.line) == [lowered.line(of: "## Aktionsliste Q1")])
        #expect(warnings.first?.message == "'Aktionsliste Q1' is not a known section, so its 2 entities (2 actions) are ignored; did you mean 'Maßnahmen Q1'?")
        #expect(lowered.diagnostics(LoweringRules.unknownSection).count == 1)
    }
}
