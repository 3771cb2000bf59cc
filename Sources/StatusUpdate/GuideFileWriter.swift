import Foundation
import Render

/// How `fmt`, `fix` and `update` replace a guide: the new text goes to a temporary file
/// in the same folder (`.NAME.apg-UUID.tmp`), which is flushed to the disk, given the
/// old file's permissions and renamed over it. rename(2) is atomic, so a reader, a crash
/// or a SIGKILL never sees half a guide or an empty one: the old text or the new.
/// SIGINT and SIGTERM remove the temporary file (`TemporaryFiles`); what a SIGKILL left
/// is removed by the next run (`removeStaleTemporaryFiles`).
public enum GuideFileWriter {
    public static func replace(_ url: URL, with text: String) throws {
        let manager = FileManager.default
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).apg-\(UUID().uuidString).tmp")
        let entry = TemporaryFiles.register(temporary.path)
        defer {
            unlink(temporary.path)  // gone after the rename; on an error, never left behind
            TemporaryFiles.unregister(entry)
        }
        try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
        let handle = try FileHandle(forWritingTo: temporary)
        try handle.synchronize()
        try handle.close()
        if let permissions = try? manager.attributesOfItem(atPath: url.path)[.posixPermissions] {
            try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Whether `name` is a temporary file this writer (or an earlier version of it) makes.
    public static func isTemporaryFileName(_ name: String) -> Bool {
        guard name.hasPrefix(".") else { return false }
        if name.hasSuffix(".apg-update-tmp") { return true }
        guard name.hasSuffix(".tmp"), let marker = name.range(of: ".apg-", options: .backwards) else { return false }
        let uuid = name[marker.upperBound...].dropLast(4)
        return UUID(uuidString: String(uuid)) != nil
    }

    /// Removes the temporary files a killed run left beside the guides in `folders`.
    /// Returns how many there were.
    @discardableResult
    public static func removeStaleTemporaryFiles(in folders: [URL]) -> Int {
        var removed = 0
        for folder in Set(folders.map(\.standardizedFileURL)) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where isTemporaryFileName(name) {
                if unlink(folder.appendingPathComponent(name).path) == 0 { removed += 1 }
            }
        }
        return removed
    }
}
