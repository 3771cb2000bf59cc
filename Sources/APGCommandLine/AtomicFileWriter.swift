import Foundation

/// Replaces a file's contents all at once: the new text goes to a temporary file in the
/// same folder, which gets the old file's permissions and is then renamed over it, so a
/// reader (or a crash) never sees half a guide. Used by `fmt` and `fix`.
enum AtomicFileWriter {
    static func replace(_ url: URL, with text: String) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).apg-\(UUID().uuidString).tmp")
        let files = FileManager.default
        do {
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
            if let permissions = try? files.attributesOfItem(atPath: url.path)[.posixPermissions] {
                try files.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw CommandFailure("cannot replace '\(url.path)': \(String(cString: strerror(errno)))")
            }
        } catch let failure as CommandFailure {
            try? files.removeItem(at: temporary)
            throw failure
        } catch {
            try? files.removeItem(at: temporary)
            throw CommandFailure("cannot write '\(url.path)': \(error.localizedDescription)")
        }
    }
}
