import APGTestSupport
import Foundation
import Frontend
import StatusUpdate
import Testing

/// `apg fmt` killed with SIGKILL part-way through rewriting many guides: every guide is
/// byte for byte the old or the new version, never a mix or empty, and the next run
/// leaves no temporary file behind. (`fix` and `update` write through the same
/// `GuideFileWriter`.)
@Suite(.serialized) struct InterruptedWriteTests {
    static let guideCount = 200

    static func oldGuide(_ index: Int) -> String {
        var text = "---\naccount: Interrupted\ncountry: DE\nlanguage: en\n---\n# Guide \(index)\n## Actions\n"
        for action in 1...40 {
            text += "* [ ] G\(index)-A\(action): Visit plant \(action) of guide \(index)\n    * Owner: @owner\(action)\n    * Due:   2027-03-01\n"
        }
        return text
    }

    static func makeWorkspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-interrupted-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ws"), withIntermediateDirectories: true)
        for index in 1...guideCount {
            let url = folder.appendingPathComponent(String(format: "ws/g%03d.md", index))
            try Data(oldGuide(index).utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        }
        return folder
    }

    /// How many guides are old and new; a guide that is neither fails the test.
    static func census(_ folder: URL) throws -> (old: Int, new: Int, temporary: [String]) {
        let formatter = GuideFormatter()
        var old = 0, new = 0
        for index in 1...guideCount {
            let url = folder.appendingPathComponent(String(format: "ws/g%03d.md", index))
            let text = try String(contentsOf: url, encoding: .utf8)
            if text == oldGuide(index) {
                old += 1
            } else if text == formatter.format(oldGuide(index)) {
                new += 1
                let permissions = (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue
                #expect(permissions == 0o640, "g\(index): permissions \(String(permissions ?? 0, radix: 8))")
            } else {
                Issue.record("g\(index) is neither the old nor the new version (\(text.utf8.count) bytes)")
            }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ws").path)
        return (old, new, names.filter(GuideFileWriter.isTemporaryFileName))
    }

    @Test func aGuideIsTheOldOrTheNewVersionWhereverFmtIsKilled() async throws {
        // How long a whole run takes here, to kill the others part-way.
        let reference = try Self.makeWorkspace()
        defer { try? FileManager.default.removeItem(at: reference) }
        let full = try await ApgProcess.run(["fmt", "ws"], in: reference, timeout: 300)
        #expect(full.status == 0, "\(full.stderr)")
        #expect(try Self.census(reference).new == Self.guideCount)

        // The kill moves later when it came before the first write and earlier when it
        // came after the last, so that on a loaded machine most kills land mid-run.
        var killedMidway = 0
        var delay = full.seconds * 0.5
        for _ in 1...5 {
            let folder = try Self.makeWorkspace()
            defer { try? FileManager.default.removeItem(at: folder) }
            let running = try ApgProcess.start(["fmt", "ws"], in: folder)
            try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
            running.kill(SIGKILL)
            _ = await running.wait(timeout: 60)
            let killed = try Self.census(folder)
            if killed.old > 0 && killed.new > 0 {
                killedMidway += 1
            } else {
                delay *= killed.new == 0 ? 1.5 : 0.6
            }

            let again = try await ApgProcess.run(["fmt", "ws"], in: folder, timeout: 300)
            #expect(again.status == 0, "\(again.stderr)")
            let after = try Self.census(folder)
            #expect(after.new == Self.guideCount)
            #expect(after.temporary.isEmpty, "left behind: \(after.temporary)")
        }
        // Without one kill between the first and the last write the test proves little.
        #expect(killedMidway > 0, "no kill landed while fmt was writing")
    }

    @Test func theNextRunRemovesTheTemporaryFilesAKilledRunLeft() async throws {
        let folder = try Self.makeWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stale = [".g001.md.apg-\(UUID().uuidString).tmp", ".g002.md.apg-update-tmp"]
        for name in stale { try Data("half a gu".utf8).write(to: folder.appendingPathComponent("ws/" + name)) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("ws/.notes.tmp"))
        let outcome = try await ApgProcess.run(["fmt", "ws"], in: folder, timeout: 300)
        #expect(outcome.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ws").path)
        #expect(names.filter(GuideFileWriter.isTemporaryFileName).isEmpty)
        #expect(names.contains(".notes.tmp"), "a file apg did not make stays")
    }
}
