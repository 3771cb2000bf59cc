import Foundation
import PlanModel

/// Who a build is for: the account team, or the customer's eyes (its customer edition,
/// `CustomerEdition`'s allow-list).
public enum Audience: String, Sendable, CaseIterable {
    case team, customer
}

/// Options every renderer sees.
public struct RenderOptions: Sendable {
    /// The pack's label language (`en`, `de`); nil means the global file's language.
    public var language: String?
    public var audience: Audience = .team
    /// `--owner @handle`: personal outputs for one member.
    public var owner: String?
    /// `--templates DIR`: overrides for the templates in `templates/pack/`.
    public var templateOverrides: URL?

    public init(language: String? = nil, audience: Audience = .team, owner: String? = nil, templateOverrides: URL? = nil) {
        self.language = language
        self.audience = audience
        self.owner = owner
        self.templateOverrides = templateOverrides
    }
}

/// One file a renderer produces: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
