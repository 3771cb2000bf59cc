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
    /// `--todos`: `milestones.ics` also holds a VTODO per action.
    public var includesTodos = false
    /// `--csv-delimiter`: nil means the language's (`;` where Excel expects it).
    public var csvDelimiter: CSVSeparator?

    public init(language: String? = nil, audience: Audience = .team, owner: String? = nil, templateOverrides: URL? = nil,
                includesTodos: Bool = false, csvDelimiter: CSVSeparator? = nil) {
        self.language = language
        self.audience = audience
        self.owner = owner
        self.templateOverrides = templateOverrides
        self.includesTodos = includesTodos
        self.csvDelimiter = csvDelimiter
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
