import PlanModel

/// Turns a cluster of source items into a synthesized item, and ranks synthesized items.
enum ClusterBuilder {
    /// Item key → ids of the strategies (not rejected) that address it. Built once per
    /// account, so that each cluster looks up its members instead of scanning every
    /// strategy (clusters × strategies grows quadratically with the number of countries).
    static func addressing(_ strategies: [Strategy]) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for strategy in strategies where strategy.status != .rejected {
            for key in Set(strategy.addresses.map(\.key)) { index[key, default: []].append(strategy.id) }
        }
        return index
    }

    static func build(members: [Int], items: [Item], steps: [MergeStep], globalFiles: Set<String>, addressing: [String: [String]]) -> SynthesizedItem {
        let sources = members.map { items[$0] }
        let representative = representative(of: sources, globalFiles: globalFiles)
        let kinds = Set(sources.compactMap(\.kind))
        let memberKeys = Set(sources.map(\.key))

        var units: [String: String] = [:]
        for unit in sources.compactMap(\.unit) where units[unit.key] == nil { units[unit.key] = unit.id }

        let addressedBy = memberKeys.flatMap { addressing[$0] ?? [] }
        let merges = steps.map { merge($0, items: items) }

        return SynthesizedItem(
            id: representative.id,
            rank: 0,
            title: representative.title,
            representative: representative.id,
            kind: kinds.count == 1 ? kinds.first : representative.kind,
            priority: sources.compactMap(\.priority).max(),
            members: sources.map(\.id).sorted { $0.lowercased() < $1.lowercased() },
            countries: Set(sources.flatMap(\.countries)).sorted(),
            languages: Set(sources.map(\.language)).sorted(),
            units: units.keys.sorted().compactMap { units[$0] },
            themes: distinctLabels(sources.flatMap(\.themes)),
            products: distinctLabels(sources.flatMap(\.products)),
            values: ValueTotal.totals(sources.compactMap(\.value)),
            addressedBy: Set(addressedBy).sorted(),
            reason: merges.map { "\($0.items.joined(separator: " + ")): \($0.evidence)" }.joined(separator: "; "),
            merges: merges
        )
    }

    /// The global file's item, else the most complete, else the higher priority, else the
    /// lowest id.
    private static func representative(of sources: [Item], globalFiles: Set<String>) -> Item {
        func completeness(_ item: Item) -> Int {
            [item.kind != nil, item.unit != nil, !item.themes.isEmpty, item.priority != nil, item.value != nil,
             !item.products.isEmpty, !item.raisedBy.isEmpty].count { $0 }
        }
        func key(_ item: Item) -> (Int, Int, Int) {
            (globalFiles.contains(item.location.file) ? 1 : 0, completeness(item), item.priority?.rank ?? 0)
        }
        var best = sources[0]
        for item in sources.dropFirst() where key(item) > key(best) { best = item }
        return best
    }

    /// Labels deduplicated by their folded form, each in its commonest spelling (ties:
    /// the lowest in code-point order), sorted by folded form.
    static func distinctLabels(_ labels: [String]) -> [String] {
        var spellings: [String: [String: Int]] = [:]
        for label in labels {
            let key = TitleAnalyzer.fold(label)
            if !key.isEmpty { spellings[key, default: [:]][label, default: 0] += 1 }
        }
        return spellings.keys.sorted().compactMap { key in
            spellings[key]?.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key
        }
    }

    private static func merge(_ step: MergeStep, items: [Item]) -> SynthesizedItem.Merge {
        let pair = [items[step.first].id, items[step.second].id]
        switch step.cause {
        case .sameAs(let declaredOn):
            let target = declaredOn == step.first ? items[step.second].id : items[step.first].id
            return .init(items: pair, cause: "same-as", score: nil, clusterScore: nil,
                         evidence: "\(items[declaredOn].id) says same as \(target)")
        case .similarity(let evidence):
            var text = evidence.summary
            if let mean = step.clusterScore, step.clusterScore != evidence.score { text += " (clusters \(format(mean)))" }
            return .init(items: pair, cause: "similarity", score: rounded(evidence.score), clusterScore: step.clusterScore.map(rounded), evidence: text)
        }
    }

    /// Priority, then the number of countries raising it, then value, then more sources,
    /// then id.
    static func ranksBefore(_ a: SynthesizedItem, _ b: SynthesizedItem) -> Bool {
        let left = (a.priority?.rank ?? 0, a.countries.count, a.valueWeight, a.members.count)
        let right = (b.priority?.rank ?? 0, b.countries.count, b.valueWeight, b.members.count)
        if left != right { return left > right }
        return a.id.lowercased() < b.id.lowercased()
    }
}
