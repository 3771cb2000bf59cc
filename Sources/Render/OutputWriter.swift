import Foundation

/// Writes a set of output files so that readers never see a half-written one: each file
/// is written to a temporary sibling and renamed into place, and nothing is written at
/// all when any renderer failed before. Runs writing into one folder take turns
/// (`OutputFolderLock`), so the folder holds one run's files, not a mix of two.
public enum OutputWriter {
    public static func write(_ files: [OutputFile], to folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try OutputFolderLock.holding(folder) { try writeLocked(files, to: folder) }
    }

    private static func writeLocked(_ files: [OutputFile], to folder: URL) throws {
        let manager = FileManager.default
        var staged: [(temporary: URL, final: URL)] = []
        do {
            for file in files {
                let final = folder.appendingPathComponent(file.path)
                try manager.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = final.deletingLastPathComponent()
                    .appendingPathComponent(".\(final.lastPathComponent).apg-tmp")
                try Data(file.contents).write(to: temporary)
                staged.append((temporary, final))
            }
            for entry in staged {
                // rename(2) replaces an existing file atomically. FileManager.replaceItemAt
                // on Linux deletes the old file and then fails, losing the previous output.
                guard rename(entry.temporary.path, entry.final.path) == 0 else {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
            }
        } catch {
            for entry in staged { try? manager.removeItem(at: entry.temporary) }
            throw error
        }
    }
}
