import Mustache

/// A type whose values appear in a template context; its schema is what the template
/// checker accepts, and `templateContextValue` is what swift-mustache is given to render.
public protocol TemplateShaped: SendableMetatype {
    static var templateSchema: TemplateSchema { get }
    /// The value as the mustache context holds it: view structs become dictionaries.
    var templateContextValue: Any { get }
}

/// A view struct. Its `templateFields` are the names templates may use, each with the
/// property it reads: the one list that both the template check (`templateSchema`) and
/// rendering (`templateContextValue`) use, so a name the check accepts always renders.
/// `TemplateTests` checks that the list names every stored property.
public protocol TemplateObject: TemplateShaped {
    init()
    static var templateFields: [TemplateField<Self>] { get }
}

extension TemplateObject {
    public static var templateSchema: TemplateSchema { Self().instanceSchema }

    /// The schema with the keys this value's dictionaries (the labels) actually hold.
    var instanceSchema: TemplateSchema {
        .object(Dictionary(Self.templateFields.map { ($0.name, $0.shape(self)) }, uniquingKeysWith: { first, _ in first }))
    }

    /// swift-mustache reads a struct by reflecting it (`Mirror`) on every tag and at every
    /// level of the section stack it climbs: for a pack of thousands of entries that was
    /// nearly all of `apg build`'s time. A dictionary is a `MustacheParent`, which it asks
    /// by key instead. A nil optional is left out, as reflection left it out, so that the
    /// lookup goes on to the enclosing section.
    public var templateContextValue: Any {
        var result: [String: Any] = [:]
        result.reserveCapacity(Self.templateFields.count)
        for field in Self.templateFields {
            if let value = field.value(self) { result[field.name] = value }
        }
        return result
    }
}

/// One name of a view struct and how to read it.
public struct TemplateField<Object>: Sendable {
    public let name: String
    /// The context value; nil for an empty optional.
    let value: @Sendable (Object) -> Any?
    let shape: @Sendable (Object) -> TemplateSchema
    /// The declared type, for the check that the fields cover the stored properties.
    let valueType: Any.Type

    public init<Value: TemplateShaped>(_ name: String, _ read: @escaping @Sendable (Object) -> Value) {
        self.name = name
        value = { read($0).templateContextValue }
        shape = { _ in Value.templateSchema }
        valueType = Value.self
    }

    public init<Value: TemplateShaped>(_ name: String, _ read: @escaping @Sendable (Object) -> Value?) {
        self.name = name
        value = { read($0)?.templateContextValue }
        shape = { _ in Value.templateSchema }
        valueType = Value?.self
    }

    /// A dictionary of texts (the labels): its names are the keys it holds.
    public init(_ name: String, _ read: @escaping @Sendable (Object) -> [String: String]) {
        self.name = name
        value = { read($0) }
        shape = { .object(read($0).mapValues { _ in .value }) }
        valueType = [String: String].self
    }
}

extension String: TemplateShaped {
    public static var templateSchema: TemplateSchema { .value }
    public var templateContextValue: Any { self }
}
extension Int: TemplateShaped {
    public static var templateSchema: TemplateSchema { .value }
    public var templateContextValue: Any { self }
}
extension Bool: TemplateShaped {
    public static var templateSchema: TemplateSchema { .flag }
    public var templateContextValue: Any { self }
}
extension Array: TemplateShaped where Element: TemplateShaped {
    public static var templateSchema: TemplateSchema { .list(Element.templateSchema) }
    public var templateContextValue: Any { map(\.templateContextValue) }
}
extension Optional: TemplateShaped where Wrapped: TemplateShaped {
    public static var templateSchema: TemplateSchema { Wrapped.templateSchema }
    /// Only an optional nested in a list gets here: mustache treats nil as empty.
    public var templateContextValue: Any { map(\.templateContextValue) as Any }
}

/// Text the renderer produced and escaped itself: SVG, safe HTML from cmark's safe mode,
/// a Mermaid block with escaped labels. The one door to unescaped output.
public struct Trusted: TemplateShaped, MustacheCustomRenderable, Sendable, Hashable {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public static var templateSchema: TemplateSchema { .trusted }
    public var templateContextValue: Any { self }
    public var renderText: String { text }
    public var isNull: Bool { text.isEmpty }
}
