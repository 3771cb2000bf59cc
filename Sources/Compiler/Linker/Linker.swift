import Diagnostics
import PlanModel

/// Merges every file's entities into one account model and resolves references
/// (spec §6).
///
/// Definition order is the global file first, then sorted path order; the first
/// definition of an id is the one kept, and every later one must say the same thing.
/// Runs in time linear in the number of entities and references (suggestions for
/// unresolved references cost extra only when something is wrong).
public struct Linker: Sendable {
    public let config: WorkspaceConfig

    public init(config: WorkspaceConfig) {
        self.config = config
    }

    public struct Result: Sendable {
        public var model: AccountModel
        public var diagnostics: [Diagnostic]
    }

    public func link(_ files: [GuideFile]) -> Result {
        var diagnostics: [Diagnostic] = []
        let ordered = Self.definitionOrder(files)
        if files.isEmpty {
            diagnostics.append(LinkerRules.noGuides.diagnostic(
                "the workspace holds no account planning guide that could be read", at: nil,
                fix: FixSuggestion("run apg on the account's folder, or add a guide such as 'global.md' that starts with front matter ('---', 'account: <name>', '---')")))
        }

        var model = AccountModel(account: AccountNameCheck(config: config).check(ordered, diagnostics: &diagnostics))
        model.vision = VisionSelection.select(from: ordered, diagnostics: &diagnostics)

        var registry = IDRegistry()
        var members = EntityTable<Member>()
        var units = EntityTable<OrgUnit>()
        var stakeholders = EntityTable<Stakeholder>()
        var items = EntityTable<Item>()
        var goals = EntityTable<Goal>()
        var strategies = EntityTable<Strategy>()
        var tactics = EntityTable<Tactic>()
        var actions = EntityTable<ActionItem>()
        var claims: [ParentClaim] = []

        for file in ordered {
            let origin = file.origin
            model.sources.append(SourceFileInfo(
                path: file.path,
                country: file.frontMatter.country,
                region: file.frontMatter.region,
                language: file.language,
                updated: file.frontMatter.updated,
                authors: file.frontMatter.authors.map(\.handle),
                isGlobal: file.isGlobal
            ))
            model.prose += file.prose
            if !file.suppressions.isEmpty { model.suppressions[file.path, default: []] += file.suppressions }

            for member in file.members { members.merge(member, origin: origin, registry: &registry, diagnostics: &diagnostics) }
            for unit in file.units where units.merge(unit, origin: origin, registry: &registry, diagnostics: &diagnostics) {
                claims.append(ParentClaim(child: Reference(id: unit.id, location: unit.location), parent: unit.parent, isReferenceOnly: false))
            }
            for reference in file.unitReferences {
                claims.append(ParentClaim(child: reference.target, parent: reference.parent, isReferenceOnly: true))
            }
            for stakeholder in file.stakeholders { stakeholders.merge(stakeholder, origin: origin, registry: &registry, diagnostics: &diagnostics) }
            for item in file.items {
                var item = item
                if let origin, !item.countries.contains(origin) { item.countries.append(origin) }
                items.merge(item, origin: origin, registry: &registry, diagnostics: &diagnostics)
            }
            for goal in file.goals { goals.merge(goal, origin: origin, registry: &registry, diagnostics: &diagnostics) }
            for strategy in file.strategies { strategies.merge(strategy, origin: origin, registry: &registry, diagnostics: &diagnostics) }
            for tactic in file.tactics { tactics.merge(tactic, origin: origin, registry: &registry, diagnostics: &diagnostics) }
            for action in file.actions { actions.merge(action, origin: origin, registry: &registry, diagnostics: &diagnostics) }
        }

        // Rejected strategies and dropped actions are the last to be suggested for a
        // reference that does not resolve: a plan rarely means to build on them.
        var inactive = Set(strategies.values.filter { $0.status == .rejected }.map(\.key))
        inactive.formUnion(actions.values.filter { $0.effectiveStatus == .dropped }.map(\.key))
        let languages = FileLanguages(files: ordered, members: members.values)
        var resolver = ReferenceResolver(registry: registry, members: members.values, inactive: inactive, languages: languages)
        for index in model.sources.indices {
            let file = ordered[index]
            let authors = resolver.resolve(file.frontMatter.authors, role: "author")
            model.sources[index].authors = authors.map(\.handle)
        }
        OrganizationLinker.link(&units, claims: claims, resolver: &resolver, diagnostics: &diagnostics)
        units.updateAll { unit in
            unit.coveredBy = resolver.resolve(unit.coveredBy, role: "covered by")
        }
        stakeholders.updateAll { stakeholder in
            stakeholder.unit = resolver.resolve(stakeholder.unit, as: .unit, usage: "in Unit")
            stakeholder.coveredBy = resolver.resolve(stakeholder.coveredBy, role: "covered by")
        }
        items.updateAll { item in
            item.unit = resolver.resolve(item.unit, as: .unit, usage: "in Unit")
            item.raisedBy = resolver.resolve(item.raisedBy, role: "raised by")
            item.sameAs = resolver.resolve(item.sameAs, as: .item, usage: "in Same as")
            item.notSameAs = resolver.resolve(item.notSameAs, as: .item, usage: "in Not same as")
            for (key, references) in [("Same as", item.sameAs), ("Not same as", item.notSameAs)] {
                for reference in references where reference.key == item.key {
                    diagnostics.append(LinkerRules.selfReference.diagnostic(
                        "item '\(item.id)' names itself in \(key)", at: reference.location,
                        fix: FixSuggestion("name the other item that is meant, or delete the line")))
                }
            }
        }
        goals.updateAll { goal in
            goal.sponsors = resolver.resolve(goal.sponsors, role: "sponsor")
        }
        strategies.updateAll { strategy in
            strategy.goal = resolver.resolve(strategy.goal, as: .goal, usage: "as the strategy's goal")
            strategy.addresses = resolver.resolve(strategy.addresses, as: .item, usage: "in Addresses")
            strategy.units = resolver.resolve(strategy.units, as: .unit, usage: "in Units")
            strategy.owners = resolver.resolve(strategy.owners, role: "owner")
        }
        tactics.updateAll { tactic in
            tactic.strategy = resolver.resolve(tactic.strategy, as: .strategy, usage: "as the tactic's strategy")
            tactic.owners = resolver.resolve(tactic.owners, role: "owner")
        }
        actions.updateAll { action in
            action.strategy = resolver.resolve(action.strategy, as: .strategy, usage: "in Strategy")
            action.tactic = resolver.resolve(action.tactic, as: .tactic, usage: "in Tactic")
            action.owners = resolver.resolve(action.owners, role: "owner")
        }
        diagnostics += resolver.diagnostics
        Self.linkActionParents(&actions, tactics: tactics, resolver: resolver, languages: languages, diagnostics: &diagnostics)

        model.team = Self.withHomeCountries(members.values, files: ordered)
        model.units = units.values
        model.stakeholders = stakeholders.values
        model.items = items.values
        model.goals = goals.values
        model.strategies = strategies.values
        model.tactics = tactics.values
        model.actions = actions.values
        return Result(model: model, diagnostics: diagnostics.sortedStably())
    }

    /// A member listed in a country's guide without `Country:` works in that country:
    /// the German team rarely writes `Land: DE` under each of its own people.
    static func withHomeCountries(_ members: [Member], files: [GuideFile]) -> [Member] {
        var countryOfFile: [String: String] = [:]
        for file in files { countryOfFile[file.path] = file.frontMatter.country }
        return members.map { member in
            var member = member
            if member.country == nil { member.country = countryOfFile[member.location.file] }
            return member
        }
    }

    /// Global files first, then everything else, each group in path order.
    static func definitionOrder(_ files: [GuideFile]) -> [GuideFile] {
        let sorted = files.sorted { $0.path < $1.path }
        return sorted.filter(\.isGlobal) + sorted.filter { !$0.isGlobal }
    }

    /// Every action belongs to a strategy: the one it names, else its tactic's.
    private static func linkActionParents(
        _ actions: inout EntityTable<ActionItem>,
        tactics: EntityTable<Tactic>,
        resolver: ReferenceResolver,
        languages: FileLanguages,
        diagnostics: inout [Diagnostic]
    ) {
        actions.updateAll { action in
            guard let tacticReference = action.tactic else {
                if action.strategy == nil {
                    let words = languages.words(at: action.location)
                    diagnostics.append(LinkerRules.actionWithoutParent.diagnostic(
                        "action '\(action.id)' belongs to no strategy or tactic",
                        at: action.location,
                        fix: FixSuggestion("write the action under a strategy or tactic, or add '\(words.attribute("strategy")): <id>' or '\(words.attribute("tactic")): <id>' to it")
                    ))
                }
                return
            }
            guard let tactic = tactics[tacticReference.key], let tacticStrategy = tactic.strategy,
                  resolver.target(of: tacticStrategy, as: .strategy) != nil
            else { return }
            guard let strategy = action.strategy else {
                action.strategy = Reference(id: tacticStrategy.id, location: tacticReference.location)
                return
            }
            if strategy.key != tacticStrategy.key, resolver.target(of: strategy, as: .strategy) != nil {
                diagnostics.append(LinkerRules.actionParentMismatch.diagnostic(
                    "action '\(action.id)' names strategy '\(strategy.id)' but its tactic '\(tactic.id)' belongs to strategy '\(tacticStrategy.id)'",
                    at: strategy.location,
                    notes: [DiagnosticNote("tactic '\(tactic.id)' is defined here", at: tactic.location)],
                    fix: FixSuggestion("remove '\(languages.words(at: strategy.location).attribute("strategy")):' (the tactic determines it), or name the right tactic")
                ))
            }
        }
    }
}
