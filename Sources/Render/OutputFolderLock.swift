import Foundation

/// An exclusive `flock(2)` on `.apg-output.lock` inside an output folder, held while a
/// build or report writes there: two runs into one folder take turns, so the folder
/// always holds one run's complete set of files, never a mix. The lock file stays (it is
/// hidden, and empty); the lock itself goes with the process, however it ends.
enum OutputFolderLock {
    static let fileName = ".apg-output.lock"

    /// Runs `body` once no other run writes to `folder`, and lets the next one in after.
    static func holding<Result>(_ folder: URL, _ body: () throws -> Result) throws -> Result {
        let path = folder.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
