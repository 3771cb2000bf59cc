import Diagnostics
import PlanModel

/// Which entity owns an id across the account, so that a goal and an action cannot
/// share one and references can say what an id is when it is of the wrong kind.
struct IDRegistry {
    struct Owner {
        var kind: EntityKind
        var id: String
        var title: String
        var location: SourceLocation
    }

    /// By lower-cased id. Team members have their own namespace (`@handle`).
    private(set) var owners: [String: Owner] = [:]
    /// Ids of each kind in definition order, for "did you mean" suggestions.
    private(set) var idsByKind: [EntityKind: [String]] = [:]

    subscript(key: String) -> Owner? { owners[key] }

    mutating func register(_ owner: Owner) {
        owners[owner.id.lowercased()] = owner
        idsByKind[owner.kind, default: []].append(owner.id)
    }

    func ids(of kind: EntityKind) -> [String] { idsByKind[kind] ?? [] }
}

/// The merged definitions of one kind, in definition order, indexed by id.
struct EntityTable<Value: LinkableEntity> {
    private(set) var values: [Value] = []
    private var indexByKey: [String: Int] = [:]

    subscript(key: String) -> Value? { indexByKey[key].map { values[$0] } }

    func contains(_ key: String) -> Bool { indexByKey[key] != nil }

    mutating func update(_ key: String, _ change: (inout Value) -> Void) {
        guard let index = indexByKey[key] else { return }
        change(&values[index])
    }

    mutating func updateAll(_ change: (inout Value) -> Void) {
        for index in values.indices { change(&values[index]) }
    }

    /// Adds a definition from a file whose country or region is `origin`. Returns false
    /// when it was rejected: its id is taken by another kind, or by a definition with
    /// different content.
    @discardableResult
    mutating func merge(_ entity: Value, origin: String?, registry: inout IDRegistry, diagnostics: inout [Diagnostic]) -> Bool {
        let key = entity.key
        if let index = indexByKey[key] {
            let first = values[index]
            guard entity.hasSameContent(as: first) else {
                diagnostics.append(Self.conflict(entity, first: first))
                return false
            }
            values[index].absorb(entity, origin: origin)
            return true
        }
        if Value.linkKind != .member {
            if let owner = registry[key] {
                diagnostics.append(Self.kindConflict(entity, owner: owner))
                return false
            }
            registry.register(.init(kind: Value.linkKind, id: entity.id, title: entity.title, location: entity.location))
        }
        indexByKey[key] = values.count
        values.append(entity)
        return true
    }

    private static func conflict(_ entity: Value, first: Value) -> Diagnostic {
        let differences = ContentField.differences(first, entity, in: Value.contentFields)
        let detail = differences.isEmpty ? "" : " (\(differences.prefix(3).joined(separator: "; ")))"
        let name = Value.linkKind == .member ? "'@\(entity.id)'" : "'\(entity.id)'"
        return LinkerRules.duplicateDefinition.diagnostic(
            "\(Value.linkKind.name) \(name) is defined twice with different content\(detail)",
            at: entity.location,
            notes: [DiagnosticNote("first definition of \(name)", at: first.location)],
            fix: FixSuggestion("keep one definition and delete the other, or make both identical")
        )
    }

    private static func kindConflict(_ entity: Value, owner: IDRegistry.Owner) -> Diagnostic {
        LinkerRules.idKindConflict.diagnostic(
            "'\(entity.id)' is already the id of \(owner.kind.withArticle) ('\(owner.title)'); ids are unique across the account",
            at: entity.location,
            notes: [DiagnosticNote("\(owner.kind.name) '\(owner.id)' is defined here", at: owner.location)],
            fix: FixSuggestion("give this \(Value.linkKind.name) another code or {#id}")
        )
    }
}
