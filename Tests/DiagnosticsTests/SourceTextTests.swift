import Testing
import Diagnostics

@Suite struct SourceTextTests {
    let source = SourceText(path: "de.md", text: "---\naccount: X\n---\n- Jürgen Weiß (@jweiss)\r\n- 张伟 (@zwei)\nlast")

    @Test func linesWithoutTerminators() {
        #expect(source.lineCount == 6)
        #expect(source.line(4) == "- Jürgen Weiß (@jweiss)")
        #expect(source.line(6) == "last")
        #expect(source.line(7) == nil)
        #expect(source.line(0) == nil)
    }

    @Test func convertsUTF8ColumnsToCodePoints() {
        // "(@jweiss)" starts after "- Jürgen Weiß " = 14 characters, 16 bytes.
        #expect(source.characterColumn(line: 4, utf8Column: 17) == 15)
        #expect(source.utf8Column(line: 4, characterColumn: 15) == 17)
        // Each Chinese character is three bytes.
        #expect(source.characterColumn(line: 5, utf8Column: 10) == 6)
        #expect(source.characterColumn(line: 5, utf8Column: 1) == 1)
    }

    @Test func nearMissSuggestsClosestNames() {
        #expect(NearMiss.bestMatches(for: "Kundenorganisaton", in: ["Kundenorganisation", "Team", "Ziele"]) == ["Kundenorganisation"])
        #expect(NearMiss.bestMatches(for: "xyz", in: ["Kundenorganisation"]).isEmpty)
    }
}
