import Diagnostics
import Foundation
import PlanModel
import Testing
import Vocabulary
@testable import Frontend

/// Broken and hostile guides: a clear diagnostic at the right place, never a crash.
@Suite struct HostileInputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile")

    static func parse(_ bytes: [UInt8], path: String = "a.md") -> ParsedGuide {
        GuideParser(vocabulary: .bundled, config: WorkspaceConfig()).parse(path: path, bytes: bytes)
    }

    static let guide = "---\naccount: X\ncountry: DE\n---\n# T\n## Team\n- A (@a)\n  - Function: Sales\n## Zielee\n"

    @Test func loneCarriageReturnsEndLinesLikeCmarkReadsThem() throws {
        let parsed = Self.parse(Array(Self.guide.replacingOccurrences(of: "\n", with: "\r").utf8))
        let file = try #require(parsed.file, "\(parsed.diagnostics.map(\.message))")
        #expect(file.frontMatter.account == "X")
        #expect(file.members.map(\.id) == ["a"])
        let unknown = try #require(parsed.diagnostics.first { $0.rule == LoweringRules.unknownSection.id })
        #expect(unknown.location == SourceLocation(file: "a.md", line: 9, column: 4))
        #expect(parsed.source?.line(9) == "## Zielee")
    }

    @Test func mixedLineEndingsKeepLineNumbers() throws {
        let text = "---\r\naccount: X\rcountry: DE\n---\r# T\r\n## Zielee\r"
        let parsed = Self.parse(Array(text.utf8))
        let unknown = try #require(parsed.diagnostics.first { $0.rule == LoweringRules.unknownSection.id })
        #expect(unknown.location?.line == 6)
    }

    @Test(arguments: ["1e400", "EUR 1" + String(repeating: "0", count: 400), "1e-400", String(repeating: "9", count: 400) + " %"])
    func numbersBeyondADoubleAreErrors(value: String) throws {
        let lowered = lowerText("## Issues and Opportunities\n### Opportunities\n- O-1: big\n  - Value: \(value)\n")
        let diagnostic = try #require(lowered.diagnostics(LoweringRules.invalidNumber).first)
        #expect(diagnostic.message.contains("too large or too small"))
        #expect(diagnostic.location == SourceLocation(file: "test.md", line: 4, column: 12))
        #expect(lowered.file.items.first?.value == nil)
    }

    @Test func scientificNotationIsANumber() throws {
        let lowered = lowerText("## Issues and Opportunities\n### Opportunities\n- O-1: big\n  - Value: EUR 2.5e6\n")
        #expect(lowered.diagnostics.filter { $0.severity == .error }.isEmpty)
        let value = try #require(lowered.file.items.first?.value)
        #expect(value.value == 2_500_000)
        #expect(value.unit == "EUR")
    }

    @Test func rawHTMLBlockIsReportedAndCommentsAreNot() throws {
        let lowered = try LoweringFixture.parseGuide(
            String(contentsOf: Self.fixtures.appendingPathComponent("raw-html.md"), encoding: .utf8))
        let reported = lowered.diagnostics(LoweringRules.rawHTML)
        #expect(reported.count == 1)
        #expect(reported.first?.location?.line == 11)
        #expect(reported.first?.message.contains("<iframe") == true)
    }

    @Test func hundredThousandLevelsOfNestingAreCutOff() {
        let lists = "## Team\n" + String(repeating: "- ", count: 100_000) + "x\n"
        let quotes = "## Notes\n" + String(repeating: ">", count: 100_000) + " x\n"
        for text in [lists, quotes] {
            let lowered = lowerText(text)
            #expect(lowered.diagnostics(LoweringRules.nestingTooDeep).count == 1)
        }
    }

    @Test func aFileOverTheLimitIsRefusedWithoutBeingParsed() {
        let bytes = Array(Self.guide.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: FrontMatterRules.maximumFileSize)
        let parsed = Self.parse(bytes)
        #expect(parsed.file == nil)
        #expect(parsed.diagnostics.map(\.rule) == [FrontMatterRules.fileTooLarge.id])
    }

    @Test func anOutputFolderMarkedByApgIsNotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data(Self.guide.utf8).write(to: root.appendingPathComponent("de.md"))
        try Data("# Workshop pack\n".utf8).write(to: output.appendingPathComponent("workshop-pack.md"))
        try Data().write(to: output.appendingPathComponent(Workspace.outputMarkerName))
        let workspace = try Workspace.load(root: root)
        #expect(workspace.files.map(\.path) == ["de.md"])
    }
}

extension LoweringFixture {
    /// A whole guide, front matter blanked as the parser does, lowered.
    static func parseGuide(_ text: String) -> Lowered {
        let parsed = GuideParser(vocabulary: .bundled, config: WorkspaceConfig()).parse(path: "test.md", bytes: Array(text.utf8))
        var file = parsed.file ?? GuideFile(path: "test.md", frontMatter: FrontMatter(), language: "en")
        file.path = "test.md"
        return Lowered(file: file, diagnostics: parsed.diagnostics, source: parsed.source ?? SourceText(path: "test.md", text: text))
    }
}

@Suite struct WrappedAttributeTests {
    @Test func aWrappedAttributeValueIsReportedNotDroppedSilently() throws {
        let lowered = lowerText("## Team\n- A (@a)\n  - Role: first line\n    continues here\n  - Function: Sales\nlazy line\n")
        let reported = lowered.diagnostics(LoweringRules.contentUnderAttribute)
        #expect(reported.map(\.location?.line) == [4, 6])
        #expect(reported.first?.location?.column == 5)
        #expect(reported.first?.message == "'Role' continues on the next line, which is ignored")
        #expect(lowered.file.members.first?.role == "first line")
    }
}
