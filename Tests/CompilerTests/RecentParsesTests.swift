@testable import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
import Testing

/// A compilation reuses the last one's parse of a file only when the file's bytes and
/// the workspace's `apg.yaml` are the same: anything else would show a stale model.
@Suite struct RecentParsesTests {
    static let guide = """
        ---
        account: Kessler Group
        language: en
        ---

        # Kessler Group

        ## Team

        - Anna Müller (@amueller) — Key Account Manager

        """

    static func workspace(config: String, guide: String = guide) -> Workspace {
        let read = Workspace.readConfig(Array(config.utf8))
        return Workspace(root: URL(fileURLWithPath: "/nonexistent"), config: read.config, configSource: read.source,
                         files: [(path: "de.md", bytes: Array(guide.utf8))], diagnostics: read.diagnostics)
    }

    static func compile(_ workspace: Workspace) async -> Compilation {
        await AccountCompiler(options: .init(asOf: PlanDate(year: 2027, month: 2, day: 1)!)).compile(workspace: workspace)
    }

    @Test func aGuideIsReadAgainUnderAnotherConfig() async {
        let same = await Self.compile(Self.workspace(config: "account: Kessler Group\n"))
        #expect(!same.diagnostics.contains { $0.rule.code == "APG018" })
        // The same bytes under an apg.yaml that names another account.
        let other = await Self.compile(Self.workspace(config: "account: Bosch\n"))
        #expect(other.diagnostics.contains { $0.rule.code == "APG018" })
        let again = await Self.compile(Self.workspace(config: "account: Kessler Group\n"))
        #expect(!again.diagnostics.contains { $0.rule.code == "APG018" })
    }

    @Test func anEditedGuideIsReadAgain() async {
        let config = "account: Kessler Group\n"
        let first = await Self.compile(Self.workspace(config: config))
        let edited = await Self.compile(Self.workspace(config: config, guide: Self.guide.replacingOccurrences(of: "# Kessler Group", with: "# Kessler AG")))
        #expect(first.files.first?.title == "Kessler Group")
        #expect(edited.files.first?.title == "Kessler AG")
    }

    @Test func unchangedBytesUnderTheSameConfigAreNotParsedAgain() async {
        let recent = RecentParses()
        let workspace = Self.workspace(config: "account: Kessler Group\n")
        let parser = GuideParser(vocabulary: .bundled, config: workspace.config)
        // A stand-in parse for the file's exact bytes: handed back instead of a new parse.
        var standIn = parser.parse(path: "de.md", bytes: workspace.files[0].bytes)
        standIn.file?.title = "remembered"
        recent.remember(["de.md": .init(bytes: workspace.files[0].bytes, parsed: standIn)], for: workspace.config)
        let reused = await AccountCompiler.parseConcurrently(workspace.files, with: parser, recent: recent)
        #expect(reused.first?.file?.title == "remembered")
        // One byte more, and the file is parsed.
        let changed = await AccountCompiler.parseConcurrently([(path: "de.md", bytes: workspace.files[0].bytes + [10])], with: parser, recent: recent)
        #expect(changed.first?.file?.title == "Kessler Group")
    }

    @Test func onlyTheLastCompilationIsRememberedAndOnlyWithinCapacity() {
        let recent = RecentParses(capacity: 100)
        let config = WorkspaceConfig()
        let parsed = ParsedGuide(file: nil, source: nil, diagnostics: [])
        func entry(_ byte: UInt8, _ count: Int) -> RecentParses.Entry { .init(bytes: Array(repeating: byte, count: count), parsed: parsed) }
        recent.remember(["a.md": entry(65, 60)], for: config)
        recent.remember(["b.md": entry(66, 60), "c.md": entry(67, 30)], for: config)
        #expect(recent.entries(for: config).keys.sorted() == ["b.md", "c.md"])
        var other = config
        other.account = "Other"
        #expect(recent.entries(for: other).isEmpty)
        recent.remember(["d.md": entry(68, 101)], for: config)
        #expect(recent.entries(for: config).isEmpty)
    }
}
