import APGCommandLine
import Foundation
import Testing

/// `watch`: a build at start and one per change, with a self-reloading pack.
@Suite struct WatchCommandTests {
    // Generous: only a watch that never rebuilds reaches it, also on a loaded machine.
    @Test(.timeLimit(.minutes(3)))
    func rebuildsAfterAChangeAndThePackReloadsItself() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-watch-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(await APGMain.runCaptured(["init", root.path, "--account", "Acme"]).status == 0)
        let output = root.appendingPathComponent("out")
        let pack = output.appendingPathComponent("workshop-pack.html")
        let watch = Task { await APGMain.runCaptured(["watch", root.path, "-o", output.path, "--max-builds", "2", "--as-of", "2026-11-20"]) }
        // Wait for the first build, then change the vision.
        for _ in 0..<1200 where !FileManager.default.fileExists(atPath: pack.path) { try await Task.sleep(for: .milliseconds(100)) }
        let first = try String(contentsOf: pack, encoding: .utf8)
        #expect(first.contains("<meta http-equiv=\"refresh\""))
        try await Task.sleep(for: .milliseconds(50))
        let global = root.appendingPathComponent("global.md")
        let text = try String(contentsOf: global, encoding: .utf8)
        try text.replacingOccurrences(of: "## Vision\n", with: "## Vision\n\nThe preferred power partner of Acme.\n")
            .write(to: global, atomically: true, encoding: .utf8)
        let result = await watch.value
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("watching"))
        #expect(result.stderr.components(separatedBy: "wrote ").count == 3, "\(result.stderr)")
        #expect(try String(contentsOf: pack, encoding: .utf8).contains("The preferred power partner of Acme."))
        // A plain build has no reload.
        #expect(await APGMain.runCaptured(["build", root.path, "-o", output.path, "--as-of", "2026-11-20"]).status == 0)
        #expect(!(try String(contentsOf: pack, encoding: .utf8)).contains("http-equiv=\"refresh\""))
    }
}
