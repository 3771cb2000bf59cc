import Frontend

/// `--shard K/N`: share K (1-based) of N of a portfolio's accounts, so that N CI jobs
/// together check every account exactly once.
///
/// The shares are balanced by size: accounts are taken largest first (ties by folder
/// name) and each goes to the share with the fewest bytes so far (ties: the lowest
/// share). Every job computes the same assignment from the same files, whatever order
/// the file system lists them in.
struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    let index: Int
    let count: Int

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `K/N`; the failure is the message for the command line.
    static func parse(_ text: String) -> Result<Shard, ShardSyntaxError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return .failure(ShardSyntaxError(message: "--shard takes K/N, share K of N with 1 ≤ K ≤ N (such as 2/4), not '\(text)'"))
        }
        return .success(Shard(index: index, count: count))
    }

    var description: String { "\(index)/\(count)" }

    /// This share's accounts, in folder order.
    func select(_ accounts: [Portfolio.Account]) -> [Portfolio.Account] {
        let shares = Self.assign(accounts.map { (name: $0.folder, size: $0.size) }, shares: count)
        let mine = Set(shares[index - 1])
        return accounts.filter { mine.contains($0.folder) }
    }

    /// The folder names of each share (index 0 is share 1), each share in folder order.
    static func assign(_ accounts: [(name: String, size: Int)], shares count: Int) -> [[String]] {
        let order = accounts.sorted { a, b in
            a.size != b.size ? a.size > b.size : Portfolio.bytewise(a.name, b.name)
        }
        var totals = [Int](repeating: 0, count: count)
        var shares = [[String]](repeating: [], count: count)
        for account in order {
            // Linear in N per account; N is a CI matrix's width, a few dozen at most.
            var lightest = 0
            for share in 1..<count where totals[share] < totals[lightest] { lightest = share }
            totals[lightest] += account.size
            shares[lightest].append(account.name)
        }
        return shares.map { $0.sorted(by: Portfolio.bytewise) }
    }
}

struct ShardSyntaxError: Error {
    let message: String
}
