import APGCommandLine
import APGJSON
import Foundation
import Frontend
import Testing

/// Where `apg build` may write: never over the workspace, never into a file, and a pack
/// written inside the workspace is not read back as a guide.
@Suite struct OutputFolderTests {
    static let guide = "---\naccount: Kessler Group\n---\n# Kessler\n"

    static func workspace() throws -> URL {
        let root = try BuildCommandTests.temporaryFolder()
        try Data(guide.utf8).write(to: root.appendingPathComponent("global.md"))
        return root
    }

    @Test func theWorkspaceItselfIsRefusedAndNothingIsWritten() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = await APGMain.runCaptured(["build", root.path, "--output", root.path, "--as-of", "2027-03-01"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is the workspace itself; nothing written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["global.md"])
        #expect(try String(contentsOf: root.appendingPathComponent("global.md"), encoding: .utf8) == Self.guide)
    }

    @Test func aFileInTheWayIsRefusedInWords() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("out")
        try Data("keep me\n".utf8).write(to: file)
        let result = await APGMain.runCaptured(["build", root.path, "--output", file.path, "--as-of", "2027-03-01"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is a file; nothing written"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
    }

    @Test func aPackInsideTheWorkspaceIsNotReadByTheNextCheck() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("pack")
        let build = await APGMain.runCaptured(["build", root.path, "--output", output.path, "--as-of", "2027-03-01"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("workshop-pack.md").path))
        let check = await APGMain.runCaptured(["check", root.path, "--as-of", "2027-03-01", "--format", "short"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("pack/"))
    }

    @Test(arguments: [
        (["build", "-o", ""], "--output takes a folder, not an empty value"),
        (["build", "--output="], "Missing value for '--output"),
        (["build", "--templates", ""], "--templates takes a folder of templates, not an empty value"),
        (["report", "-o", ""], "--output takes a folder, not an empty value"),
        (["report", "--since", ""], "--since takes a git revision or a folder, not an empty value"),
    ])
    func anEmptyPathIsABadOption(arguments: [String], message: String) async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = await APGMain.runCaptured([arguments[0], root.path] + arguments.dropFirst() + ["--as-of", "2027-03-01"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("wrote"))
    }

    @Test func anEmptyWorkspacePathIsABadOption() async {
        for command in ["check", "build", "report"] {
            let result = await APGMain.runCaptured([command, "", "--as-of", "2027-03-01"])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("the workspace path takes a folder, not an empty value"), "\(command): \(result.stderr)")
        }
    }

    @Test func aMissingTemplatesFolderIsABadOption() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let result = await APGMain.runCaptured(["build", root.path, "--output", output.path, "--templates", root.appendingPathComponent("nope").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a folder"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func anEmptyWorkspaceFailsTheCheck() async throws {
        let root = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("# Read me\n".utf8).write(to: root.appendingPathComponent("README.md"))
        let check = await APGMain.runCaptured(["check", root.path, "--format", "short"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("APG111"))
    }
}


/// Outputs written inside the workspace (the usual `cd account && apg build`) are never
/// read back as guides: their Markdown has no front matter and would be an error.
@Suite struct OutputInsideWorkspaceTests {
    /// A copy of the sample in a fresh temporary folder.
    static func sampleCopy() throws -> URL {
        let folder = try BuildCommandTests.temporaryFolder().appendingPathComponent("kessler")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CheckCommandTests.sample), to: folder)
        return folder
    }

    @Test func checkBuildAndReportSkipOutputsWrittenInsideTheWorkspace() async throws {
        let workspace = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let asOf = ["--as-of", "2026-11-26"]
        let site = workspace.appendingPathComponent("site/pack")
        let build = await APGMain.runCaptured(["build", workspace.path, "--output", site.path] + asOf)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("workshop-pack.md").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(Workspace.outputMarkerName).path))

        // The report goes to another folder of the workspace: the pack must not stop it.
        let review = workspace.appendingPathComponent("review")
        let report = await APGMain.runCaptured(["report", workspace.path, "--output", review.path, "--sheets"] + asOf)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: review.appendingPathComponent("follow-up-report.md").path))

        let check = await APGMain.runCaptured(["check", workspace.path, "--format", "json"] + asOf)
        #expect(check.status == 0, "\(check.stdout)")
        let files = try JSONParser.parse(check.stdout)["diagnostics"]?.arrayValue?.compactMap { $0["file"]?.stringValue } ?? []
        #expect(files.allSatisfy { !$0.hasPrefix("site/") && !$0.hasPrefix("review/") }, "\(files)")
    }

    /// Without the marker, a folder of Markdown without front matter is still reported:
    /// the skip is for apg's own output only.
    @Test func aFolderWithoutTheMarkerIsRead() async throws {
        let workspace = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let notes = workspace.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try "# Meeting notes\n".write(to: notes.appendingPathComponent("meeting.md"), atomically: true, encoding: .utf8)
        let check = await APGMain.runCaptured(["check", workspace.path, "--format", "short", "--as-of", "2026-11-26"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("notes/meeting.md:1:1: error"))
    }

    /// A copy of the sample workspace, renamed to `account` so two builds differ everywhere.
    static func sampleWorkspace(account: String) throws -> URL {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/kessler")
        let root = try BuildCommandTests.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path) where name.hasSuffix(".md") || name == "apg.yaml" {
            let text = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
            try Data(text.replacingOccurrences(of: "Kessler Group", with: account).utf8).write(to: root.appendingPathComponent(name))
        }
        return root
    }

    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func concurrentBuildsIntoOneFolderLeaveOneCompleteBuild() async throws {
        let kessler = try Self.sampleWorkspace(account: "Kessler Group")
        let voltaris = try Self.sampleWorkspace(account: "Voltaris AG")
        let scratch = try BuildCommandTests.temporaryFolder()
        defer { for folder in [kessler, voltaris, scratch] { try? FileManager.default.removeItem(at: folder) } }
        let arguments = ["--as-of", "2027-02-01", "--force"]
        // What each build writes on its own.
        var expected: [String: [String: Data]] = [:]
        for (account, workspace) in [("Kessler Group", kessler), ("Voltaris AG", voltaris)] {
            let alone = scratch.appendingPathComponent(account)
            let result = await APGMain.runCaptured(["build", workspace.path, "-o", alone.path] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            expected[account] = try Self.contents(of: alone)
        }
        let shared = scratch.appendingPathComponent("shared")
        for round in 0..<2 {
            let statuses = await withTaskGroup(of: Int32.self) { group in
                for run in 0..<4 {
                    let workspace = (run + round).isMultiple(of: 2) ? kessler : voltaris
                    group.addTask { await APGMain.runCaptured(["build", workspace.path, "-o", shared.path] + arguments).status }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 0, count: 4))
            let plan = try JSONParser.parse(String(contentsOf: shared.appendingPathComponent("plan.json"), encoding: .utf8))
            let account = try #require(plan["account"]?.stringValue)
            let written = try Self.contents(of: shared).filter { !$0.key.hasPrefix(".apg-output") }
            let reference = try #require(expected[account]).filter { !$0.key.hasPrefix(".apg-output") }
            #expect(written.keys.sorted() == reference.keys.sorted())
            #expect(written == reference, "round \(round): the folder mixes two builds")
        }
    }

    static func temporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".apg-tmp") }.sorted()
    }

    @Test func temporaryFilesAKilledRunLeftAreRemovedByTheNextRun() async throws {
        let root = try OutputFolderTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for name in [".plan.json.apg-tmp", ".workshop-pack.md.apg-tmp", ".left-by-an-older-version.apg-tmp"] {
            try Data(repeating: 0x20, count: 4096).write(to: output.appendingPathComponent(name))
        }
        try Data("mine\n".utf8).write(to: output.appendingPathComponent(".keep"))
        let result = await APGMain.runCaptured(["build", root.path, "--output", output.path, "--as-of", "2027-03-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.temporaryFiles(in: output) == [])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".keep").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("plan.json").path))
    }

    @Test func aWriteThatFailsMidwayLeavesNoTemporaryFile() async throws {
        let root = try OutputFolderTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let first = await APGMain.runCaptured(["build", root.path, "--output", output.path, "--as-of", "2027-03-01"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Self.contents(of: output)
        // A folder where one temporary file must go: writing it fails after others were
        // written (tests run as root, so permissions cannot make a file unwritable).
        let blocker = output.appendingPathComponent(".milestones.ics.apg-tmp")
        try FileManager.default.createDirectory(at: blocker.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let failed = await APGMain.runCaptured(["build", root.path, "--output", output.path, "--as-of", "2027-03-02"])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("nothing written"))
        #expect(try Self.temporaryFiles(in: output) == [".milestones.ics.apg-tmp"])
        try FileManager.default.removeItem(at: blocker)
        #expect(try Self.contents(of: output) == before, "the previous outputs stay as they were")
    }
}
