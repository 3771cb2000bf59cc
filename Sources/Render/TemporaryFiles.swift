import Foundation

/// The temporary files of the writes under way, where a signal handler can reach them: a
/// table of C strings allocated once, which the handler reads without allocating or
/// locking. On SIGINT or SIGTERM the handler unlinks every file in the table and then
/// lets the signal end the process as it would have; while a write renames its files into
/// place the signal waits, so that a folder never keeps half of one run's new files beside
/// half of the old ones. (A SIGKILL cannot be caught: the
/// next write into the folder removes what such a run left, see `OutputWriter`.)
public enum TemporaryFiles {
    static let capacity = 256
    /// Bytes per entry, the terminating NUL included; a longer path is not registered.
    static let entrySize = 1024

    nonisolated(unsafe) fileprivate static let table: UnsafeMutablePointer<CChar> = {
        let table = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * entrySize)
        table.initialize(repeating: 0, count: capacity * entrySize)
        return table
    }()
    /// [0]: how many writes are renaming; [1]: a signal that arrived meanwhile.
    nonisolated(unsafe) fileprivate static let signalState: UnsafeMutablePointer<Int32> = {
        let state = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
        state.initialize(repeating: 0, count: 2)
        return state
    }()
    private static let mutex = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Records `path` until `unregister`; nil when the table is full or the path too long.
    public static func register(_ path: String) -> Int? {
        mutex.lock()
        defer { mutex.unlock() }
        installHandlersOnce()
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count < entrySize, !bytes.contains(0) else { return nil }
        for entry in 0..<capacity where table[entry * entrySize] == 0 {
            let start = table + entry * entrySize
            // The first byte last: the handler skips an entry whose first byte is NUL, so
            // it never reads half a path.
            for offset in 1..<bytes.count { start[offset] = CChar(bitPattern: bytes[offset]) }
            start[bytes.count] = 0
            start[0] = CChar(bitPattern: bytes[0])
            return entry
        }
        return nil
    }

    public static func unregister(_ entry: Int?) {
        guard let entry else { return }
        mutex.lock()
        defer { mutex.unlock() }
        table[entry * entrySize] = 0
    }

    /// Runs `body` (the renames of one write) with SIGINT and SIGTERM held back; one that
    /// arrived meanwhile takes effect after the last such write.
    static func holdingSignals<Result>(_ body: () throws -> Result) rethrows -> Result {
        mutex.lock()
        installHandlersOnce()
        signalState[0] += 1
        mutex.unlock()
        defer {
            mutex.lock()
            signalState[0] -= 1
            let pending = signalState[0] == 0 ? signalState[1] : 0
            mutex.unlock()
            if pending != 0 { removeTemporaryFilesAndDie(pending) }
        }
        return try body()
    }

    private static func installHandlersOnce() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        _ = (table, signalState)  // allocated here, never in the handler
        for signalNumber in [SIGINT, SIGTERM] {
            var previous = sigaction()
            sigaction(signalNumber, nil, &previous)
            // A signal the parent told us to ignore (`nohup`, `&` in a script) stays ignored.
            if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == 1 { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = removeTemporaryFilesAndDie
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signalNumber, &action, nil)
        }
    }
}

/// Only async-signal-safe calls: unlink(2), then the default action of the signal.
private func removeTemporaryFilesAndDie(_ signalNumber: Int32) {
    let state = TemporaryFiles.signalState
    if state[0] > 0 {
        // A write is renaming: it calls this again when it is done.
        state[1] = signalNumber
        return
    }
    let table = TemporaryFiles.table
    for entry in 0..<TemporaryFiles.capacity {
        let start = table + entry * TemporaryFiles.entrySize
        if start[0] != 0 { unlink(start) }
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
