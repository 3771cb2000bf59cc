/// Which pairs of items are worth scoring. Few items: all pairs. Many: only pairs that
/// share a title word, code, trigram or product (an inverted index), leaving out tokens so
/// common that they would pair nearly everything and say little anyway. Work and memory
/// stay proportional to the number of items times the (bounded) posting length.
enum CandidatePairs {
    static func find(_ profiles: [ItemProfile], limit: Int) -> [Pair] {
        let count = profiles.count
        guard count > 1 else { return [] }
        if count <= limit {
            var pairs: [Pair] = []
            pairs.reserveCapacity(count * (count - 1) / 2)
            for a in 0..<count {
                for b in (a + 1)..<count { pairs.append(Pair(a, b)) }
            }
            return pairs
        }

        var postings: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            var keys = profile.title.words.union(profile.title.anchors).union(profile.title.grams)
            keys.formUnion(profile.products.map { "product:" + $0 })
            for key in keys { postings[key, default: []].append(index) }
        }
        let longest = max(32, Int(Double(count).squareRoot()) * 4)
        var pairs: Set<Pair> = []
        for key in postings.keys.sorted() {
            guard let list = postings[key], list.count > 1, list.count <= longest else { continue }
            for (position, a) in list.enumerated() {
                for b in list[(position + 1)...] { pairs.insert(Pair(a, b)) }
            }
        }
        return pairs.sorted()
    }
}
