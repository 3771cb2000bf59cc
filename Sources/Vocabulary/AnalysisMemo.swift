import Foundation

/// The texts a lexicon has analyzed lately, with what it found: a process that compiles
/// the same account again (`apg report --history`, `apg watch`, the language server)
/// looks up the titles, themes and products that did not change instead of matching
/// them against 30,000 phrases again.
///
/// Bounded: two generations of at most `capacity` texts each. When the newer one is full
/// it becomes the older one and the oldest texts are dropped; a hit in the older one moves
/// the text to the newer. So memory stays flat over a portfolio of distinct accounts, and
/// the texts of the account being compiled stay. Shared by the copies of a lexicon, and
/// safe to use from several threads; a lexicon with other contents gets a memo of its own.
final class AnalysisMemo: @unchecked Sendable {
    typealias Analysis = (concepts: [String], rest: [String])

    private struct Key: Hashable {
        var text: String
        var language: String?
    }

    private let lock = NSLock()
    private let capacity: Int
    private var newer: [Key: Analysis] = [:]
    private var older: [Key: Analysis] = [:]

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func analysis(of text: String, language: String?, orCompute compute: () -> Analysis) -> Analysis {
        let key = Key(text: text, language: language)
        if let known = lookUp(key) { return known }
        // Computed outside the lock: two threads may both compute a text, and both get the
        // same answer.
        let computed = compute()
        lock.withLock { store(computed, for: key) }
        return computed
    }

    private func lookUp(_ key: Key) -> Analysis? {
        lock.withLock {
            if let known = newer[key] { return known }
            guard let known = older[key] else { return nil }
            store(known, for: key)
            return known
        }
    }

    /// Called with the lock held.
    private func store(_ analysis: Analysis, for key: Key) {
        if newer.count >= capacity {
            older = newer
            newer = [:]
        }
        newer[key] = analysis
    }

    /// How many texts the memo holds, for tests.
    var count: Int { lock.withLock { newer.count + older.count } }
}
