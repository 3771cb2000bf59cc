import Foundation

/// "checking accounts: 12/200" on one line of a terminal's stderr, redrawn in place,
/// while a portfolio run lasts longer than `delay`; erased when the run ends, so that
/// what the command prints afterwards stands alone. Disabled, it prints nothing.
final class ProgressLine: @unchecked Sendable {
    private let console: Console
    private let label: String
    private let total: Int
    private let enabled: Bool
    private let delay: Duration
    private let clock = ContinuousClock()
    private let lock = NSLock()
    private var started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var done = 0
    private var finished = false
    private var ticker: Task<Void, Never>?

    /// Shown only on a terminal and without `--quiet`: a log file or a pipe gets no
    /// carriage returns.
    static func isWanted(on console: Console, quiet: Bool) -> Bool {
        !quiet && console === Console.standard && isatty(STDERR_FILENO) == 1
    }

    init(console: Console, label: String, total: Int, enabled: Bool, delay: Duration = .seconds(1)) {
        self.console = console
        self.label = label
        self.total = total
        self.enabled = enabled
        self.delay = delay
        self.started = clock.now
    }

    /// Starts the clock; the line appears after `delay` even if no account has finished.
    func start() {
        guard enabled else { return }
        lock.withLock { started = clock.now }
        let delay = self.delay
        ticker = Task { [weak self] in
            try? await Task.sleep(for: delay)
            self?.draw(force: false)
        }
    }

    func accountFinished() {
        guard enabled else { return }
        lock.withLock { done += 1 }
        draw(force: false)
    }

    func finish() {
        guard enabled else { return }
        ticker?.cancel()
        lock.withLock {
            finished = true
            if lastDrawn != nil { console.error("\r\u{1B}[K") }
        }
    }

    private func draw(force: Bool) {
        lock.withLock {
            let now = clock.now
            guard !finished, now - started >= delay else { return }
            // A few redraws a second are enough for the eye, and cheap for a fast run.
            if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
            lastDrawn = now
            console.error("\r\u{1B}[K\(label): \(done)/\(total)")
        }
    }
}
