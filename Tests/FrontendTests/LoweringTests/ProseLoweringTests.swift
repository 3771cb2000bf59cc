@testable import Frontend
import PlanModel
import Testing

@Suite struct ProseLoweringTests {
    @Test func visionKeepsTheExactSourceLines() throws {
        let lowered = try LoweringFixture.lower("prose.md")
        let vision = try #require(lowered.file.vision)
        #expect(vision.markdown == """
        By 2030 we are Bosch's **first-choice partner** for power semiconductors.

        Second paragraph of the vision.
        """)
        #expect(vision.location.line == 3)
    }

    @Test func unknownSectionIsProseWithANearMiss() throws {
        let lowered = try LoweringFixture.lower("prose.md", language: "de")
        let prose = lowered.file.prose
        #expect(prose.map(\.heading) == ["Kundenorganistion", "Notes"])
        #expect(prose.map(\.isNotes) == [false, true])
        #expect(prose[0].markdown == "Some free text.")
        #expect(prose[1].markdown == "- remember the parking situation")
        let unknown = lowered.diagnostics(LoweringRules.unknownSection)
        #expect(unknown.count == 1)
        #expect(unknown.first?.severity == .note)
        #expect(unknown.first?.message.contains("did you mean 'Kundenorganisation'?") == true)
        #expect(unknown.first?.fix?.replacement == "Kundenorganisation")
        #expect(unknown.first?.location?.line == lowered.line(of: "## Kundenorganistion"))
        #expect(unknown.first?.location?.column == 4)
        #expect(lowered.diagnostics.count == 1)
        // The file's language names the section (here English, detected from `## Notes`).
        let english = try LoweringFixture.lower("prose.md")
        #expect(english.diagnostics(LoweringRules.unknownSection).first?.fix?.replacement == "Customer Organization")
    }

    @Test func contentBeforeTheFirstSection() {
        let lowered = lowerText("""
        # Title

        Intro paragraph is fine.

        - but a list is not read
        """)
        #expect(lowered.file.title == "Title")
        #expect(lowered.diagnostics(LoweringRules.contentOutsideSection).map(\.location?.line) == [5])
    }

    @Test func languageIsDetectedFromSectionHeadings() {
        #expect(lowerText("## Équipe\n## Objectifs\n").file.language == "fr")
        #expect(lowerText("## 团队\n## 目标\n").file.language == "zh")
        // Keeps the given default when nothing tells.
        #expect(lowerText("## Team\n## Vision\n").file.language == "en")
    }
}

@Suite struct SetextSectionTests {
    @Test func setextSectionHeadingKeepsTheFirstBodyLine() {
        let lowered = lowerText("Vision\n------\nWe lead.\n\nNotes\n=====\n")
        #expect(lowered.file.vision?.markdown == "We lead.")
    }
}
