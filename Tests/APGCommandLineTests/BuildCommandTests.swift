import APGCommandLine
import APGJSON
import Foundation
import Testing

@Suite struct BuildCommandTests {
    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("apg-build-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildWritesPlanJSONByteIdenticallyAcrossRuns() async throws {
        let workspace = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: workspace) }
        // An empty workspace is an error (APG111): the smallest buildable one is a guide.
        try Data("---\naccount: Kessler Group\n---\n# Kessler\n".utf8).write(to: workspace.appendingPathComponent("global.md"))
        let output = workspace.appendingPathComponent("out")
        let arguments = ["build", workspace.path, "--output", output.path, "--as-of", "2027-03-01"]

        let first = await APGMain.runCaptured(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let plan = output.appendingPathComponent("plan.json")
        let firstBytes = try Data(contentsOf: plan)
        let second = await APGMain.runCaptured(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try Data(contentsOf: plan) == firstBytes)
        #expect(String(decoding: firstBytes, as: UTF8.self).hasPrefix("{\n  \"version\": 1,"))
        #expect(first.stderr.contains("wrote "))
    }

    /// A mistyped `--lang` or `--owner` is the user's mistake on the command line: exit 2,
    /// say what is wrong, write nothing (not an English pack or no personal calendar).
    @Test(arguments: [
        (["--lang", "xx"], "no pack labels in language 'xx' for --lang (labels.json has de, en, es, fr, it, ja, pt, zh)"),
        (["--owner", "@nobody"], "no team member '@nobody' for --owner"),
    ])
    func anUnknownLanguageOrOwnerExitsTwoAndWritesNothing(options: [String], message: String) async throws {
        let workspace = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try Data("---\naccount: Kessler Group\n---\n# Kessler\n".utf8).write(to: workspace.appendingPathComponent("global.md"))
        let output = workspace.appendingPathComponent("out")
        let result = await APGMain.runCaptured(["build", workspace.path, "--output", output.path, "--as-of", "2027-03-01"] + options)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// `apg build` on real workspaces: nothing is written when there are errors, unless
/// `--force`; what is written is valid plan.json.
@Suite struct BuildCommandWorkspaceTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/build/\(name)").path
    }

    @Test func aWorkspaceWithErrorsWritesNothingAndExitsOne() async throws {
        let output = try BuildCommandTests.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = await APGMain.runCaptured(["build", Self.fixture("broken"), "--output", output.path, "--as-of", "2027-03-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing written"))
        #expect(result.stderr.contains("APG104") || result.stderr.contains("@jwebr"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("plan.json").path))
    }

    @Test func forceWritesTheOutputsButStillExitsOne() async throws {
        let output = try BuildCommandTests.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = await APGMain.runCaptured(["build", Self.fixture("broken"), "--output", output.path, "--as-of", "2027-03-01", "--force"])
        #expect(result.status == 1)
        let plan = try JSONParser.parse(String(contentsOf: output.appendingPathComponent("plan.json"), encoding: .utf8))
        let rules = plan["diagnostics"]?.arrayValue?.compactMap { $0["rule"]?.stringValue } ?? []
        #expect(rules.contains("APG100"))
        #expect(rules.contains("APG109"))
    }

    @Test func aCleanWorkspaceBuildsValidPlanJSON() async throws {
        let output = try BuildCommandTests.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        // --force: validation rules may find fault with this small plan; linking must not.
        let arguments = ["build", Self.fixture("clean"), "--output", output.path, "--as-of", "2027-03-01", "--force"]
        let result = await APGMain.runCaptured(arguments)
        #expect(result.status == 0 || !result.stderr.contains("APG1"), "\(result.stderr)")
        let planURL = output.appendingPathComponent("plan.json")
        let text = try String(contentsOf: planURL, encoding: .utf8)

        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas/plan.schema.json")
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8))
        let plan = try JSONParser.parse(text)
        let errors = validator.validate(plan)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let linkerFindings = plan["diagnostics"]?.arrayValue?.filter { $0["rule"]?.stringValue?.hasPrefix("APG1") == true } ?? []
        #expect(linkerFindings.isEmpty)
        #expect(plan["actions"]?.arrayValue?.map { $0["strategy"] } == ["S1.1", "S1.1", "S1.1"])
        #expect(plan["items"]?.arrayValue?.first?["source"]?["file"] == "de.md")

        // A second build over the same workspace is byte-identical.
        _ = await APGMain.runCaptured(arguments)
        #expect(try String(contentsOf: planURL, encoding: .utf8) == text)
    }
}

/// The bundled sample through `apg build`: its plan.json is valid against the committed
/// schema and carries every top-level key the plan format promises.
@Suite struct SamplePlanJSONTests {
    @Test func theSamplesPlanJSONIsValidAgainstTheSchema() async throws {
        let output = try BuildCommandTests.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let result = await APGMain.runCaptured(["build", CheckCommandTests.sample, "--output", output.path, "--as-of", "2026-11-26"])
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try JSONParser.parse(String(contentsOf: output.appendingPathComponent("plan.json"), encoding: .utf8))

        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas/plan.schema.json")
        let validator = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8))
        let errors = validator.validate(plan)
        #expect(errors.isEmpty, "\(errors.prefix(5))")

        guard case .object(let members) = plan else {
            Issue.record("plan.json is not an object")
            return
        }
        let keys = members.map(\.key)
        for key in ["version", "account", "sources", "team", "units", "stakeholders", "items", "vision", "goals",
                    "strategies", "tactics", "actions", "clusters", "diagnostics"] {
            #expect(keys.contains(key), "plan.json lacks '\(key)'")
        }
        // Every section of the sample reaches the plan.
        for key in ["team", "units", "stakeholders", "items", "goals", "strategies", "tactics", "actions", "clusters"] {
            #expect((plan[key]?.arrayValue?.count ?? 0) > 0, "plan.json has no \(key)")
        }
    }
}
