import Foundation
import Testing
@testable import Frontend

/// `Workspace.load(overlay:)`: an editor's unsaved texts over the files on disk.
@Suite struct WorkspaceOverlayTests {
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-overlay-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
        try "---\naccount: A\n---\n".write(to: root.appendingPathComponent("global.md"), atomically: true, encoding: .utf8)
        try "".write(to: root.appendingPathComponent("out/\(Workspace.outputMarkerName)"), atomically: true, encoding: .utf8)
        try "ignore: [drafts/]\n".write(to: root.appendingPathComponent("apg.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func overlaidTextsReplaceAndAddGuides() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace.load(root: root, overlay: [
            "global.md": Array("---\naccount: B\n---\n".utf8),
            "de.md": Array("---\naccount: B\ncountry: DE\n---\n".utf8),
            "README.md": Array("# readme".utf8),
            "drafts/x.md": Array("x".utf8),
            "out/workshop-pack.md": Array("pack".utf8),
            ".hidden/y.md": Array("y".utf8),
            "notes.txt": Array("n".utf8),
        ])
        #expect(workspace.files.map(\.path) == ["de.md", "global.md"])
        #expect(workspace.files.last.map { String(decoding: $0.bytes, as: UTF8.self) } == "---\naccount: B\n---\n")
    }

    @Test func anOverlaidConfigIsRead() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace.load(root: root, overlay: ["apg.yaml": Array("account: Edited\n".utf8)])
        #expect(workspace.config.account == "Edited")
        #expect(workspace.config.ignore.isEmpty)
    }
}
