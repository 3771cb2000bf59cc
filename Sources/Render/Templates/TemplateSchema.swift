/// The names a template may use, as a tree that mirrors the context a renderer builds.
/// Mustache renders a missing name as nothing, so a misspelt `{{titel}}` would silently
/// vanish from a pack; `TemplateChecker` walks every tag against this tree instead.
public indirect enum TemplateSchema: Sendable, Hashable {
    /// A string, number or pre-rendered fragment.
    case value
    /// A fragment the renderer produced and escaped itself (SVG, safe HTML, Mermaid):
    /// the only thing a template may output unescaped with `{{{…}}}` or `{{&…}}`.
    case trusted
    /// A flag: a section over it renders its body in the same scope.
    case flag
    /// A dictionary with these keys.
    case object([String: TemplateSchema])
    /// A list whose elements have this shape.
    case list(TemplateSchema)

    /// The keys visible inside a section over a value of this shape.
    var sectionScope: [String: TemplateSchema]? {
        switch self {
        case .object(let keys): keys
        case .list(let element): element.sectionScope ?? [:]
        case .value, .trusted, .flag: nil
        }
    }

    func child(_ name: String) -> TemplateSchema? {
        if case .object(let keys) = self { return keys[name] }
        return nil
    }
}
