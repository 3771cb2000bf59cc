import APGJSON
import Compiler
import Diagnostics
import PlanModel

/// Turns a compilation into plan.json's value. Lists keep the model's order (definition
/// order), objects a fixed key order, so the output is byte-identical across runs.
struct PlanJSONEncoder {
    static let formatVersion = 1

    /// The compilation as the audience may see it.
    let compilation: Compilation
    /// Source texts for converting UTF-8 columns to code points.
    let sources: [String: SourceText]
    private let origins: SourceOrigins

    init(compilation: Compilation, sources: [String: SourceText]) {
        self.compilation = compilation
        self.sources = sources
        origins = SourceOrigins(model: compilation.model)
    }

    func document() -> JSONValue {
        let model = compilation.model
        return [
            "version": .int(Self.formatVersion),
            "account": .string(model.account),
            "sources": .array(model.sources.map(source)),
            "team": .array(model.team.map(member)),
            "units": .array(model.units.map(unit)),
            "stakeholders": .array(model.stakeholders.map(stakeholder)),
            "items": .array(model.items.map(item)),
            "vision": model.vision.map(vision) ?? .null,
            "goals": .array(model.goals.map(goal)),
            "strategies": .array(model.strategies.map(strategy)),
            "tactics": .array(model.tactics.map(tactic)),
            "actions": .array(model.actions.map(action)),
            "clusters": compilation.synthesis.clustersJSON,
            "organization": compilation.synthesis.organizationJSON,
            "diagnostics": .array(compilation.diagnostics.map(diagnostic)),
        ]
    }

    // MARK: Entities

    private func source(_ info: SourceFileInfo) -> JSONValue {
        [
            "path": .string(info.path),
            "country": .optional(info.country),
            "region": .optional(info.region),
            "global": .bool(info.isGlobal),
            "language": .string(info.language),
            "updated": date(info.updated),
            "authors": .strings(info.authors),
        ]
    }

    /// `id`, `title` and `source` first, then the kind's own fields, then the common ones.
    private func entity(_ entity: some Entity, _ fields: [(key: String, value: JSONValue)]) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(entity.id)),
            ("title", .string(entity.title)),
            ("source", location(entity.location)),
        ]
        members += fields
        // The visibility in effect: as written, else the allow-list's default for the kind.
        members.append(("visibility", .string(CustomerEdition.effectiveVisibility(of: entity).rawValue)))
        members.append(("customFields", .array(entity.customFields.map { ["key": .string($0.key), "value": .string($0.value)] })))
        return .object(members)
    }

    private func member(_ member: Member) -> JSONValue {
        entity(member, [
            ("role", .optional(member.role)),
            ("function", .optional(member.function)),
            ("country", .optional(member.country)),
            ("email", .optional(member.email)),
        ])
    }

    private func unit(_ unit: OrgUnit) -> JSONValue {
        entity(unit, [
            ("parent", reference(unit.parent)),
            ("type", .optional(unit.type?.rawValue)),
            ("country", .optional(unit.country)),
            ("acquired", unit.acquired.map(JSONValue.int) ?? .null),
            ("themes", .strings(unit.themes)),
            ("coveredBy", persons(unit.coveredBy)),
            ("contacts", .strings(unit.contacts)),
        ])
    }

    private func stakeholder(_ stakeholder: Stakeholder) -> JSONValue {
        entity(stakeholder, [
            ("jobTitle", .optional(stakeholder.jobTitle)),
            ("unit", reference(stakeholder.unit)),
            ("buyingRole", .optional(stakeholder.buyingRole?.rawValue)),
            ("stance", .optional(stakeholder.stance?.rawValue)),
            ("coveredBy", persons(stakeholder.coveredBy)),
            ("lastContact", date(stakeholder.lastContact)),
        ])
    }

    private func item(_ item: Item) -> JSONValue {
        entity(item, [
            ("kind", .optional(item.kind?.rawValue)),
            ("unit", reference(item.unit)),
            ("theme", .optional(item.themes.first)),
            ("themes", .strings(item.themes)),
            ("priority", .optional(item.priority?.rawValue)),
            ("countries", .strings(item.countries)),
            ("value", quantity(item.value)),
            ("raisedBy", persons(item.raisedBy)),
            ("products", .strings(item.products)),
            ("sameAs", references(item.sameAs)),
            ("notSameAs", references(item.notSameAs)),
            ("language", .string(item.language)),
        ])
    }

    private func vision(_ vision: Vision) -> JSONValue {
        [
            "markdown": .string(vision.markdown),
            "source": location(vision.location),
        ]
    }

    private func goal(_ goal: Goal) -> JSONValue {
        entity(goal, [
            ("metric", .optional(goal.metric)),
            ("baseline", quantity(goal.baseline)),
            ("target", quantity(goal.target)),
            ("current", quantity(goal.current)),
            ("due", date(goal.due)),
            ("sponsors", persons(goal.sponsors)),
            ("history", history(goal.history)),
        ])
    }

    private func strategy(_ strategy: Strategy) -> JSONValue {
        entity(strategy, [
            ("goal", reference(strategy.goal)),
            ("status", .optional(strategy.status?.rawValue)),
            ("addresses", references(strategy.addresses)),
            ("units", references(strategy.units)),
            ("owners", persons(strategy.owners)),
            ("history", history(strategy.history)),
        ])
    }

    private func tactic(_ tactic: Tactic) -> JSONValue {
        entity(tactic, [
            ("strategy", reference(tactic.strategy)),
            ("owners", persons(tactic.owners)),
            ("history", history(tactic.history)),
        ])
    }

    private func action(_ action: ActionItem) -> JSONValue {
        entity(action, [
            ("strategy", reference(action.strategy)),
            ("tactic", reference(action.tactic)),
            ("owners", persons(action.owners)),
            ("due", date(action.due)),
            ("status", .string(action.effectiveStatus.rawValue)),
            ("checked", .bool(action.checked)),
            ("milestones", .array(action.milestones.map { ["date": .string($0.date.iso), "title": .string($0.title)] })),
            ("metric", .optional(action.metric)),
            ("target", quantity(action.target)),
            ("actual", quantity(action.actual)),
            ("done", date(action.done)),
            ("history", history(action.history)),
        ])
    }

    // MARK: Values

    /// `column` counts code points, as editors do; the model stores UTF-8 columns.
    private func location(_ location: SourceLocation) -> JSONValue {
        let column = sources[location.file]?.characterColumn(line: location.line, utf8Column: location.column) ?? location.column
        return [
            "file": .string(location.file),
            "line": .int(location.line),
            "column": .int(column),
            "origin": .optional(origins.origin(of: location)),
        ]
    }

    private func date(_ date: PlanDate?) -> JSONValue { .optional(date?.iso) }

    private func quantity(_ quantity: Quantity?) -> JSONValue {
        guard let quantity else { return .null }
        return ["amount": .number(quantity.value), "unit": .optional(quantity.unit), "text": .string(quantity.text)]
    }

    private func reference(_ reference: Reference?) -> JSONValue {
        reference.map { .string($0.id) } ?? .null
    }

    private func references(_ references: [Reference]) -> JSONValue {
        .strings(references.map(\.id))
    }

    private func persons(_ persons: [PersonRef]) -> JSONValue { .strings(persons.map(\.handle)) }

    private func history(_ entries: [HistoryEntry]) -> JSONValue {
        .array(entries.map { ["date": .string($0.date.iso), "status": .optional($0.status?.rawValue), "text": .string($0.text)] })
    }

    private func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        [
            "rule": .string(diagnostic.rule.code),
            "name": .string(diagnostic.rule.name),
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
            "location": diagnostic.location.map(diagnosticLocation) ?? .null,
            "notes": .array(diagnostic.notes.map { ["message": .string($0.message), "location": $0.location.map(diagnosticLocation) ?? .null] }),
            "fix": diagnostic.fix.map { ["message": .string($0.message), "replacement": .optional($0.replacement)] } ?? .null,
        ]
    }

    private func diagnosticLocation(_ location: SourceLocation) -> JSONValue {
        let column = sources[location.file]?.characterColumn(line: location.line, utf8Column: location.column) ?? location.column
        return ["file": .string(location.file), "line": .int(location.line), "column": .int(column)]
    }
}
