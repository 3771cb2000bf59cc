import Mustache

/// A type whose values appear in a template context; its schema is what the template
/// checker accepts. View structs conform through `TemplateObject` and get their schema
/// from their own stored properties, so the schema can never drift from the context.
public protocol TemplateShaped {
    static var templateSchema: TemplateSchema { get }
}

/// A view struct: every stored property is a name templates may use.
public protocol TemplateObject: TemplateShaped {
    init()
}

extension TemplateObject {
    public static var templateSchema: TemplateSchema { TemplateSchemas.schema(ofInstance: Self()) }
}

extension String: TemplateShaped { public static var templateSchema: TemplateSchema { .value } }
extension Int: TemplateShaped { public static var templateSchema: TemplateSchema { .value } }
extension Bool: TemplateShaped { public static var templateSchema: TemplateSchema { .flag } }
extension Array: TemplateShaped where Element: TemplateShaped {
    public static var templateSchema: TemplateSchema { .list(Element.templateSchema) }
}
extension Optional: TemplateShaped where Wrapped: TemplateShaped {
    public static var templateSchema: TemplateSchema { Wrapped.templateSchema }
}

/// Text the renderer produced and escaped itself: SVG, safe HTML from cmark's safe mode,
/// a Mermaid block with escaped labels. The one door to unescaped output.
public struct Trusted: TemplateShaped, MustacheCustomRenderable, Sendable, Hashable {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public static var templateSchema: TemplateSchema { .trusted }
    public var renderText: String { text }
    public var isNull: Bool { text.isEmpty }
}

enum TemplateSchemas {
    /// The schema of a value's stored properties; dictionaries (the labels) contribute
    /// the keys they actually hold.
    static func schema(ofInstance value: Any) -> TemplateSchema {
        var keys: [String: TemplateSchema] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            keys[label] = shape(of: child.value)
        }
        return .object(keys)
    }

    static func shape(of value: Any) -> TemplateSchema {
        if let dictionary = value as? [String: String] {
            return .object(dictionary.mapValues { _ in .value })
        }
        if let shaped = type(of: value) as? any TemplateShaped.Type {
            return shaped.templateSchema
        }
        return .value
    }
}
