import Foundation
import Frontend
import PlanModel

/// A workspace made from a fuzzer's bytes, without touching the disk: the bytes are split
/// on the record separator (0x1E) into `apg.yaml` (the first part; none when it is empty)
/// and up to eight guides, `g1.md` … `g8.md`. The seeds are real workspaces joined so.
public struct FuzzWorkspace: Sendable {
    public static let separator: UInt8 = 0x1E
    public static let maximumGuides = 8

    public var configBytes: [UInt8]?
    public var guides: [(path: String, bytes: [UInt8])]

    public init(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: Self.separator, maxSplits: Self.maximumGuides, omittingEmptySubsequences: false)
        configBytes = parts.first.flatMap { $0.isEmpty ? nil : Array($0) }
        guides = parts.dropFirst().enumerated().map { ("g\($0.offset + 1).md", Array($0.element)) }
    }

    public init(configBytes: [UInt8]?, guides: [(path: String, bytes: [UInt8])]) {
        self.configBytes = configBytes
        self.guides = guides
    }

    /// The same workspace as the bytes `init` reads.
    public var bytes: [UInt8] {
        var joined = configBytes ?? []
        for guide in guides { joined += [Self.separator] + guide.bytes }
        return joined
    }

    /// The workspace as `Workspace.load` would have read it from a folder. The root is a
    /// path that does not exist: nothing below reads it.
    public func workspace(droppingLastGuide: Bool = false) -> Workspace {
        let read = configBytes.map(Workspace.readConfig)
        let files = droppingLastGuide ? Array(guides.dropLast()) : guides
        return Workspace(
            root: URL(fileURLWithPath: "/nonexistent/apg-fuzz-workspace"),
            config: read?.config ?? WorkspaceConfig(),
            configSource: read?.source,
            files: files,
            diagnostics: read?.diagnostics ?? [])
    }
}
