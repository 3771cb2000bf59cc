import Diagnostics
import Foundation
import PlanModel
import Testing
@testable import Frontend

@Suite struct WorkspaceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/workspaces")

    @Test func discovery_sortedAndFiltered() throws {
        let root = Self.fixtures.appendingPathComponent("basic")
        let workspace = try Workspace.load(root: root, outputFolder: root.appendingPathComponent("out"))
        // README (any case), hidden files and folders, the output folder, `ignore:`
        // entries (folder, exact file, glob) and non-Markdown files are skipped; the rest
        // is sorted byte-wise, so upper case sorts first.
        #expect(workspace.files.map(\.path) == ["Z.md", "a.md", "archive/keep.md", "b.md", "sub/c.md", "sub/deeper/d.md"])
        #expect(workspace.config.account == "Kessler Group")
        #expect(workspace.configSource?.path == "apg.yaml")
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.files.first?.bytes == Array("---\naccount: Kessler Group\n---\n".utf8))
    }

    @Test func outputFolder_isReadWhenNotTheOutput() throws {
        let workspace = try Workspace.load(root: Self.fixtures.appendingPathComponent("basic"))
        #expect(workspace.files.map(\.path).contains("out/report.md"))
    }

    @Test func notAFolder_throws() {
        #expect(throws: WorkspaceError.self) {
            try Workspace.load(root: Self.fixtures.appendingPathComponent("basic/a.md"))
        }
        #expect(throws: WorkspaceError.self) {
            try Workspace.load(root: Self.fixtures.appendingPathComponent("does-not-exist"))
        }
    }

    @Test func symlinkLoop_isNotFollowedForever() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-loop-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("de"), withIntermediateDirectories: true)
        try Data("---\naccount: A\n---\n".utf8).write(to: root.appendingPathComponent("de/de.md"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("de/back"), withDestinationURL: root)
        let workspace = try Workspace.load(root: root)
        #expect(workspace.files.map(\.path) == ["de/de.md"])
        #expect(workspace.diagnostics.map(\.rule) == [FrontMatterRules.unreadableFile.id])
    }

    @Test func linksOutOfTheWorkspaceAndLoopingLinksAreSkippedOnce() throws {
        let fileManager = FileManager.default
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("apg-escape-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: scratch) }
        let root = scratch.appendingPathComponent("ws")
        try fileManager.createDirectory(at: root.appendingPathComponent("de"), withIntermediateDirectories: true)
        try Data("---\naccount: A\n---\n".utf8).write(to: root.appendingPathComponent("de/de.md"))
        try Data("---\naccount: B\n---\n".utf8).write(to: scratch.appendingPathComponent("outside.md"))
        func link(_ name: String, to target: String) throws {
            try fileManager.createSymbolicLink(atPath: root.appendingPathComponent(name).path, withDestinationPath: target)
        }
        try link("root", to: "/")
        try link("up", to: "..")
        try link("outside.md", to: "../outside.md")
        try link("ping.md", to: "pong.md")
        try link("pong.md", to: "ping.md")
        try link("alias.md", to: "de/de.md")
        try link("elsewhere.png", to: "/etc/hostname")
        let start = Date()
        let workspace = try Workspace.load(root: root)
        #expect(Date().timeIntervalSince(start) < 20)
        // A link inside the workspace is still followed.
        #expect(workspace.files.map(\.path) == ["alias.md", "de/de.md"])
        let skipped = workspace.diagnostics.filter { $0.rule == FrontMatterRules.linkOutsideWorkspace.id }.map(\.message)
        #expect(skipped == [
            "'outside.md' is a link to '\(scratch.path)/outside.md', outside the workspace; it is skipped",
            "'ping.md' is a link that loops; it is skipped",
            "'pong.md' is a link that loops; it is skipped",
            "'root' is a link to '/', outside the workspace; it is skipped",
            "'up' is a link to '\(scratch.path)', outside the workspace; it is skipped",
        ])
        #expect(workspace.diagnostics.count == skipped.count)
        #expect(workspace.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func sample_parsesWithoutFrontMatterDiagnostics() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/kessler")
        let workspace = try Workspace.load(root: root)
        #expect(workspace.files.map(\.path) == ["cn.md", "de.md", "fr.md", "global.md", "us.md"])
        #expect(workspace.diagnostics.isEmpty)
        let parser = GuideParser(vocabulary: .bundled, config: workspace.config)
        let codes = Set(FrontMatterRules.all.map(\.id))
        for file in workspace.files {
            let parsed = parser.parse(path: file.path, bytes: file.bytes)
            #expect(parsed.diagnostics.filter { codes.contains($0.rule) }.map(\.message) == [], "\(file.path)")
            #expect(parsed.file?.frontMatter.account == "Kessler Group")
        }
    }

    @Test(arguments: [
        ("drafts/", "drafts", true, true), ("drafts/", "drafts", false, false), ("archive/old.md", "archive/old.md", false, true),
        ("*.tmp.md", "sub/notes.tmp.md", false, true), ("sub/*.md", "sub/deeper/d.md", false, false),
        ("sub/**.md", "sub/deeper/d.md", false, true), ("./drafts", "drafts", true, true),
    ])
    func ignorePatterns(pattern: String, path: String, isFolder: Bool, matches: Bool) {
        #expect(IgnoreList([pattern]).matches(path, isFolder: isFolder) == matches)
    }
}

@Suite struct GuideTemplateTests {
    /// Each template, filled in as `apg new-guide` fills it.
    @Test(arguments: ["guide.en.md", "guide.de.md", "guide.fr.md", "guide.es.md", "guide.it.md", "guide.pt.md", "guide.ja.md", "guide.zh.md"])
    func templateParsesWithoutFrontMatterErrors(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates/guide/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "{{account}}", with: "Acme").replacingOccurrences(of: "{{country}}", with: "DE")
            .replacingOccurrences(of: "{{cc}}", with: "de").replacingOccurrences(of: "{{updated}}", with: "2027-01-01")
            .replacingOccurrences(of: "{{authors}}", with: "authors: [jdoe]")
        #expect(!text.contains("{{"))
        let bytes = Array(text.utf8)
        let parsed = GuideParser(vocabulary: .bundled, config: WorkspaceConfig()).parse(path: name, bytes: bytes)
        let file = try #require(parsed.file)
        #expect(parsed.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        #expect(file.language == String(name.dropFirst("guide.".count).prefix(2)))
    }
}
