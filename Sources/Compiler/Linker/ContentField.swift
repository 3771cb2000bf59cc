import PlanModel

/// One attribute of an entity as a duplicate-definition message names it: its label,
/// how two values compare, and how a value reads ("Target: 12 vs 14").
struct ContentField<Subject> {
    let label: String
    /// The two values as shown, when they differ.
    let difference: (Subject, Subject) -> (String, String)?

    init<Value: Equatable>(_ label: String, _ value: @escaping (Subject) -> Value, show: @escaping (Value) -> String) {
        self.label = label
        self.difference = { lhs, rhs in
            let (left, right) = (value(lhs), value(rhs))
            return left == right ? nil : (show(left), show(right))
        }
    }

    init(_ label: String, _ value: @escaping (Subject) -> String?) {
        self.init(label, value, show: ContentField.text)
    }

    /// "Target: 12 vs 14; Owner: @jweber vs @kbauer" for the fields that differ.
    static func differences(_ lhs: Subject, _ rhs: Subject, in fields: [ContentField<Subject>]) -> [String] {
        fields.compactMap { field in
            field.difference(lhs, rhs).map { "\(field.label): \($0.0) vs \($0.1)" }
        }
    }

    static func text(_ value: String?) -> String { value.map { "'\($0)'" } ?? "none" }

    static func list(_ values: [String]) -> String { values.isEmpty ? "none" : values.joined(separator: ", ") }

    static func quantity(_ value: Quantity?) -> String { value?.text ?? "none" }

    static func date(_ value: PlanDate?) -> String { value?.written ?? "none" }

    static func persons(_ values: [PersonRef]) -> String { list(values.map(\.description)) }

    static func references(_ values: [Reference]) -> String { list(values.map(\.id)) }

    static func reference(_ value: Reference?) -> String { value?.id ?? "none" }

    static func raw<Value: RawRepresentable>(_ value: Value?) -> String where Value.RawValue == String { value?.rawValue ?? "none" }

    static func history(_ values: [HistoryEntry]) -> String {
        list(values.map { "\($0.date.written): \($0.text)" })
    }

    static func customFields(_ values: [CustomField]) -> String {
        list(values.map { "\($0.key): \($0.value)" })
    }
}

/// Fields every entity has, appended to each kind's own.
extension ContentField where Subject: Entity {
    static var common: [ContentField<Subject>] {
        [
            ContentField("Visibility", \.visibility, show: ContentField.raw),
            ContentField("custom fields", \.customFields, show: ContentField.customFields),
        ]
    }
}
