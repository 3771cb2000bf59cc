import APGCommandLine
import Foundation
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

    @Test func anEmptyWorkspaceFailsTheCheck() async throws {
        let root = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("# Read me\n".utf8).write(to: root.appendingPathComponent("README.md"))
        let check = await APGMain.runCaptured(["check", root.path, "--format", "short"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("APG111"))
    }
}
