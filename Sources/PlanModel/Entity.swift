import Diagnostics

/// What every entity has: an id, a title, where it was defined and who may see it.
public protocol Entity: Sendable {
    /// The id as written (code, `{#id}` or slug). Ids compare case-insensitively: use `key`.
    var id: String { get }
    var title: String { get }
    var idSource: IDSource { get }
    /// The title line's position (list marker or heading).
    var location: SourceLocation { get }
    /// `Visibility:` as written, nil when unmarked: what a customer edition then shows
    /// is decided by its allow-list (`CustomerEdition`).
    var visibility: Visibility? { get }
    var customFields: [CustomField] { get }
}

extension Entity {
    /// The id as ids compare across the account.
    public var key: String { id.lowercased() }
    public var isInternal: Bool { visibility == .internal }
    /// Opted in to the customer edition with `Visibility: customer`.
    public var isMarkedForCustomer: Bool { visibility == .customer }
}
