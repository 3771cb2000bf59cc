import Diagnostics
import Frontend
import PlanModel

/// Where an entity is defined.
struct Definition: Sendable {
    var kind: EntityKind
    var id: String
    var title: String
    var location: SourceLocation
}

/// What a name at the cursor refers to: an entity id or a team member's handle, both
/// compared case-insensitively.
enum SymbolTarget: Hashable, Sendable {
    case id(String)
    case handle(String)

    var key: String {
        switch self {
        case .id(let key), .handle(let key): key
        }
    }
}

/// The definitions of every id and handle of a workspace, from each file's entities (an
/// id merged from several countries has several).
struct SymbolIndex: Sendable {
    private(set) var ids: [String: [Definition]] = [:]
    private(set) var handles: [String: [Definition]] = [:]
    /// Every definition in file order, for symbol lists.
    private(set) var all: [Definition] = []

    init(files: [GuideFile]) {
        for file in files {
            var definitions: [Definition] = []
            for member in file.members { definitions.append(Definition(kind: .member, id: member.id, title: member.title, location: member.location)) }
            for unit in file.units { definitions.append(Definition(kind: .unit, id: unit.id, title: unit.title, location: unit.location)) }
            for stakeholder in file.stakeholders { definitions.append(Definition(kind: .stakeholder, id: stakeholder.id, title: stakeholder.title, location: stakeholder.location)) }
            for item in file.items { definitions.append(Definition(kind: .item, id: item.id, title: item.title, location: item.location)) }
            for goal in file.goals { definitions.append(Definition(kind: .goal, id: goal.id, title: goal.title, location: goal.location)) }
            for strategy in file.strategies { definitions.append(Definition(kind: .strategy, id: strategy.id, title: strategy.title, location: strategy.location)) }
            for tactic in file.tactics { definitions.append(Definition(kind: .tactic, id: tactic.id, title: tactic.title, location: tactic.location)) }
            for action in file.actions { definitions.append(Definition(kind: .action, id: action.id, title: action.title, location: action.location)) }
            definitions.sort { $0.location < $1.location }
            for definition in definitions {
                if definition.kind == .member {
                    handles[definition.id.lowercased(), default: []].append(definition)
                } else {
                    ids[definition.id.lowercased(), default: []].append(definition)
                }
            }
            all += definitions
        }
    }

    func definitions(of target: SymbolTarget) -> [Definition] {
        switch target {
        case .id(let key): ids[key] ?? []
        case .handle(let key): handles[key] ?? []
        }
    }

    /// Every id of the given kinds (all kinds when nil), first definition each, sorted by id.
    func entities(of kinds: Set<EntityKind>?) -> [Definition] {
        ids.values.compactMap { $0.first }
            .filter { kinds?.contains($0.kind) ?? true }
            .sorted { $0.id.lowercased() < $1.id.lowercased() }
    }

    var members: [Definition] {
        handles.values.compactMap { $0.first }.sorted { $0.id.lowercased() < $1.id.lowercased() }
    }

    /// The entities of one file in line order.
    func definitions(inFile path: String) -> [Definition] {
        all.filter { $0.location.file == path }
    }
}
