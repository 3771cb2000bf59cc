import APGCommandLine
import APGJSON
import Foundation
import Testing

/// `apg check` end to end: the bundled sample is clean, broken input is reported with
/// workspace-relative paths and code-point columns, and the exit status tells them apart.
@Suite struct CheckCommandTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/kessler").path

    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/check/\(name)").path
    }

    @Test func theSampleHasNoErrorsOrWarnings() async throws {
        let result = await APGMain.runCaptured(["check", Self.sample, "--as-of", "2026-11-26", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout)")
        let report = try JSONParser.parse(result.stdout)
        #expect(report["version"] != nil)
        #expect(report["summary"]?["errors"] == .int(0))
        #expect(report["summary"]?["warnings"] == .int(0), "\(result.stdout)")
    }

    @Test func theSampleIsCleanInTheHumanFormatToo() async {
        let result = await APGMain.runCaptured(["check", Self.sample, "--as-of", "2026-11-26"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("error"), "\(result.stderr)")
    }

    @Test func errorsExitOneWithRelativePathsAndCodePointColumns() async throws {
        // Paths are relative to the current folder: run in the workspace.
        let workspace = URL(fileURLWithPath: Self.fixture("broken"), isDirectory: true)
        let result = await APGMain.runCaptured(["check", ".", "--as-of", "2027-01-15", "--format", "json"], currentFolder: workspace)
        #expect(result.status == 1)
        let diagnostics = try #require(JSONParser.parse(result.stdout)["diagnostics"]?.arrayValue)
        let owner = try #require(diagnostics.first { $0["rule"] == "APG104" && $0["file"] == "de.md" })
        #expect(owner["severity"] == "error")
        #expect(owner["line"] == .int(26))
        #expect(owner["column"] == .int(21))
        #expect(owner["fix"]?["message"]?.stringValue?.contains("@jweber") == true)
        // An owner indented one level too deep is reported, not silently dropped.
        let nested = try #require(diagnostics.first { $0["rule"] == "APG041" })
        #expect(nested["line"] == .int(21))
        let date = try #require(diagnostics.first { $0["rule"] == "APG022" })
        #expect(date["message"]?.stringValue?.contains("2027-02-15") == true || date["fix"]?["replacement"] == "2027-02-15")
        // "  - 负责人：@müller" in Chinese: the column counts characters, not bytes.
        let chinese = try #require(diagnostics.first { $0["file"] == "cn.md" && $0["rule"] == "APG104" })
        #expect(chinese["column"] == .int(9))
    }

    @Test func theShortFormatIsOneLinePerDiagnostic() async {
        let result = await APGMain.runCaptured(["check", Self.fixture("broken"), "--as-of", "2027-01-15", "--format", "short"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("de.md:26:21: error: owner '@jwebr' is not a team member [APG104]"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": note: ") })
    }

    @Test func aMissingFolderOrABadOptionExitsTwo() async {
        #expect(await APGMain.runCaptured(["check", "/nonexistent/apg-workspace"]).status == 2)
        #expect(await APGMain.runCaptured(["check", Self.sample, "--format", "xml"]).status == 2)
        #expect(await APGMain.runCaptured(["check", Self.sample, "--as-of", "15.02.2027"]).status == 2)
    }

    /// Captured output is not a terminal: plain text unless `--color` asks for colour.
    @Test func colourOnlyWithTheFlagWhenNotATerminal() async {
        let plain = await APGMain.runCaptured(["check", Self.fixture("broken"), "--as-of", "2027-01-15"])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("error[APG104]"))
        #expect(!plain.stderr.contains("\u{1B}["))
        let coloured = await APGMain.runCaptured(["check", Self.fixture("broken"), "--as-of", "2027-01-15", "--color"])
        #expect(coloured.status == 1)
        #expect(coloured.stderr.contains("\u{1B}["))
    }
}
