import Foundation

/// Writes a set of output files so that readers never see a half-written one: each file
/// is written to a temporary sibling and renamed into place, and nothing is written at
/// all when any renderer failed before.
///
/// Every folder written also gets a small marker file (`markerName`, the name the
/// workspace reader looks for), so that an output folder inside the workspace is never
/// read back as guides.
public enum OutputWriter {
    /// Must equal `Workspace.outputMarkerName` (a test checks it; Render cannot see Frontend).
    public static let markerName = ".apg-output"
    static let marker = OutputFile(
        path: markerName,
        contents: Array("Written by apg. apg check, build and report skip a folder holding this file.\n".utf8)
    )

    public static func write(_ files: [OutputFile], to folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var staged: [(temporary: URL, final: URL)] = []
        do {
            for file in files + [marker] {
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
