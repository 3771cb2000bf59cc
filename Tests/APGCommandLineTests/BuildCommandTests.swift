import APGCommandLine
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
}
