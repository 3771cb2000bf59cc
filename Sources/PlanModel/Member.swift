import Diagnostics

/// A member of the vendor's account team: `Anna Müller (@amueller) — Key Account Manager`.
public struct Member: Entity, Hashable {
    /// The handle, without `@`.
    public var id: String
    /// The person's name.
    public var title: String
    public var idSource: IDSource = .explicit
    public var location: SourceLocation
    /// `Visibility:` as written; nil when the author did not say.
    public var visibility: Visibility?
    public var customFields: [CustomField] = []

    public var role: String?
    /// Canonical function name as written (Sales, Application Engineering, …).
    public var function: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    public var email: String?

    public init(id: String, title: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.location = location
    }

    public var handle: String { id }
}
