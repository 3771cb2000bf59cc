import Testing
@testable import Diagnostics

@Suite struct HumanFormatterTests {
    @Test func matchesGolden() throws {
        try expectGolden(HumanFormatter().format(ReportFixtures.report), named: "human.txt")
    }

    @Test func matchesColorGolden() throws {
        try expectGolden(HumanFormatter(color: true).format(ReportFixtures.report), named: "human-color.txt")
    }

    @Test func factoryHonoursColor() {
        let report = ReportFixtures.report
        #expect(DiagnosticFormatters.formatter(for: .human, color: false).format(report) == HumanFormatter().format(report))
        #expect(DiagnosticFormatters.formatter(for: .human, color: true).format(report).contains("\u{1B}["))
    }

    @Test func withoutColorThereAreNoEscapeCodesEvenFromHostileText() {
        let hostile = Diagnostics.SourceLocation(file: "guides/evil.md", line: 1, column: 3)
        let report = ReportFixtures.report(
            [
                Diagnostic(
                    rule: RuleID(code: "APG001", name: "x"), severity: .error,
                    message: "bad heading \u{1B}[31mred\u{1B}[0m\u{7}", location: hostile,
                    notes: [DiagnosticNote("note \u{1B}]0;title\u{7}", at: hostile)],
                    fix: FixSuggestion("fix \u{9B}2J", replacement: "\u{1B}c")
                ),
            ],
            sources: ["guides/evil.md": SourceText(path: "guides/evil.md", text: "# \u{1B}[2J heading\n")]
        )
        let output = HumanFormatter().format(report)
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{9B}" })
        #expect(output.contains("bad heading \u{FFFD}[31mred"))
    }

    @Test func caretLinesUpUnderMultiByteAndWideText() throws {
        let output = HumanFormatter().format(ReportFixtures.report)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let german = try #require(lines.firstIndex { $0.hasSuffix("## G1 Umsatz mit Müller GmbH steigern") })
        // The caret sits under the G of GmbH: same number of characters before it.
        let sourceLine = lines[german]
        let caretLine = lines[german + 1]
        let gmbh = try #require(sourceLine.range(of: "GmbH"))
        #expect(caretLine.count == sourceLine.distance(from: sourceLine.startIndex, to: gmbh.lowerBound) + 1)
        #expect(caretLine.hasSuffix("^"))

        // Tabs expand to four cells and each Chinese character takes two cells.
        let chinese = try #require(lines.firstIndex { $0.contains("中文名字") })
        #expect(lines[chinese] == "8 |     Owner: 中文名字 Zhang")
        let prefixCells = "8 | ".count + 4 + "Owner: ".count + 2 * 4 + 1
        #expect(lines[chinese + 1] == "  |" + String(repeating: " ", count: prefixCells - 3) + "^")
    }

    @Test func headerAndLocationUseCodePointColumns() {
        let output = HumanFormatter().format(ReportFixtures.report)
        #expect(output.contains("error[APG104]: goal `G1` is defined twice\n --> guides/de.md:6:25\n"))
        #expect(output.contains(" --> guides/de.md:8:14\n"))
    }

    @Test func summaryCountsEverySeverity() {
        let output = HumanFormatter().format(ReportFixtures.report)
        #expect(output.hasSuffix("\nerror: 2 errors, 1 warning and 1 note emitted\n"))
        let warningsOnly = ReportFixtures.report(ReportFixtures.diagnostics.filter { $0.severity == .warning })
        #expect(HumanFormatter().format(warningsOnly).hasSuffix("\nwarning: 1 warning emitted\n"))
    }

    @Test func emptyReportPrintsNothing() {
        #expect(HumanFormatter().format(ReportFixtures.report([])) == "")
    }

    @Test func gutterWidensForLongLineNumbers() {
        let text = (1...120).map { "line \($0)" }.joined(separator: "\n")
        let report = ReportFixtures.report(
            [
                Diagnostic(
                    rule: RuleID(code: "APG020", name: "x"), severity: .warning, message: "far down",
                    location: Diagnostics.SourceLocation(file: "a.md", line: 120, column: 6),
                    notes: [DiagnosticNote("near the top", at: Diagnostics.SourceLocation(file: "a.md", line: 2, column: 1))]
                ),
            ],
            sources: ["a.md": SourceText(path: "a.md", text: text)]
        )
        let output = HumanFormatter().format(report)
        #expect(output.contains("   --> a.md:120:6\n    |\n120 | line 120\n    |      ^\n    = note: near the top\n   --> a.md:2:1\n    |\n  2 | line 2\n    | ^\n"))
    }

    @Test func columnPastTheEndOfTheLinePointsAfterIt() {
        let report = ReportFixtures.report(
            [Diagnostic(rule: RuleID(code: "APG020", name: "x"), severity: .error, message: "m", location: Diagnostics.SourceLocation(file: "a.md", line: 1, column: 40))],
            sources: ["a.md": SourceText(path: "a.md", text: "abc")]
        )
        #expect(HumanFormatter().format(report).contains("1 | abc\n  |    ^\n"))
    }
}

@Suite struct TerminalWidthTests {
    @Test func widths() {
        #expect(TerminalWidth.width(of: "a") == 1)
        #expect(TerminalWidth.width(of: "ü") == 1)
        #expect(TerminalWidth.width(of: "中") == 2)
        #expect(TerminalWidth.width(of: "한") == 2)
        #expect(TerminalWidth.width(of: "ｱ") == 1)  // halfwidth katakana
        #expect(TerminalWidth.width(of: "Ａ") == 2)  // fullwidth A
        #expect(TerminalWidth.width(of: "😀") == 2)
        #expect(TerminalWidth.width(of: "\u{301}") == 0)
    }

    @Test func rangeTablesAreSortedAndDisjointForBinarySearch() {
        for table in [TerminalWidth.wideRanges, TerminalWidth.zeroWidthRanges] {
            for (lower, upper) in zip(table, table.dropFirst()) {
                #expect(lower.upperBound < upper.lowerBound, "\(lower) overlaps or precedes \(upper)")
            }
        }
    }

    @Test func displayLineExpandsTabsToStops() {
        #expect(TerminalWidth.displayLine("a\tb", caretColumn: 3) == ("a   b", 4))
        #expect(TerminalWidth.displayLine("\t\tx", caretColumn: 3) == ("        x", 8))
        #expect(TerminalWidth.displayLine("中\tx", caretColumn: 3) == ("中  x", 4))
        #expect(TerminalWidth.displayLine("e\u{301}x", caretColumn: 3) == ("e\u{301}x", 1))
        #expect(TerminalWidth.displayLine("a\u{1B}b", caretColumn: 3) == ("a\u{FFFD}b", 2))
    }
}

@Suite struct FixDisplayTextTests {
    @Test func aReplacementTheMessageAlreadyQuotesIsNotRepeated() {
        #expect(FixSuggestion("did you mean `color`?", replacement: "color").displayText == "did you mean `color`?")
        #expect(FixSuggestion("did you mean '@jweber'?", replacement: "@jweber").displayText == "did you mean '@jweber'?")
    }

    @Test func anUnquotedReplacementIsShownAfterTheMessage() {
        #expect(FixSuggestion("write the date as YYYY-MM-DD", replacement: "2027-02-15").displayText
            == "write the date as YYYY-MM-DD: `2027-02-15`")
    }
}
