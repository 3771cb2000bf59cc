import APGTestSupport
import Compiler
import Foundation
import Testing

@Suite("Follow-up git access")
struct FollowUpGitTests {
    @Test("materializes the workspace's files at a revision, relative to the workspace")
    func materialize() throws {
        let repository = try ScratchRepository()
        try repository.write("accounts/bosch/global.md", "first\n")
        try repository.write("accounts/bosch/sub/de.md", "guten tag\n")
        try repository.write("accounts/other/us.md", "not ours\n")
        let first = try repository.commit("first", date: "2027-01-05")
        try repository.write("accounts/bosch/global.md", "second\n")
        try repository.remove("accounts/bosch/sub/de.md")
        try repository.commit("second", date: "2027-02-05")

        let git = try GitRepository(containing: repository.root.appendingPathComponent("accounts/bosch"))
        #expect(git.prefix == "accounts/bosch/")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = try git.materialize(commit: try git.commit(for: String(first.prefix(10))), into: folder)
        #expect(count == 2)
        #expect(try String(contentsOf: folder.appendingPathComponent("global.md"), encoding: .utf8) == "first\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("sub/de.md"), encoding: .utf8) == "guten tag\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("us.md").path))
    }

    @Test("lists the revisions that touched the workspace, newest first, with their dates")
    func log() throws {
        let repository = try ScratchRepository()
        try repository.write("ws/global.md", "one\n")
        try repository.commit("one", date: "2027-01-05")
        try repository.write("elsewhere.md", "x\n")
        try repository.commit("elsewhere", date: "2027-01-06")
        try repository.write("ws/global.md", "two\n")
        let second = try repository.commit("two", date: "2027-02-05")

        let git = try GitRepository(containing: repository.root.appendingPathComponent("ws"))
        let revisions = try git.log(limit: 5)
        #expect(revisions.map(\.date) == ["2027-02-05", "2027-01-05"])
        #expect(revisions.first?.hash == second)
        #expect(try git.log(limit: 1).count == 1)
    }

    @Test("an unknown revision and a folder outside git are clear errors")
    func errors() throws {
        let repository = try ScratchRepository()
        try repository.write("global.md", "one\n")
        try repository.commit("one", date: "2027-01-05")
        let git = try GitRepository(containing: repository.root)
        #expect(git.prefix == "")
        #expect(throws: GitError.unknownRevision("no-such-tag", repository: git.topLevel.path)) { try git.commit(for: "no-such-tag") }
        #expect(throws: GitError.self) { try git.commit(for: "--all") }

        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("apg-not-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        #expect(throws: GitError.notAWorkTree(outside.path)) { try GitRepository(containing: outside) }
    }
}
