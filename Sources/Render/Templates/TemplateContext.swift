import Mustache

/// The view a template is rendered with, as nested dictionaries and arrays.
///
/// swift-mustache looks a name up in a struct by reflecting it (`Mirror`) on every tag and
/// at every level of the section stack it climbs; for a pack of thousands of entries that
/// was nearly all of `apg build`'s time. Dictionaries are `MustacheParent`s, which it asks
/// by key instead, so each view is reflected exactly once here. The dictionaries hold what
/// reflection would have found, so rendering is unchanged: the names are still the stored
/// properties (the same ones `TemplateSchemas` gives the template check), and a nil
/// optional is left out, so that, as before, the lookup goes on to the enclosing section.
enum TemplateContext {
    static func value(of value: Any) -> Any? {
        if let optional = value as? any OptionalValue {
            guard let wrapped = optional.wrappedValue else { return nil }
            return self.value(of: wrapped)
        }
        if let object = value as? any TemplateObject {
            return dictionary(of: object)
        }
        if let objects = value as? [any TemplateObject], !objects.isEmpty {
            return objects.map(dictionary(of:))
        }
        return value
    }

    private static func dictionary(of object: any TemplateObject) -> [String: Any] {
        let mirror = Mirror(reflecting: object)
        var result: [String: Any] = [:]
        result.reserveCapacity(Int(mirror.children.count))
        for child in mirror.children {
            guard let label = child.label, let value = Self.value(of: child.value) else { continue }
            result[label] = value
        }
        return result
    }
}

/// Lets a value typed `Any` be asked whether it is an empty optional.
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self }
}
