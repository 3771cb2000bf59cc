import Diagnostics

/// A part of the customer's organization. Nesting in the guide is the reporting line.
public struct OrgUnit: Entity, Hashable {
    public var id: String
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    /// The enclosing unit in the list (a definition or a reference-only node), if any.
    public var parent: Reference?
    public var type: UnitType?
    public var country: String?
    /// Year of the acquisition.
    public var acquired: Int?
    public var themes: [String] = []
    public var coveredBy: [PersonRef] = []
    /// Customer-side names, free text.
    public var contacts: [String] = []

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }
}

/// A list item of the organization whose title is only a reference (`#mobility`): it
/// defines nothing, but hangs the units nested under it below a unit defined elsewhere.
/// When it is itself nested, it also claims that parent for the referenced unit.
public struct OrgUnitReference: Hashable, Sendable {
    public var target: Reference
    public var parent: Reference?

    public init(target: Reference, parent: Reference?) {
        self.target = target
        self.parent = parent
    }
}
