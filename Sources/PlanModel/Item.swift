import Diagnostics

/// An issue or opportunity from a country's prep calls.
public struct Item: Entity, Hashable {
    public var id: String
    public var title: String
    public var idSource: IDSource
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    /// From the `### Issues` / `### Opportunities` subheading or a `Type:` attribute.
    public var kind: ItemKind?
    public var unit: Reference?
    public var themes: [String] = []
    public var priority: Priority?
    public var raisedBy: [PersonRef] = []
    public var value: Quantity?
    public var products: [String] = []
    public var sameAs: [Reference] = []
    public var notSameAs: [Reference] = []
    /// Countries (or regions) whose files raised the item; the front end sets its own
    /// file's, the linker unions them.
    public var countries: [String] = []
    /// The language of the file that defined it (BCP 47 primary subtag, `de`).
    public var language: String = "en"

    public init(id: String, title: String, idSource: IDSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.idSource = idSource
        self.location = location
    }
}
