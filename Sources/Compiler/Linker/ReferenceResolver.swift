import Diagnostics
import PlanModel

/// Resolves `@handles` against the team and references against the ids of the expected
/// kind. A resolved reference is rewritten to the id as defined (references compare
/// case-insensitively, but outputs should spell an id one way); an unresolved one is
/// kept as written and reported once at the place it is used.
struct ReferenceResolver {
    let registry: IDRegistry
    /// Team handles by lower-cased handle, and in definition order for suggestions.
    private let handles: [String: String]
    /// Keys of rejected strategies and dropped actions, suggested only after the others.
    private let inactive: Set<String>
    private let languages: FileLanguages
    /// Near-miss indexes, built on the first unknown name: a workspace may have thousands.
    private var handleIndex: NearMissIndex?
    private var idIndexes: [EntityKind: NearMissIndex] = [:]
    private let memberHandles: [String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Places already reported, so a reference seen twice (a parent claimed by a
    /// definition and by a reference-only node) is reported once.
    private var reported: Set<Use> = []

    private struct Use: Hashable {
        var location: SourceLocation
        var key: String
    }

    init(registry: IDRegistry, members: [Member], inactive: Set<String> = [], languages: FileLanguages = FileLanguages(files: [])) {
        self.registry = registry
        self.inactive = inactive
        self.languages = languages
        var handles: [String: String] = [:]
        for member in members { handles[member.key] = member.id }
        self.handles = handles
        self.memberHandles = members.map(\.id)
    }

    /// The reference's target if it is of the expected kind.
    func target(of reference: Reference, as kind: EntityKind) -> IDRegistry.Owner? {
        guard let owner = registry[reference.key], owner.kind == kind else { return nil }
        return owner
    }

    /// `role` names the attribute in messages: "owner", "sponsor", "covered by".
    mutating func resolve(_ person: PersonRef, role: String) -> PersonRef {
        if let handle = handles[person.key] {
            return PersonRef(handle: handle, location: person.location)
        }
        guard reported.insert(Use(location: person.location, key: person.key)).inserted else { return person }
        let fix: FixSuggestion
        if handleIndex == nil { handleIndex = NearMissIndex(memberHandles) }
        if let best = handleIndex?.bestMatches(for: person.handle, limit: 1).first {
            fix = FixSuggestion("did you mean '@\(best)'?", replacement: "@\(best)")
        } else {
            fix = FixSuggestion("add '@\(person.handle)' to a \(languages.words(at: person.location).section("team")) section, or correct the handle")
        }
        diagnostics.append(LinkerRules.unknownPerson.diagnostic(
            "\(role) '@\(person.handle)' is not a team member",
            at: person.location,
            fix: fix
        ))
        return person
    }

    mutating func resolve(_ persons: [PersonRef], role: String) -> [PersonRef] {
        persons.map { resolve($0, role: role) }
    }

    /// `usage` says where the reference stands: "in Addresses", "as a parent unit".
    mutating func resolve(_ reference: Reference, as kind: EntityKind, usage: String) -> Reference {
        if let owner = registry[reference.key] {
            if owner.kind == kind { return Reference(id: owner.id, location: reference.location) }
            guard reported.insert(Use(location: reference.location, key: reference.key)).inserted else { return reference }
            diagnostics.append(LinkerRules.referenceKindMismatch.diagnostic(
                "'\(reference.id)' \(usage) is \(owner.kind.withArticle), not \(kind.withArticle)",
                at: reference.location,
                notes: [DiagnosticNote("\(owner.kind.name) '\(owner.id)' is defined here", at: owner.location)],
                fix: suggestion(for: reference, kind: kind) ?? FixSuggestion("name \(kind.withArticle) here")
            ))
            return reference
        }
        guard reported.insert(Use(location: reference.location, key: reference.key)).inserted else { return reference }
        diagnostics.append(LinkerRules.unresolvedReference.diagnostic(
            "\(kind.name) '\(reference.id)' \(usage) is not defined",
            at: reference.location,
            fix: suggestion(for: reference, kind: kind)
                ?? FixSuggestion("define \(kind.withArticle) with the id '\(reference.id)', or correct the reference")
        ))
        return reference
    }

    mutating func resolve(_ reference: Reference?, as kind: EntityKind, usage: String) -> Reference? {
        reference.map { resolve($0, as: kind, usage: usage) }
    }

    mutating func resolve(_ references: [Reference], as kind: EntityKind, usage: String) -> [Reference] {
        references.map { resolve($0, as: kind, usage: usage) }
    }

    /// The closest id of the expected kind, preferring entities still in play over
    /// rejected strategies and dropped actions.
    private mutating func suggestion(for reference: Reference, kind: EntityKind) -> FixSuggestion? {
        var index = idIndexes.removeValue(forKey: kind) ?? NearMissIndex(registry.ids(of: kind))
        defer { idIndexes[kind] = index }
        let matches = index.bestMatches(for: reference.id, limit: 8)
        let best = matches.first { !inactive.contains($0.lowercased()) } ?? matches.first
        return best.map { FixSuggestion("did you mean '\($0)'?", replacement: $0) }
    }
}
