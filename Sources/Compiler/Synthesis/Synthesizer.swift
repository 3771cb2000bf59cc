import Diagnostics
import PlanModel
import Vocabulary

/// Consolidates the issues and opportunities of all countries (spec §7): clusters
/// near-duplicates across files and languages, builds one synthesized item per cluster,
/// ranks them, organizes them by unit and theme, and lays out the whitespace matrix.
///
/// Pure and deterministic: items are processed sorted by id, so the order of files and
/// items in the input does not change the output.
public struct Synthesizer: Sendable {
    public let config: WorkspaceConfig
    public let thresholds: SynthesisThresholds

    public init(config: WorkspaceConfig) {
        self.config = config
        self.thresholds = SynthesisThresholds(config: config)
    }

    public func synthesize(_ model: AccountModel) -> SynthesisResult {
        var diagnostics = settingDiagnostics()
        var seen: Set<String> = []
        let items = model.items.sorted { ($0.key, $0.id) < ($1.key, $1.id) }.filter { seen.insert($0.key).inserted }
        // Building the concept data is most of a small run's start-up (over 2 s of CPU in a
        // debug build); a workspace without issues or opportunities has nothing to compare.
        let lexicon = items.isEmpty ? ConceptLexicon() : ConceptLexicon.bundled(extendedWith: config.concepts)
        let (profiles, weights) = ItemProfile.prepared(items, lexicon: lexicon)
        let tree = UnitTree(units: model.units)
        let scorer = PairScorer(weights: weights, units: tree, thresholds: thresholds)

        let constraints = Constraints(items: items, model: model)
        diagnostics += constraints.diagnostics
        let output = ItemClusterer(profiles: profiles, scorer: scorer, thresholds: thresholds)
            .run(forced: constraints.forced, forbidden: constraints.forbidden)
        for conflict in output.conflicts {
            diagnostics.append(conflictDiagnostic(conflict, items: items))
        }
        let suggestions = output.suggestions.map { suggestion in
            MergeSuggestion(item: items[suggestion.first].id, candidate: items[suggestion.second].id,
                            score: rounded(suggestion.evidence.score), sharedConcepts: suggestion.evidence.sharedConcepts,
                            evidence: suggestion.evidence.summary)
        }
        for (suggestion, pair) in zip(suggestions, output.suggestions) {
            let other = suggestion.item
            diagnostics.append(SynthesisRules.suggestedMerge.diagnostic(
                SynthesisRules.suggestionMessage(other: other, sharedConcepts: suggestion.sharedConcepts, evidence: suggestion.evidence),
                at: items[pair.second].location,
                fix: FixSuggestion("add 'Same as: \(other)' under \(suggestion.candidate) if they are one concern, else 'Not same as: \(other)'")
            ))
        }

        let globalFiles = Set(model.sources.filter(\.isGlobal).map(\.path))
        let addressing = ClusterBuilder.addressing(model.strategies)
        var synthesized = output.clusters.map { members in
            ClusterBuilder.build(
                members: members,
                items: items,
                steps: output.steps[members.first ?? 0] ?? [],
                globalFiles: globalFiles,
                addressing: addressing
            )
        }
        synthesized.sort(by: ClusterBuilder.ranksBefore)
        for index in synthesized.indices { synthesized[index].rank = index + 1 }

        var result = SynthesisResult()
        result.items = synthesized
        var clusterOf: [String: SynthesizedItem] = [:]
        for item in synthesized {
            for member in item.members { clusterOf[member.lowercased()] = item }
        }
        result.clusterOfItem = clusterOf.mapValues(\.id)
        result.suggestions = suggestions
        result.byUnit = ItemOrganizer.byUnit(synthesized, tree: tree)
        result.byTheme = ItemOrganizer.byTheme(synthesized, lexicon: lexicon)
        result.whitespace = WhitespaceMatrix.build(items: items, clusterOf: clusterOf, strategies: model.strategies, tree: tree)
        result.diagnostics = diagnostics.sortedStably()
        return result
    }

    private func settingDiagnostics() -> [Diagnostic] {
        let known = SynthesisThresholds.names.map(\.name)
        return config.synthesis.keys.sorted().filter { !known.contains($0) }.map { name in
            let suggestions = NearMiss.bestMatches(for: name, in: known, limit: 1)
            return SynthesisRules.unknownThreshold.diagnostic(
                SynthesisRules.unknownThresholdMessage(name),
                at: config.keyLocations["synthesis"],
                fix: FixSuggestion(suggestions.first.map { "did you mean '\($0)'?" }
                    ?? "use one of " + known.map { "'\($0)'" }.joined(separator: ", "),
                    replacement: suggestions.first)
            )
        }
    }

    private func conflictDiagnostic(_ conflict: ItemClusterer.Conflict, items: [Item]) -> Diagnostic {
        let forced = conflict.forced
        let forbidden = conflict.forbidden
        let forcedItem = items[forced.declaredOn]
        let forbiddingItem = items[forbidden.declaredOn]
        let other = forbidden.declaredOn == forbidden.first ? items[forbidden.second] : items[forbidden.first]
        return SynthesisRules.sameAsConflict.diagnostic(
            SynthesisRules.conflictMessage(forced: forcedItem.id, target: forced.reference.id, forbidden: forbiddingItem.id, other: other.id),
            at: forced.reference.location,
            notes: [DiagnosticNote("'not same as \(forbidden.reference.id)' is written here", at: forbidden.reference.location)],
            fix: FixSuggestion("remove this 'same as' or the 'not same as', whichever is wrong")
        )
    }
}

/// `Same as` and `Not same as`, resolved to item indexes.
struct Constraints {
    var forced: [ItemClusterer.Forced] = []
    var forbidden: [ItemClusterer.Forbidden] = []
    var diagnostics: [Diagnostic] = []

    init(items: [Item], model: AccountModel) {
        var index: [String: Int] = [:]
        for (position, item) in items.enumerated() { index[item.key] = position }
        let others = Self.otherEntities(model)
        func declarations(_ references: [Reference], of position: Int, attribute: String) -> [ItemClusterer.Declaration] {
            references.compactMap { reference in
                guard let target = index[reference.key] else {
                    if let kind = others[reference.key] { diagnostics.append(Self.notAnItem(attribute, reference, kind)) }
                    return nil
                }
                guard target != position else { return nil }
                return .init(first: min(position, target), second: max(position, target), declaredOn: position, reference: reference)
            }
        }
        for (position, item) in items.enumerated() {
            forced += declarations(item.sameAs, of: position, attribute: "same as")
            forbidden += declarations(item.notSameAs, of: position, attribute: "not same as")
        }
    }

    private static func notAnItem(_ attribute: String, _ reference: Reference, _ kind: String) -> Diagnostic {
        SynthesisRules.sameAsNotAnItem.diagnostic(
            SynthesisRules.notAnItemMessage(attribute: attribute, id: reference.id, kind: kind),
            at: reference.location,
            fix: FixSuggestion("name the id of an issue or opportunity")
        )
    }

    /// Ids of entities that are not items; unknown ids are the linker's to report.
    private static func otherEntities(_ model: AccountModel) -> [String: String] {
        var kinds: [String: String] = [:]
        func add(_ entities: [some Entity], _ kind: String) {
            for entity in entities where kinds[entity.key] == nil { kinds[entity.key] = kind }
        }
        add(model.units, "unit")
        add(model.goals, "goal")
        add(model.strategies, "strategy")
        add(model.tactics, "tactic")
        add(model.actions, "action")
        add(model.stakeholders, "stakeholder")
        add(model.team, "team member")
        return kinds
    }
}
