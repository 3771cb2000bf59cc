import APGJSON
import Testing
@testable import Diagnostics

/// Each format prints the workspace-relative paths of diagnostics from where its reader
/// stands: people from the current folder, CI services from the repository root.
@Suite struct DiagnosticPathsTests {
    static let nested = DiagnosticPaths(workspaceFromCurrentFolder: "../kessler/", workspaceFromRepositoryRoot: "accounts/kessler/")

    static func report(_ paths: DiagnosticPaths) -> DiagnosticReport {
        var report = ReportFixtures.report
        report.paths = paths
        return report
    }

    @Test func peoplesFormatsAreRelativeToTheCurrentFolder() throws {
        let report = Self.report(Self.nested)
        #expect(ShortFormatter().format(report).contains("../kessler/guides/de.md:6:25: error: goal"))
        let human = HumanFormatter().format(report)
        #expect(human.contains("--> ../kessler/guides/de.md:6:25"))
        #expect(human.contains("--> ../kessler/guides/at.md:2:4"))
        // The source line is still quoted: sources stay keyed by workspace path.
        #expect(human.contains("| ## G1"), "\(human)")
        let json = try JSONParser.parse(JSONDiagnosticFormatter().format(report))
        #expect(json["version"] == 2)
        #expect(json["diagnostics"]?.arrayValue?.compactMap { $0["file"]?.stringValue }.contains("../kessler/guides/de.md") == true)
    }

    @Test func ciFormatsAreRelativeToTheRepositoryRoot() throws {
        let report = Self.report(Self.nested)
        let github = GitHubFormatter().format(report)
        #expect(github.contains("::error file=accounts/kessler/guides/de.md,line=6,col=25"))
        #expect(github.contains("(accounts/kessler/guides/at.md:2:4)"))
        #expect(GitHubFormatter.stepSummary(report).contains("accounts/kessler/guides/de.md:6:25"))

        let sarif = try JSONParser.parse(SARIFFormatter().format(report))
        #expect(try SARIFFormatterTests.sarifValidator().validate(sarif) == [])
        let run = try #require(sarif["runs"]?.arrayValue?.first)
        #expect(run["originalUriBaseIds"]?["%SRCROOT%"]?["description"]?["text"]?.stringValue?.contains("repository") == true)
        let artifacts = (run["results"]?.arrayValue ?? []).compactMap { $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"] }
        #expect(artifacts.contains(["uri": "accounts/kessler/guides/de.md", "uriBaseId": "%SRCROOT%"]))
        #expect(artifacts.allSatisfy { $0["uriBaseId"] == "%SRCROOT%" })
    }

    @Test func outsideARepositoryCIFormatsUseTheCurrentFolder() throws {
        let report = Self.report(DiagnosticPaths(workspaceFromCurrentFolder: "work/acme/", workspaceFromRepositoryRoot: nil))
        #expect(GitHubFormatter().format(report).contains("file=work/acme/guides/de.md,"))
        let sarif = try JSONParser.parse(SARIFFormatter().format(report))
        #expect(try SARIFFormatterTests.sarifValidator().validate(sarif) == [])
        let run = try #require(sarif["runs"]?.arrayValue?.first)
        #expect(run["originalUriBaseIds"]?["%SRCROOT%"]?["description"]?["text"] == "The folder apg was run from.")
    }
}
