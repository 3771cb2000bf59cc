import Foundation

/// Which pairs of items are worth scoring. Few items (up to `blocking-limit`): all pairs.
/// Many: only pairs that share a title word, code, trigram, concept, quantity or product
/// (an inverted index),
/// with two bounds that keep work and memory proportional to the number of items:
///
/// - A token more than `longestPosting` items share is left out. Such a token (`supply`,
///   `2028`, a trigram like `#ion`) pairs nearly everything and, with its low IDF weight,
///   adds little to any score; what makes two items the same concern is the rarer tokens
///   they share. Up to 4,096 items the bound is `max(32, 4·√n)`, as before; above, it stays
///   at 256 so that the pairs a token yields do not grow with the account.
/// - Each item keeps its `perItem` best candidates, ranked by the summed IDF weight of the
///   tokens they share (rarest first), ties by index; a pair is scored when either item
///   keeps the other. 64 is more than a realistic account's items (~50), so the bound only
///   bites on synthetic or exceptional inputs.
enum CandidatePairs {
    static let perItem = 64
    static let maxPosting = 256

    static func longestPosting(count: Int) -> Int {
        min(maxPosting, max(32, Int(Double(count).squareRoot()) * 4))
    }

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
            // What translations share: concepts and quantities.
            keys.formUnion(profile.meaning.filter { !$0.hasPrefix(TitleVectors.restPrefix) })
            for key in keys { postings[key, default: []].append(index) }
        }
        // Useful tokens only, in sorted order (so that sums below add up in a fixed order),
        // each with its IDF weight; per item, the tokens it has.
        let longest = longestPosting(count: count)
        var lists: [[Int]] = []
        var weights: [Double] = []
        var tokensOf = [[Int]](repeating: [], count: count)
        for key in postings.keys.sorted() {
            guard let list = postings[key], list.count > 1, list.count <= longest else { continue }
            for index in list { tokensOf[index].append(lists.count) }
            weights.append(log(1 + Double(count) / Double(list.count)))
            lists.append(list)
        }
        postings = [:]

        var pairs: [Pair] = []
        var shared = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for a in 0..<count {
            for token in tokensOf[a] {
                for b in lists[token] where b != a {
                    if shared[b] == 0 { touched.append(b) }
                    shared[b] += weights[token]
                }
            }
            if touched.count > perItem {
                touched.sort { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : $0 < $1 }
                for b in touched[perItem...] { shared[b] = 0 }
                touched.removeSubrange(perItem...)
            }
            for b in touched {
                pairs.append(Pair(a, b))
                shared[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        pairs.sort()
        var unique: [Pair] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        return unique
    }
}
