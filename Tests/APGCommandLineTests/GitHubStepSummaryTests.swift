import Foundation
import Testing
@testable import APGCommandLine

/// `apg check --format github` appends a Markdown summary to `$GITHUB_STEP_SUMMARY`.
@Suite struct GitHubStepSummaryTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("apg-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func appendsToTheSummaryFile() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        try "earlier step\n".write(to: summary, atomically: true, encoding: .utf8)

        let result = await APGMain.runCaptured(["check", folder.path, "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("earlier step\n### apg check\n"), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("warning: cannot write"))
    }

    @Test func createsAMissingSummaryFile() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("new-summary.md")
        _ = await APGMain.runCaptured(["check", folder.path, "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(try String(contentsOf: summary, encoding: .utf8).hasPrefix("### apg check\n"))
    }

    @Test func unwritableSummaryIsAWarningNotACrash() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("missing-folder/summary.md")
        let result = await APGMain.runCaptured(["check", folder.path, "--format", "github"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.stderr.contains("warning: cannot write the GitHub step summary to '\(summary.path)'"))
        #expect(result.status != 2)
    }

    @Test func otherFormatsLeaveTheSummaryAlone() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        _ = await APGMain.runCaptured(["check", folder.path, "--format", "json"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(!FileManager.default.fileExists(atPath: summary.path))
    }
}
