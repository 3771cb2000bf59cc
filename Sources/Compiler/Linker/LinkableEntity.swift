import Diagnostics
import PlanModel

/// An entity the linker merges by id: it knows its kind, how to compare two definitions
/// ignoring where they were written, and which fields to name when they differ.
protocol LinkableEntity: Entity, Equatable {
    var id: String { get set }
    var idSource: IDSource { get set }
    var location: SourceLocation { get set }
    static var linkKind: EntityKind { get }
    static var contentFields: [ContentField<Self>] { get }
    /// A copy with everything that is provenance rather than content (locations, how the
    /// id was written, the defining file's country and language) set to common values.
    func comparable() -> Self
    /// Takes in an identical definition from another file.
    mutating func absorb(_ duplicate: Self, origin: String?)
}

extension LinkableEntity {
    mutating func absorb(_ duplicate: Self, origin: String?) {}

    func comparable() -> Self { withNeutralProvenance() }

    /// A copy with the id as ids compare, and where it was written left out.
    func withNeutralProvenance() -> Self {
        var copy = self
        copy.id = key
        copy.idSource = .explicit
        copy.location = neutralLocation
        return copy
    }

    /// Whether two definitions say the same thing.
    func hasSameContent(as other: Self) -> Bool { comparable() == other.comparable() }
}

/// Where provenance goes when two definitions are compared.
private let neutralLocation = SourceLocation(file: "", line: 0, column: 0)

extension Member: LinkableEntity {
    static var linkKind: EntityKind { .member }

    static var contentFields: [ContentField<Member>] {
        typealias Field = ContentField<Member>
        let own: [Field] = [
            Field("Name") { $0.title },
            Field("Role") { $0.role },
            Field("Function") { $0.function },
            Field("Country") { $0.country },
            Field("Email") { $0.email },
        ]
        return own + Field.common
    }
}

extension OrgUnit: LinkableEntity {
    static var linkKind: EntityKind { .unit }

    static var contentFields: [ContentField<OrgUnit>] {
        typealias Field = ContentField<OrgUnit>
        let own: [Field] = [
            Field("Title") { $0.title },
            Field("parent", \.parent, show: Field.reference),
            Field("Type", \.type, show: Field.raw),
            Field("Country") { $0.country },
            Field("Acquired", \.acquired, show: { $0.map(String.init) ?? "none" }),
            Field("Themes", \.themes, show: Field.list),
            Field("Covered by", \.coveredBy, show: Field.persons),
            Field("Contacts", \.contacts, show: Field.list),
        ]
        return own + Field.common
    }
}

extension Stakeholder: LinkableEntity {
    static var linkKind: EntityKind { .stakeholder }

    static var contentFields: [ContentField<Stakeholder>] {
        typealias Field = ContentField<Stakeholder>
        let own: [Field] = [
            Field("Name") { $0.title },
            Field("job title") { $0.jobTitle },
            Field("Unit", \.unit, show: Field.reference),
            Field("Buying role", \.buyingRole, show: Field.raw),
            Field("Stance", \.stance, show: Field.raw),
            Field("Covered by", \.coveredBy, show: Field.persons),
            Field("Last contact", \.lastContact, show: Field.date),
        ]
        return own + Field.common
    }
}

extension Item: LinkableEntity {
    static var linkKind: EntityKind { .item }

    static var contentFields: [ContentField<Item>] {
        typealias Field = ContentField<Item>
        let own: [Field] = [
            Field("Title") { $0.title },
            Field("Type", \.kind, show: Field.raw),
            Field("Unit", \.unit, show: Field.reference),
            Field("Themes", \.themes, show: Field.list),
            Field("Priority", \.priority, show: Field.raw),
            Field("Raised by", \.raisedBy, show: Field.persons),
            Field("Value", \.value, show: Field.quantity),
            Field("Products", \.products, show: Field.list),
            Field("Same as", \.sameAs, show: Field.references),
            Field("Not same as", \.notSameAs, show: Field.references),
        ]
        return own + Field.common
    }

    func comparable() -> Item {
        var copy = withNeutralProvenance()
        copy.countries = []
        copy.language = ""
        return copy
    }

    /// The same item raised in several countries is one item raised by all of them.
    mutating func absorb(_ duplicate: Item, origin: String?) {
        for country in duplicate.countries + [origin].compactMap({ $0 }) where !countries.contains(country) {
            countries.append(country)
        }
    }
}

extension Goal: LinkableEntity {
    static var linkKind: EntityKind { .goal }

    static var contentFields: [ContentField<Goal>] {
        typealias Field = ContentField<Goal>
        let own: [Field] = [
            Field("Title") { $0.title },
            Field("Metric") { $0.metric },
            Field("Baseline", \.baseline, show: Field.quantity),
            Field("Target", \.target, show: Field.quantity),
            Field("Current", \.current, show: Field.quantity),
            Field("Due", \.due, show: Field.date),
            Field("Sponsor", \.sponsors, show: Field.persons),
            Field("history", \.history, show: Field.history),
        ]
        return own + Field.common
    }
}

extension Strategy: LinkableEntity {
    static var linkKind: EntityKind { .strategy }

    static var contentFields: [ContentField<Strategy>] {
        typealias Field = ContentField<Strategy>
        let own: [Field] = [
            Field("Title") { $0.title },
            Field("goal", \.goal, show: Field.reference),
            Field("Status", \.status, show: Field.raw),
            Field("Addresses", \.addresses, show: Field.references),
            Field("Units", \.units, show: Field.references),
            Field("Owner", \.owners, show: Field.persons),
            Field("history", \.history, show: Field.history),
        ]
        return own + Field.common
    }
}

extension Tactic: LinkableEntity {
    static var linkKind: EntityKind { .tactic }

    static var contentFields: [ContentField<Tactic>] {
        typealias Field = ContentField<Tactic>
        let own: [Field] = [
            Field("Title") { $0.title },
            Field("strategy", \.strategy, show: Field.reference),
            Field("Owner", \.owners, show: Field.persons),
            Field("history", \.history, show: Field.history),
        ]
        return own + Field.common
    }
}

extension ActionItem: LinkableEntity {
    static var linkKind: EntityKind { .action }

    static var contentFields: [ContentField<ActionItem>] {
        typealias Field = ContentField<ActionItem>
        let own: [Field] = [
            Field("Title") { $0.title },
            Field("box", \.checked, show: { $0 ? "[x]" : "[ ]" }),
            Field("Strategy", \.strategy, show: Field.reference),
            Field("Tactic", \.tactic, show: Field.reference),
            Field("Owner", \.owners, show: Field.persons),
            Field("Due", \.due, show: Field.date),
            Field("Milestone", \.milestones, show: { Field.list($0.map { "\($0.date.written) \($0.title)" }) }),
            Field("Metric") { $0.metric },
            Field("Target", \.target, show: Field.quantity),
            Field("Actual", \.actual, show: Field.quantity),
            Field("Status", \.status, show: Field.raw),
            Field("Done", \.done, show: Field.date),
            Field("history", \.history, show: Field.history),
        ]
        return own + Field.common
    }

    func comparable() -> ActionItem {
        var copy = withNeutralProvenance()
        copy.attributeLocations = [:]
        return copy
    }
}
