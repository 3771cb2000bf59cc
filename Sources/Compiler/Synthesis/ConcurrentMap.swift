import Foundation

extension Array where Element: Sendable {
    /// `map` in chunks on every core, results in the original order; serial for short
    /// arrays, where handing work to threads costs more than it saves. `transform` must
    /// not depend on the order it is called in.
    func concurrentMap<Mapped: Sendable>(minimumCount: Int = 256, _ transform: @escaping @Sendable (Element) -> Mapped) -> [Mapped] {
        let chunkCount = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(1, minimumCount / 2))
        guard count >= minimumCount, chunkCount > 1 else { return map(transform) }
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let results = ChunkResults<Mapped>(count: chunkCount)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * chunkSize)..<Swift.min(elements.count, (chunk + 1) * chunkSize)
            results.store(elements[range].map(transform), at: chunk)
        }
        return results.joined()
    }
}

/// The chunks of a `concurrentMap`, each stored once by the thread that computed it.
private final class ChunkResults<Mapped>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Mapped]]

    init(count: Int) {
        chunks = Array(repeating: [], count: count)
    }

    func store(_ chunk: [Mapped], at index: Int) {
        lock.withLock { chunks[index] = chunk }
    }

    func joined() -> [Mapped] {
        lock.withLock { Array(chunks.joined()) }
    }
}
