import Foundation
import Frontend
import PlanModel

/// The guides this process parsed last, with their bytes: compiling the same workspace
/// again (each revision of `apg report --history`, each save under `apg watch` or the
/// language server) parses only the files whose bytes changed.
///
/// A parse depends on the file's path and bytes and on the workspace's `apg.yaml`
/// (vocabulary, fields), and nothing else, so an entry is used only for the same config.
/// It holds the last compilation's files only, so its memory is at most that of the
/// parses the compilation itself holds, and nothing when they exceed `capacity` bytes of
/// source.
final class RecentParses: @unchecked Sendable {
    static let shared = RecentParses()

    struct Entry {
        var bytes: [UInt8]
        var parsed: ParsedGuide
    }

    private let lock = NSLock()
    private let capacity: Int
    private var config: WorkspaceConfig?
    private var entries: [String: Entry] = [:]

    init(capacity: Int = 16 << 20) {
        self.capacity = capacity
    }

    /// The guides parsed for this config, by path; empty for another config.
    func entries(for config: WorkspaceConfig) -> [String: Entry] {
        lock.withLock { self.config == config ? entries : [:] }
    }

    /// Keeps a compilation's parses for the next one, in place of the last one's.
    func remember(_ parses: [String: Entry], for config: WorkspaceConfig) {
        let fits = parses.values.reduce(0) { $0 + $1.bytes.count } <= capacity
        lock.withLock {
            self.config = fits ? config : nil
            entries = fits ? parses : [:]
        }
    }
}
