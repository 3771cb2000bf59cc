import APGCommandLine
import APGJSON
import Foundation
import Frontend
import Render
import Testing

/// Outputs written inside the workspace (the usual `cd account && apg build`) are never
/// read back as guides: their Markdown has no front matter and would be an error.
@Suite struct OutputFolderTests {
    /// A copy of the sample in a fresh temporary folder.
    static func sampleCopy() throws -> URL {
        let folder = try BuildCommandTests.temporaryFolder().appendingPathComponent("kessler")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CheckCommandTests.sample), to: folder)
        return folder
    }

    @Test func theMarkerNamesAgree() {
        #expect(OutputWriter.markerName == Workspace.outputMarkerName)
    }

    @Test func checkBuildAndReportSkipOutputsWrittenInsideTheWorkspace() async throws {
        let workspace = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let asOf = ["--as-of", "2026-11-26"]
        let site = workspace.appendingPathComponent("site/pack")
        let build = await APGMain.runCaptured(["build", workspace.path, "--output", site.path] + asOf)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("workshop-pack.md").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(OutputWriter.markerName).path))

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
}
