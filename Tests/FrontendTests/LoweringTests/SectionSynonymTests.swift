@testable import Frontend
import PlanModel
import Testing
import Vocabulary

/// Every section name the vocabulary knows, in every language, and with a year,
/// quarter or country after it, keeps the entities written under it (spec §3).
@Suite struct SectionSynonymTests {
    static let languages = ["en", "de", "fr", "es", "it", "pt", "ja", "zh"]
    static let sectionKeys = ["team", "organization", "stakeholders", "items", "vision", "goals", "actions", "notes"]

    /// A small body of each section, and what lowering it must keep.
    static func body(of key: String) -> String {
        switch key {
        case "team": "- Anna Müller (@amueller) — Key Account Manager\n  - Function: Sales\n"
        case "organization": "- Bosch Group {#bosch}\n  - Type: group\n  - Themes: SiC\n"
        case "stakeholders": "- Dr. Eva Kling — VP Purchasing {#kling}\n  - Buying role: decision maker\n"
        case "items": "### Issues\n- I1: Long lead times\n  - Priority: high\n### Opportunities\n- O1: Second source\n"
        case "vision": "By 2030 we are the first-choice partner.\n"
        case "goals": "### G1: Grow\n- Metric: design wins\n#### S1.1: Partner\n- Status: selected\n- [ ] A1: Run a technology day\n  - Owner: @amueller\n"
        case "actions": "- [ ] A1: Run a technology day\n  - Strategy: S1.1\n  - Owner: @amueller\n"
        default: "Parking is behind the plant.\n"
        }
    }

    static func kept(_ key: String, in file: GuideFile) -> Bool {
        switch key {
        case "team": file.members.map(\.id) == ["amueller"]
        case "organization": file.units.map(\.id) == ["bosch"]
        case "stakeholders": file.stakeholders.map(\.id) == ["kling"]
        case "items": file.items.map(\.id) == ["I1", "O1"] && file.items.map(\.kind) == [.issue, .opportunity]
        case "vision": file.vision?.markdown == "By 2030 we are the first-choice partner."
        case "goals": file.goals.map(\.id) == ["G1"] && file.strategies.map(\.id) == ["S1.1"] && file.actions.map(\.id) == ["A1"]
        case "actions": file.actions.map(\.id) == ["A1"]
        default: file.prose.map(\.isNotes) == [true]
        }
    }

    /// (section key, heading) for every word of every language.
    static let headings: [(String, String)] = sectionKeys.flatMap { key in
        languages.flatMap { language in
            Vocabulary.bundled.words(for: key, in: .sections, language: language).map { (key, $0) }
        }
    }

    @Test func everySectionHasSynonymsInEveryLanguage() {
        for key in Self.sectionKeys {
            for language in Self.languages {
                #expect(Vocabulary.bundled.words(for: key, in: .sections, language: language).count >= 3, "\(key) in \(language)")
            }
        }
    }

    /// No word names two sections, in one language or across languages (the lookup would
    /// keep only one of them), and no name reads as another section with a qualifier.
    @Test func sectionNamesAreUnambiguous() {
        let vocabulary = Vocabulary.bundled
        for (key, heading) in Self.headings {
            #expect(vocabulary.section(heading) == key, "'\(heading)' is listed under \(key)")
            let stripped = SectionHeading(heading)
            if stripped.name != heading, let other = vocabulary.section(stripped.name) {
                #expect(other == key, "'\(heading)' also reads as \(other)")
            }
        }
        for key in ["issues", "opportunities"] {
            for language in Self.languages {
                for word in vocabulary.words(for: key, in: .subheadings, language: language) {
                    #expect(vocabulary.key(word, in: .subheadings) == key, "subheading '\(word)'")
                }
            }
        }
    }

    @Test(arguments: headings)
    func everySectionNameKeepsItsEntities(key: String, heading: String) {
        let lowered = lowerText("## \(heading)\n\n\(Self.body(of: key))")
        #expect(Self.kept(key, in: lowered.file), "'\(heading)' as \(key)")
        #expect(lowered.diagnostics(LoweringRules.unknownSection).isEmpty, "'\(heading)'")
        #expect(lowered.diagnostics(LoweringRules.unknownSectionEntities).isEmpty, "'\(heading)'")
    }

    @Test(arguments: [
        ("goals", "Ziele 2027"), ("goals", "Goals FY27"), ("goals", "Goals FY 2027"), ("goals", "Goals FY2027/28"),
        ("actions", "Maßnahmen Q1"), ("actions", "Maßnahmen DE"), ("goals", "Objectifs 2027-2028"),
        ("actions", "Actions Q1 2027"), ("actions", "Aktionen 2027-Q2"), ("actions", "Acciones Q3/2027"),
        ("goals", "Ziele – 2027"), ("actions", "Actions (Q1 2027)"), ("team", "Team AT"), ("items", "Chancen und Risiken 2027"),
        ("goals", "目标 2027"), ("goals", "2027年目标"), ("goals", "目標2027年度"), ("vision", "Vision 2030"),
        ("organization", "Kundenorganisation GB"), ("stakeholders", "Ansprechpartnerinnen 2027"), ("notes", "Notizen H1"),
    ])
    func aSectionNameWithAYearQuarterOrCountryIsThatSection(key: String, heading: String) {
        let lowered = lowerText("## \(heading)\n\n\(Self.body(of: key))")
        #expect(Self.kept(key, in: lowered.file), "'\(heading)' as \(key)")
        #expect(lowered.diagnostics.filter { $0.rule == LoweringRules.unknownSection.id || $0.rule == LoweringRules.unknownSectionEntities.id }.isEmpty)
    }

    @Test(arguments: ["Team de", "Goals 27", "Actions Q5", "Ziele 1850", "Actions XX", "Plan 2027", "2027"])
    func otherTrailingWordsAreNotQualifiers(heading: String) {
        #expect(lowerText("## \(heading)\n").file.prose.map(\.heading) == [heading])
    }

    func split(_ heading: String) -> [String] {
        let split = SectionHeading(heading)
        return [split.name, split.qualifier]
    }

    @Test func qualifiersAreSplitOffAsWritten() {
        #expect(split("Ziele 2027") == ["Ziele", " 2027"])
        #expect(split("Goals FY 2027") == ["Goals", " FY 2027"])
        #expect(split("Maßnahmen – Q1 2027") == ["Maßnahmen", " – Q1 2027"])
        #expect(split("Maßnahmen DE") == ["Maßnahmen", " DE"])
        #expect(SectionHeading("Ziele").qualifier.isEmpty)
        #expect(SectionHeading("Next Steps").name == "Next Steps")
    }

    @Test(arguments: [
        ("de", "Chancen und Risiken", "Risiken", "Chancen"), ("fr", "Enjeux et opportunités", "Enjeux", "Opportunités"),
        ("es", "Retos y oportunidades", "Retos", "Oportunidades"), ("en", "Challenges and Opportunities", "Challenges", "Opportunities"),
        ("zh", "挑战与机遇", "挑战", "机遇"),
    ])
    func itemSubheadingsFollowTheSectionName(language: String, section: String, issues: String, opportunities: String) {
        let lowered = lowerText("## \(section)\n### \(issues)\n- I1: Lead times\n### \(opportunities)\n- O1: Second source\n", language: language)
        #expect(lowered.file.items.map(\.kind) == [.issue, .opportunity], "\(section)")
    }

    @Test func aQualifiedHeadingStillTellsTheLanguage() {
        #expect(lowerText("## Ziele 2027\n## Maßnahmen Q1\n").file.language == "de")
    }
}
