import Foundation

/// Writes a set of output files so that readers never see a half-written one: each file
/// is written to a temporary sibling and renamed into place, and nothing is written at
/// all when any renderer failed before. Runs writing into one folder take turns
/// (`OutputFolderLock`), so the folder holds one run's files, not a mix of two.
///
/// No temporary file outlives the write: each is removed on every error path, and on
/// SIGINT or SIGTERM by `TemporaryFiles`; what a killed run (SIGKILL, power loss) left
/// is removed by the next write into the folder, which holds the lock and so knows that
/// no other run's temporary files are there.
public enum OutputWriter {
    /// `.NAME.apg-tmp` beside `NAME`.
    static let temporarySuffix = ".apg-tmp"

    public static func write(_ files: [OutputFile], to folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try OutputFolderLock.holding(folder) { try writeLocked(files, to: folder) }
    }

    private static func writeLocked(_ files: [OutputFile], to folder: URL) throws {
        let manager = FileManager.default
        var folders = [folder.standardizedFileURL.path]
        for file in files {
            let parent = folder.appendingPathComponent(file.path).deletingLastPathComponent().standardizedFileURL.path
            if !folders.contains(parent) { folders.append(parent) }
        }
        removeStaleTemporaryFiles(in: folders)

        var staged: [(temporary: URL, final: URL, entry: Int?)] = []
        defer {
            // Renamed ones are gone already; this removes the rest on any error.
            for item in staged {
                unlink(item.temporary.path)
                TemporaryFiles.unregister(item.entry)
            }
        }
        for file in files {
            let final = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = final.deletingLastPathComponent()
                .appendingPathComponent(".\(final.lastPathComponent)\(temporarySuffix)")
            // Registered before it exists, so that neither a failed write nor a signal
            // in the middle of one leaves it behind.
            staged.append((temporary, final, TemporaryFiles.register(temporary.path)))
            try Data(file.contents).write(to: temporary)
        }
        try TemporaryFiles.holdingSignals {
            for item in staged {
                // rename(2) replaces an existing file atomically. FileManager.replaceItemAt
                // on Linux deletes the old file and then fails, losing the previous output.
                guard rename(item.temporary.path, item.final.path) == 0 else {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
            }
        }
    }

    /// Removes `.*.apg-tmp` files a killed run left in `folders`.
    private static func removeStaleTemporaryFiles(in folders: [String]) {
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasPrefix(".") && name.hasSuffix(temporarySuffix) && name.count > temporarySuffix.count + 1 {
                unlink(folder + "/" + name)
            }
        }
    }
}
