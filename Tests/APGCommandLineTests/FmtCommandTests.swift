import APGCommandLine
import Foundation
import Testing

/// `fmt` as a command: in place, `--check`, `--diff`.
@Suite struct FmtCommandTests {
    static let unformatted = """
        ---
        account: Acme
        country: DE
        language: de
        ---

        ## Maßnahmen
        * [ ] DE-A1: Technologietag
            * Owner: @mfischer
            * Due: 15.02.2027

        """

    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-fmt-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "account: Acme\n".write(to: root.appendingPathComponent("apg.yaml"), atomically: true, encoding: .utf8)
        try unformatted.write(to: root.appendingPathComponent("de.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func checkListsTheFilesAndExitsOneWithoutWriting() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = await APGMain.runCaptured(["fmt", root.path, "--check"])
        #expect(result.status == 1)
        #expect(result.stdout == "de.md\n")
        #expect(try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8) == Self.unformatted)
    }

    @Test func diffPrintsAUnifiedDiff() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = await APGMain.runCaptured(["fmt", root.path, "--diff"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("--- a/de.md\n+++ b/de.md\n@@ -5,6 +5,6 @@\n"), "\(result.stdout)")
        #expect(result.stdout.contains("\n-    * Owner: @mfischer\n"))
        #expect(result.stdout.contains("\n+  - Verantwortlich: @mfischer\n"))
        #expect(result.stdout.contains("\n+  - Fällig: 2027-02-15\n"))
        #expect(try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8) == Self.unformatted)
    }

    @Test func formatsInPlaceKeepingPermissionsAndThenHasNothingToDo() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let guide = root.appendingPathComponent("de.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: guide.path)
        let result = await APGMain.runCaptured(["fmt", root.path])
        #expect(result.status == 0)
        #expect(result.stdout == "formatted de.md\n")
        let text = try String(contentsOf: guide, encoding: .utf8)
        #expect(text.hasSuffix("## Maßnahmen\n- [ ] DE-A1: Technologietag\n  - Verantwortlich: @mfischer\n  - Fällig: 2027-02-15\n"))
        let permissions = try FileManager.default.attributesOfItem(atPath: guide.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["apg.yaml", "de.md"])
        #expect(await APGMain.runCaptured(["fmt", root.path, "--check"]).status == 0)
        #expect(await APGMain.runCaptured(["fmt", guide.path, "--check"]).status == 0)
    }

    /// Formatting the sample changes no fact of the plan: the plan compiled from the
    /// formatted copy has the same diagnostics as the original.
    @Test func formattingTheSampleKeepsItsDiagnostics() async throws {
        let sample = NewWorkspaceTests.repository.appendingPathComponent("samples/kessler")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("apg-fmt-sample-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: sample, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let before = await APGMain.runCaptured(["check", copy.path, "--format", "short", "--as-of", "2026-11-20"])
        #expect(await APGMain.runCaptured(["fmt", copy.path]).status == 0)
        let after = await APGMain.runCaptured(["check", copy.path, "--format", "short", "--as-of", "2026-11-20"])
        let codes: (String) -> [String] = { $0.split(separator: "\n").map { line in String(line.split(separator: ":").dropFirst(3).joined(separator: ":")) } }
        #expect(codes(after.stdout) == codes(before.stdout))
        #expect(after.status == before.status)
    }
}
