import Diagnostics

/// A person on the customer's side: `Dr. Eva Kling — VP Purchasing`.
public struct Stakeholder: Entity, Hashable {
    public var id: String
    /// The person's name.
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    public var jobTitle: String?
    public var unit: Reference?
    public var buyingRole: BuyingRole?
    public var stance: Stance?
    public var coveredBy: [PersonRef] = []
    public var lastContact: PlanDate?

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }
}
