import Diagnostics
import Foundation
import Frontend
import PlanModel
import Testing

/// `WorkspaceLimits`: each limit is a diagnostic naming it, at its edge.
struct WorkspaceLimitsTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-limits-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func file(_ path: String, members: Int) -> GuideFile {
        var file = GuideFile(path: path, frontMatter: FrontMatter(), language: "en")
        file.members = (0..<members).map { Member(id: "m\($0)", title: "M", location: SourceLocation(file: path, line: $0 + 1, column: 1)) }
        return file
    }

    @Test func entitiesUpToTheLimitPassAndOneMoreIsAnErrorAtTheFileThatCrossesIt() throws {
        let half = WorkspaceLimits.maximumEntities / 2
        #expect(WorkspaceLimits.entityLimitDiagnostic([Self.file("a.md", members: half), Self.file("b.md", members: half)]) == nil)
        let over = try #require(WorkspaceLimits.entityLimitDiagnostic([Self.file("a.md", members: half), Self.file("b.md", members: half + 1), Self.file("c.md", members: 1)]))
        #expect(over.rule == LimitRules.tooManyEntities.id)
        #expect(over.severity == .error)
        #expect(over.location?.file == "b.md")
        #expect(over.message == "the workspace has 100,002 entities; the limit is 100,000, so nothing is linked or checked")
    }

    @Test func aLineOverOneMebibyteIsFoundWithItsNumber() {
        let limit = WorkspaceLimits.maximumLineLength
        let fits = Array("a\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: limit) + Array("\nb".utf8)
        #expect(WorkspaceLimits.overlongLine(in: fits) == nil)
        let long = Array("a\nb\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: limit + 1)
        #expect(WorkspaceLimits.overlongLine(in: long)?.line == 3)
        #expect(WorkspaceLimits.overlongLine(in: long)?.length == limit + 1)
    }

    @Test func aGuideWithAnOverlongLineIsSkippedWithTheLimitNamed() {
        let text = "---\naccount: A\n---\n## Notes\n" + String(repeating: "x", count: WorkspaceLimits.maximumLineLength + 5) + "\n"
        let parsed = GuideParser(vocabulary: .bundled, config: WorkspaceConfig()).parse(path: "de.md", bytes: Array(text.utf8))
        #expect(parsed.file == nil)
        #expect(parsed.diagnostics.map(\.rule) == [LimitRules.lineTooLong.id])
        #expect(parsed.diagnostics.first?.location == SourceLocation(file: "de.md", line: 5, column: 1))
        #expect(parsed.diagnostics.first?.message.contains("the limit is 1,048,576 bytes") == true)
    }

    @Test func aFileOverTheSizeLimitIsReportedWithoutBeingRead() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        // Sparse: 20 MiB that take no room on the disk, and are never read.
        let big = root.appendingPathComponent("big.md")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 20 << 20)
        try handle.close()
        let workspace = try Workspace.load(root: root)
        #expect(workspace.files.isEmpty)
        #expect(workspace.diagnostics.map(\.rule) == [FrontMatterRules.fileTooLarge.id])
        #expect(workspace.diagnostics.first?.message == "file is too large (20971520 bytes; the limit is 8 MiB, 8388608 bytes)")
    }

    @Test func aNamedPipeIsSkippedNotReadForever() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(mkfifo(root.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let workspace = try Workspace.load(root: root)
        #expect(workspace.files.isEmpty)
        #expect(workspace.diagnostics.map(\.message) == ["'pipe.md' is not a regular file (a pipe, socket or device); it is skipped"])
    }

    @Test func everyLimitRuleHasDocumentationWithTheNumbers() {
        #expect(LimitRules.all.map(\.id.code) == ["APG050", "APG051", "APG052", "APG053"])
        #expect(LimitRules.tooManyFiles.documentation.contains("10,000"))
        #expect(LimitRules.lineTooLong.documentation.contains("1,048,576"))
        #expect(LimitRules.tooManyEntities.documentation.contains("100,000"))
        #expect(LimitRules.sheetTooLarge.documentation.contains("1,000,000 cells"))
    }
}
