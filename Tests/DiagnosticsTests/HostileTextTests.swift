import Testing
@testable import Diagnostics

/// Source lines and messages of any size print as a few readable lines.
@Suite struct HostileTextTests {
    static func report(line: String, column: Int, message: String = "m") -> DiagnosticReport {
        ReportFixtures.report(
            [Diagnostic(rule: RuleID(code: "APG020", name: "x"), severity: .error, message: message,
                        location: Diagnostics.SourceLocation(file: "a.md", line: 2, column: column))],
            sources: ["a.md": SourceText(path: "a.md", text: "first\n" + line + "\nlast")]
        )
    }

    @Test func aMegabyteLineIsCutToAWindowAroundTheCaret() throws {
        let line = String(repeating: "x", count: 500_000) + "TARGET" + String(repeating: "y", count: 500_000)
        let output = HumanFormatter().format(Self.report(line: line, column: 500_001))
        #expect(output.utf8.count < 1_000)
        let lines = output.split(separator: "\n").map(String.init)
        let source = try #require(lines.first { $0.hasPrefix("2 |") })
        let caret = try #require(lines.first { $0.hasSuffix("^") })
        #expect(source.hasPrefix("2 | …x") && source.hasSuffix("y…"))
        #expect(source.count <= "2 | ".count + TerminalWidth.maximumLineWidth)
        // The caret still sits under the T of TARGET.
        let target = try #require(source.range(of: "TARGET"))
        #expect(caret.count == source.distance(from: source.startIndex, to: target.lowerBound) + 1)
    }

    @Test func aLongLineWithTheCaretAtEitherEndKeepsTheCaretVisible() throws {
        let line = String(repeating: "ab", count: 10_000)
        for column in [1, 20_000, 20_001] {
            let display = TerminalWidth.displayLine(line, caretColumn: column)
            #expect(display.text.count <= TerminalWidth.maximumLineWidth)
            #expect(display.caretOffset >= 0 && display.caretOffset <= display.text.count)
        }
        #expect(TerminalWidth.displayLine(line, caretColumn: 1).text.hasPrefix("abab"))
        #expect(TerminalWidth.displayLine(line, caretColumn: 20_001).text.hasSuffix("ab"))
    }

    @Test func aShortLineIsUntouched() {
        #expect(TerminalWidth.displayLine("- Owner: @a", caretColumn: 3) == ("- Owner: @a", 2))
    }

    @Test func aHugeMessageIsClippedInTheMiddleInTerminalFormats() {
        let heading = String(repeating: "y", count: 1_000_000)
        let message = "'\(heading)' is not a known section and is kept as free prose"
        let report = Self.report(line: "## " + heading, column: 4, message: message)
        for output in [HumanFormatter().format(report), ShortFormatter().format(report)] {
            #expect(output.utf8.count < 2_000)
            #expect(output.contains("is not a known section and is kept as free prose"))
            #expect(output.contains(" … "))
        }
    }
}
