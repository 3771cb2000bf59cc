@testable import Frontend
import PlanModel
import Testing

@Suite struct TitleLineTests {
    @Test func codeBecomesTheID() {
        let title = TitleLine("G1: Double automotive design wins by 2028")
        #expect(title.code == "G1")
        #expect(title.title == "Double automotive design wins by 2028")
        #expect(title.id == ("G1", .code))
    }

    @Test(arguments: ["S1.2", "A-17", "DE-I3", "T1.1.1", "Q3"])
    func codesOfEveryShape(code: String) {
        #expect(TitleLine("\(code): Something").code == code)
    }

    /// French style: a blank (or a no-break space) before the colon, as for attribute keys.
    @Test(arguments: ["FR-A1 : Faire", "FR-A1\u{A0}: Faire", "FR-A1\u{202F}: Faire", "FR-A1： Faire"])
    func codeBeforeAFrenchStyleColon(line: String) {
        let title = TitleLine(line)
        #expect(title.code == "FR-A1")
        #expect(title.title == "Faire")
    }

    @Test(arguments: ["Pilot", "1A", "G1.", "G--1", "Phase 2", "G1:x", "G1  ", "Phase 2 "])
    func notCodes(text: String) {
        #expect(TitleLine("\(text): Something").code == nil)
    }

    @Test func explicitIDAndBox() {
        let title = TitleLine("[x] A2: Send the roadmap draft {#a-roadmap}")
        #expect(title.box == .checked)
        #expect(title.code == "A2")
        #expect(title.explicitID == "a-roadmap")
        #expect(title.title == "Send the roadmap draft")
        #expect(title.id == ("a-roadmap", .explicit))
        #expect(TitleLine("[ ] Call").box == .open)
        #expect(TitleLine("[X] Call").box == .checked)
        #expect(TitleLine("[link] text").box == nil)
    }

    @Test func slugFoldsAccentsAndPunctuation() {
        #expect(TitleLine("Größere Lieferengpässe bei SiC-Wafern!").id == ("grossere-lieferengpasse-bei-sic-wafern", .slug))
        #expect(TitleLine.slug("Größe") == "grosse")
        #expect(TitleLine.slug("  Équipe — Nord  ") == "equipe-nord")
    }

    @Test func cjkTitlesHaveStableNonEmptySlugs() {
        let slug = TitleLine.slug("扩大售后市场份额")
        #expect(!slug.isEmpty)
        #expect(slug == TitleLine.slug("扩大售后市场份额"))
        #expect(TitleLine.slug("扩大 售后") == "扩大-售后")
        let symbols = TitleLine.slug("★★★")
        #expect(symbols.hasPrefix("id-") && symbols == TitleLine.slug("★★★"))
    }

    @Test func referenceOnlyTitle() {
        #expect(TitleLine("#mobility").referenceTarget == "mobility")
        #expect(TitleLine("#mobility team").referenceTarget == nil)
        #expect(TitleLine("Mobility").referenceTarget == nil)
    }

    @Test func dashSeparators() {
        for separator in [" — ", " – ", " - ", " -- "] {
            let (head, tail) = DashSeparator.split("Anna (@a)\(separator)Key Account Manager")
            #expect(head == "Anna (@a)")
            #expect(tail == "Key Account Manager")
        }
        #expect(DashSeparator.split("No role").tail == nil)
    }
}
