import APGCommandLine
import APGJSON
import Foundation
import Testing

/// The README shows real output and real settings; these tests keep it honest.
@Suite struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The first fenced block after a line starting with `marker`.
    static func block(after marker: String, in text: String) throws -> String {
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix(marker) }, "README has no '\(marker)'")
        let open = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
        return lines[(open + 1)..<close].joined(separator: "\n") + "\n"
    }

    @Test func theExampleDiagnosticIsWhatApgCheckPrints() async throws {
        let shown = try Self.block(after: "Diagnostics carry a stable code", in: Self.readme())
        // Run inside the workspace, where the README's paths are relative to.
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/readme-example")
        let result = await APGMain.runCaptured(["check", ".", "--as-of", "2026-11-20"], currentFolder: fixture)
        #expect(result.status == 1)
        #expect(result.stderr.contains(shown), "apg check printed:\n\(result.stderr)")
    }

    /// The `apg.yaml` of the README, and the rule settings named in its prose, are
    /// accepted without a single finding about the configuration.
    @Test func theExampleConfigurationIsValid() async throws {
        let readme = try Self.readme()
        let config = try Self.block(after: "## `apg.yaml`", in: readme)
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("apg-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let prose = try #require(readme.range(of: "`rules: {").map { readme[$0.lowerBound...].prefix { $0 != "\n" } })
        let rules = String(prose.dropFirst().prefix { $0 != "`" })
        try (config.replacingOccurrences(of: "rules: { goal-alternatives: warning }", with: rules))
            .write(to: workspace.appendingPathComponent("apg.yaml"), atomically: true, encoding: .utf8)
        try "---\naccount: Kessler Group\n---\n# Kessler Group\n".write(to: workspace.appendingPathComponent("global.md"), atomically: true, encoding: .utf8)

        let result = await APGMain.runCaptured(["check", workspace.path, "--format", "json"])
        let report = try JSONParser.parse(result.stdout)
        let configFindings = report["diagnostics"]?.arrayValue?.filter { $0["file"]?.stringValue == "apg.yaml" } ?? []
        #expect(configFindings.isEmpty, "\(result.stdout)")
        #expect(rules.contains("APG215"))
    }
}
