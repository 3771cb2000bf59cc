import APGCommandLine
import APGJSON
import APGTestSupport
import Foundation
import Testing

/// A workspace nested two levels deep in a git repository, checked from the repository
/// root, from inside the workspace and from an unrelated folder: GitHub annotations and
/// SARIF name files from the repository root wherever apg runs, the formats for people
/// from where they stand.
@Suite struct RepositoryPathsTests {
    static let broken = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/check/broken")
    static let sarifSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DiagnosticsTests/Fixtures/sarif-schema-2.1.0.json")

    struct Checkout {
        let repository: ScratchRepository
        var workspace: URL { repository.root.appendingPathComponent("accounts/kessler", isDirectory: true) }

        init() throws {
            repository = try ScratchRepository()
            try repository.replace("accounts/kessler", with: RepositoryPathsTests.broken)
            try repository.commit("kessler", date: "2027-01-10")
        }

        func check(_ format: String, from folder: URL, workspaceArgument: String? = nil) async -> (status: Int32, stdout: String, stderr: String) {
            await APGMain.runCaptured(
                ["check", workspaceArgument ?? workspace.path, "--as-of", "2027-01-15", "--format", format],
                currentFolder: folder
            )
        }
    }

    @Test func fromTheRepositoryRoot() async throws {
        let checkout = try Checkout()
        let root = checkout.repository.root
        let github = await checkout.check("github", from: root, workspaceArgument: "accounts/kessler")
        #expect(github.status == 1)
        #expect(github.stdout.contains("::error file=accounts/kessler/de.md,line=26,col=21,title=APG104"), "\(github.stdout)")
        let short = await checkout.check("short", from: root, workspaceArgument: "accounts/kessler")
        #expect(short.stdout.contains("accounts/kessler/de.md:26:21: error: owner '@jwebr' is not a team member [APG104]"))
        let human = await checkout.check("human", from: root)
        #expect(human.stderr.contains("--> accounts/kessler/de.md:26:21"))
        try await expectRepositoryRelativeSARIF(checkout, from: root)
    }

    @Test func fromInsideTheWorkspace() async throws {
        let checkout = try Checkout()
        let github = await checkout.check("github", from: checkout.workspace, workspaceArgument: ".")
        #expect(github.stdout.contains("::error file=accounts/kessler/de.md,line=26,col=21,"))
        let short = await checkout.check("short", from: checkout.workspace, workspaceArgument: ".")
        #expect(short.stdout.contains("de.md:26:21: error:"), "\(short.stdout)")
        #expect(!short.stdout.contains("accounts/"))
        let json = try JSONParser.parse(await checkout.check("json", from: checkout.workspace).stdout)
        #expect(json["diagnostics"]?.arrayValue?.contains { $0["file"] == "de.md" && $0["line"] == 26 } == true)
        try await expectRepositoryRelativeSARIF(checkout, from: checkout.workspace)
    }

    @Test func fromAnUnrelatedFolder() async throws {
        let checkout = try Checkout()
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("apg-elsewhere-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let github = await checkout.check("github", from: elsewhere)
        #expect(github.stdout.contains("::error file=accounts/kessler/de.md,line=26,"))
        let short = await checkout.check("short", from: elsewhere)
        let expected = "../\(checkout.repository.root.lastPathComponent)/accounts/kessler/de.md:26:21: error:"
        #expect(short.stdout.contains(expected), "\(short.stdout)")
        try await expectRepositoryRelativeSARIF(checkout, from: elsewhere)
    }

    @Test func outsideAnyRepositoryCIPathsAreRelativeToTheCurrentFolder() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("apg-norepo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.copyItem(at: Self.broken, to: parent.appendingPathComponent("team/kessler"))
        let result = await APGMain.runCaptured(["check", "team/kessler", "--as-of", "2027-01-15", "--format", "github"], currentFolder: parent)
        #expect(result.stdout.contains("::error file=team/kessler/de.md,line=26,"), "\(result.stdout)")
        let sarif = try JSONParser.parse(await APGMain.runCaptured(["check", "team/kessler", "--format", "sarif"], currentFolder: parent).stdout)
        let base = sarif["runs"]?.arrayValue?.first?["originalUriBaseIds"]?["%SRCROOT%"]?["description"]?["text"]
        #expect(base == "The folder apg was run from.")
    }

    @Test func aWorktreeGitFileMarksTheRepositoryRoot() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("apg-worktree-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("checkout/accounts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        // A linked worktree's `.git` is a file pointing at the main repository.
        try Data("gitdir: /somewhere/else/.git/worktrees/checkout\n".utf8).write(to: parent.appendingPathComponent("checkout/.git"))
        try FileManager.default.copyItem(at: Self.broken, to: parent.appendingPathComponent("checkout/accounts/kessler"))
        let result = await APGMain.runCaptured(["check", "checkout/accounts/kessler", "--as-of", "2027-01-15", "--format", "github"], currentFolder: parent)
        #expect(result.stdout.contains("::error file=accounts/kessler/de.md,line=26,"), "\(result.stdout)")
    }

    private func expectRepositoryRelativeSARIF(_ checkout: Checkout, from folder: URL) async throws {
        let sarif = try JSONParser.parse(await checkout.check("sarif", from: folder).stdout)
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: Self.sarifSchema, encoding: .utf8))
        #expect(validator.validate(sarif) == [])
        let run = try #require(sarif["runs"]?.arrayValue?.first)
        #expect(run["originalUriBaseIds"]?["%SRCROOT%"] != nil)
        let artifacts = (run["results"]?.arrayValue ?? []).compactMap { $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"] }
        #expect(!artifacts.isEmpty)
        #expect(artifacts.contains(["uri": "accounts/kessler/de.md", "uriBaseId": "%SRCROOT%"]))
        #expect(artifacts.allSatisfy { $0["uri"]?.stringValue?.hasPrefix("accounts/kessler/") == true && $0["uriBaseId"] == "%SRCROOT%" })
    }
}
