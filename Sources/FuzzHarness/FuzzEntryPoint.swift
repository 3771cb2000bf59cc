import Foundation

/// What a `LLVMFuzzerTestOneInput` does: copies libFuzzer's bytes, runs one harness to
/// the end on the calling thread, and traps on a finding so that libFuzzer saves the input.
public enum FuzzEntryPoint {
    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, _ harness: @escaping @Sendable ([UInt8]) async -> FuzzFinding?) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        // libFuzzer calls on its own thread, never on the cooperative pool: waiting is safe.
        Task.detached {
            outcome.finding = await harness(bytes)
            done.signal()
        }
        done.wait()
        if let finding = outcome.finding {
            fatalError("fuzz finding: \(finding)")
        }
        return 0
    }

    private final class Outcome: @unchecked Sendable {
        var finding: FuzzFinding?
    }
}
