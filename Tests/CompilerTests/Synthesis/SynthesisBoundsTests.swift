@testable import Compiler
import PlanModel
import Testing

/// The bounds that keep synthesis linear on large accounts, and the bookkeeping that
/// replaced quadratic rescans, checked for the results they must not change.
@Suite struct SynthesisBoundsTests {
    private typealias F = SynthesisFixtures

    /// 600 items whose titles share a handful of tokens: without the per-item bound every
    /// item would be paired with over a hundred others.
    @Test func candidatesPerItemAreBounded() {
        let items = (0..<600).map { index in
            F.item("I-\(index)", "Supply issue \(index % 40) for part P\(index % 13) at site \(index % 15)")
        }
        let profiles = ItemProfile.prepared(items).profiles
        let pairs = CandidatePairs.find(profiles, limit: 50)
        #expect(!pairs.isEmpty)
        #expect(pairs.count <= profiles.count * CandidatePairs.perItem)
        #expect(pairs == pairs.sorted() && Set(pairs).count == pairs.count)
    }

    @Test func postingBoundIsTheFormerOneUpToItsCap() {
        #expect(CandidatePairs.longestPosting(count: 65) == 32)
        #expect(CandidatePairs.longestPosting(count: 1100) == 132)
        #expect(CandidatePairs.longestPosting(count: 100_000) == CandidatePairs.maxPosting)
    }

    @Test func mergeHistoryListsStepsAsRepeatedConcatenationWould() {
        func step(_ first: Int, _ second: Int) -> MergeStep {
            MergeStep(first: first, second: second, cause: .sameAs(declaredOn: first))
        }
        var history = MergeHistory()
        var sets = DisjointSets(count: 8)
        var expected: [Int: [MergeStep]] = [:]
        // (A, B): steps(A) + steps(B) + [step], whichever root survives.
        for (a, b) in [(0, 1), (3, 2), (5, 4), (2, 0), (4, 2), (7, 6)] {
            let rootA = sets.find(a)
            let rootB = sets.find(b)
            let joined = (expected.removeValue(forKey: rootA) ?? []) + (expected.removeValue(forKey: rootB) ?? []) + [step(a, b)]
            let root = sets.union(rootA, rootB)
            history.join(rootA, rootB, into: root, step: step(a, b))
            expected[root] = joined
        }
        #expect(history.flattened(roots: sets.roots) == expected)
        #expect(sets.roots == [0, 6])
        #expect(sets.members(of: 0).sorted() == [0, 1, 2, 3, 4, 5])
    }

    @Test func largeClustersAreSampledEvenly() {
        let small = Array(0..<ItemClusterer.samplePerSide)
        #expect(ItemClusterer.sample(small) == small)
        let large = Array((0..<1000).reversed())
        let sample = ItemClusterer.sample(large)
        #expect(sample.count == ItemClusterer.samplePerSide)
        #expect(Set(sample).count == sample.count)
        #expect(sample.first == 999 && (sample.last ?? 0) < 50)
        // Two clusters of an account of 50 items never reach the sample.
        #expect(25 * 25 <= ItemClusterer.exactPairs)
    }
}
