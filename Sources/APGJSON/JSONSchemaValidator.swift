import Foundation

/// One way an instance fails a schema: where in the instance (a JSON pointer, `""` for
/// the whole document), which schema keyword failed (a pointer into the schema), and why.
public struct JSONSchemaError: Hashable, Sendable, CustomStringConvertible {
    public var instancePath: String
    public var schemaPath: String
    public var message: String

    public init(instancePath: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    public var description: String {
        "\(instancePath.isEmpty ? "(root)" : instancePath): \(message) [\(schemaPath.isEmpty ? "#" : "#" + schemaPath)]"
    }
}

/// Validates JSON values against a JSON Schema (the draft-04/draft-07 subset that the
/// SARIF 2.1.0 schema and apg's own schemas use).
///
/// Supported: boolean schemas, `type` (string or array, with `integer`), `enum`, `const`,
/// `properties`, `patternProperties`, `additionalProperties`, `required`, `dependencies`,
/// `minProperties`/`maxProperties`, `items` (schema or tuple) with `additionalItems`,
/// `minItems`/`maxItems`, `uniqueItems`, `contains`, `minLength`/`maxLength`, `pattern`,
/// `format` (`uri`, `uri-reference`, `date`, `date-time`, leniently), `minimum`/`maximum`
/// and both forms of `exclusiveMinimum`/`exclusiveMaximum`, `multipleOf`, `allOf`,
/// `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, and `$ref` to any JSON pointer in the
/// same document (`#/definitions/...`, `#/$defs/...`). As in draft-07, keywords beside
/// `$ref` are ignored. Annotations (`default`, `description`, `title`) are ignored.
public struct JSONSchemaValidator: Sendable {
    public let schema: JSONValue
    /// Stops pathological schemas (for example `{"$ref": "#"}`) from recursing forever.
    public var maximumDepth = 256

    public init(schema: JSONValue) {
        self.schema = schema
    }

    public init(schemaText: String) throws(JSONParseError) {
        self.schema = try JSONParser.parse(schemaText)
    }

    /// Every violation, in document order of the instance; empty when valid.
    public func validate(_ instance: JSONValue) -> [JSONSchemaError] {
        let context = ValidationContext(root: schema, maximumDepth: maximumDepth)
        var errors: [JSONSchemaError] = []
        context.validate(instance, against: schema, instancePath: "", schemaPath: "", depth: 0, errors: &errors)
        return errors
    }

    public func isValid(_ instance: JSONValue) -> Bool { validate(instance).isEmpty }
}

/// Per-run state: compiled patterns are cached because SARIF reuses the same GUID
/// pattern for every result.
private final class ValidationContext {
    let root: JSONValue
    let maximumDepth: Int
    private var patterns: [String: NSRegularExpression?] = [:]

    init(root: JSONValue, maximumDepth: Int) {
        self.root = root
        self.maximumDepth = maximumDepth
    }

    func validate(
        _ instance: JSONValue,
        against schema: JSONValue,
        instancePath: String,
        schemaPath: String,
        depth: Int,
        errors: inout [JSONSchemaError]
    ) {
        func fail(_ keyword: String, _ message: String) {
            errors.append(JSONSchemaError(instancePath: instancePath, schemaPath: schemaPath + "/" + JSONPointer.escape(keyword), message: message))
        }
        func sub(_ value: JSONValue, _ subschema: JSONValue, _ path: String, _ schemaSuffix: String, into target: inout [JSONSchemaError]) {
            validate(value, against: subschema, instancePath: path, schemaPath: schemaPath + schemaSuffix, depth: depth + 1, errors: &target)
        }

        guard depth <= maximumDepth else {
            errors.append(JSONSchemaError(instancePath: instancePath, schemaPath: schemaPath, message: "schema nesting exceeds \(maximumDepth) levels (recursive $ref?)"))
            return
        }

        switch schema {
        case .bool(true): return
        case .bool(false):
            errors.append(JSONSchemaError(instancePath: instancePath, schemaPath: schemaPath, message: "no value is allowed here"))
            return
        case .object: break
        default: return  // Not a schema; nothing to check.
        }

        if let reference = schema["$ref"]?.stringValue {
            guard let target = resolve(reference) else {
                fail("$ref", "cannot resolve schema reference \"\(reference)\"")
                return
            }
            validate(instance, against: target, instancePath: instancePath, schemaPath: schemaPath + "/$ref", depth: depth + 1, errors: &errors)
            return
        }

        if let types = schema["type"] {
            let allowed = types.arrayValue?.compactMap(\.stringValue) ?? types.stringValue.map { [$0] } ?? []
            if !allowed.isEmpty, !allowed.contains(where: { Self.has(type: $0, instance) }) {
                fail("type", "expected \(allowed.joined(separator: " or ")), found \(Self.typeName(instance))")
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(where: { Self.equal($0, instance) }) {
            fail("enum", "\(Self.preview(instance)) is not one of \(options.map(Self.preview).joined(separator: ", "))")
        }
        if let constant = schema["const"], !Self.equal(constant, instance) {
            fail("const", "expected \(Self.preview(constant)), found \(Self.preview(instance))")
        }

        switch instance {
        case .object(let members):
            validateObject(members, schema: schema, instancePath: instancePath, schemaPath: schemaPath, depth: depth, errors: &errors)
        case .array(let elements):
            validateArray(elements, schema: schema, instancePath: instancePath, schemaPath: schemaPath, depth: depth, errors: &errors)
        case .string(let text):
            validateString(text, schema: schema, fail: fail)
        case .number(let number):
            validateNumber(number, schema: schema, fail: fail)
        default: break
        }

        if let all = schema["allOf"]?.arrayValue {
            for (index, subschema) in all.enumerated() {
                sub(instance, subschema, instancePath, "/allOf/\(index)", into: &errors)
            }
        }
        if let any = schema["anyOf"]?.arrayValue {
            let matches = any.enumerated().contains { index, subschema in
                var scratch: [JSONSchemaError] = []
                sub(instance, subschema, instancePath, "/anyOf/\(index)", into: &scratch)
                return scratch.isEmpty
            }
            if !matches { fail("anyOf", "matches none of the \(any.count) alternatives in anyOf") }
        }
        if let one = schema["oneOf"]?.arrayValue {
            var matching: [Int] = []
            for (index, subschema) in one.enumerated() {
                var scratch: [JSONSchemaError] = []
                sub(instance, subschema, instancePath, "/oneOf/\(index)", into: &scratch)
                if scratch.isEmpty { matching.append(index) }
            }
            if matching.isEmpty {
                fail("oneOf", "matches none of the \(one.count) alternatives in oneOf")
            } else if matching.count > 1 {
                fail("oneOf", "matches \(matching.count) alternatives in oneOf (\(matching.map(String.init).joined(separator: ", "))), expected exactly one")
            }
        }
        if let negated = schema["not"] {
            var scratch: [JSONSchemaError] = []
            sub(instance, negated, instancePath, "/not", into: &scratch)
            if scratch.isEmpty { fail("not", "must not match the schema in not") }
        }
        if let condition = schema["if"] {
            var scratch: [JSONSchemaError] = []
            sub(instance, condition, instancePath, "/if", into: &scratch)
            if scratch.isEmpty {
                if let then = schema["then"] { sub(instance, then, instancePath, "/then", into: &errors) }
            } else if let otherwise = schema["else"] {
                sub(instance, otherwise, instancePath, "/else", into: &errors)
            }
        }
    }

    private func validateObject(
        _ members: [(key: String, value: JSONValue)],
        schema: JSONValue,
        instancePath: String,
        schemaPath: String,
        depth: Int,
        errors: inout [JSONSchemaError]
    ) {
        func fail(_ keyword: String, _ message: String) {
            errors.append(JSONSchemaError(instancePath: instancePath, schemaPath: schemaPath + "/" + keyword, message: message))
        }
        let names = Set(members.map(\.key))
        if let required = schema["required"]?.arrayValue?.compactMap(\.stringValue) {
            for name in required where !names.contains(name) {
                fail("required", "missing required property \"\(name)\"")
            }
        }
        if let minimum = schema["minProperties"]?.numberValue, Double(members.count) < minimum {
            fail("minProperties", "has \(members.count) properties, expected at least \(JSONWriter.format(minimum))")
        }
        if let maximum = schema["maxProperties"]?.numberValue, Double(members.count) > maximum {
            fail("maxProperties", "has \(members.count) properties, expected at most \(JSONWriter.format(maximum))")
        }
        let properties = schema["properties"]
        let patternProperties: [(pattern: String, schema: JSONValue)] = {
            guard case .object(let entries)? = schema["patternProperties"] else { return [] }
            return entries.map { (pattern: $0.key, schema: $0.value) }
        }()
        let additional = schema["additionalProperties"]
        for member in members {
            let path = instancePath + "/" + JSONPointer.escape(member.key)
            var matched = false
            if let propertySchema = properties?[member.key] {
                matched = true
                validate(member.value, against: propertySchema, instancePath: path,
                         schemaPath: schemaPath + "/properties/" + JSONPointer.escape(member.key), depth: depth + 1, errors: &errors)
            }
            for entry in patternProperties {
                guard let expression = regex(entry.pattern) else {
                    fail("patternProperties", "invalid regular expression \"\(entry.pattern)\" in schema")
                    continue
                }
                if Self.matches(expression, member.key) {
                    matched = true
                    validate(member.value, against: entry.schema, instancePath: path,
                             schemaPath: schemaPath + "/patternProperties/" + JSONPointer.escape(entry.pattern), depth: depth + 1, errors: &errors)
                }
            }
            if !matched, let additional {
                if case .bool(false) = additional {
                    errors.append(JSONSchemaError(instancePath: path, schemaPath: schemaPath + "/additionalProperties", message: "property \"\(member.key)\" is not allowed"))
                } else {
                    validate(member.value, against: additional, instancePath: path, schemaPath: schemaPath + "/additionalProperties", depth: depth + 1, errors: &errors)
                }
            }
        }
        if case .object(let dependencies)? = schema["dependencies"] {
            for dependency in dependencies where names.contains(dependency.key) {
                if let requiredNames = dependency.value.arrayValue {
                    for case .string(let name) in requiredNames where !names.contains(name) {
                        fail("dependencies", "property \"\(name)\" is required when \"\(dependency.key)\" is present")
                    }
                } else {
                    validate(.object(members), against: dependency.value, instancePath: instancePath,
                             schemaPath: schemaPath + "/dependencies/" + JSONPointer.escape(dependency.key), depth: depth + 1, errors: &errors)
                }
            }
        }
        if let propertyNames = schema["propertyNames"] {
            for member in members {
                var scratch: [JSONSchemaError] = []
                validate(.string(member.key), against: propertyNames, instancePath: instancePath, schemaPath: schemaPath + "/propertyNames", depth: depth + 1, errors: &scratch)
                if !scratch.isEmpty { fail("propertyNames", "property name \"\(member.key)\" is not allowed") }
            }
        }
    }

    private func validateArray(
        _ elements: [JSONValue],
        schema: JSONValue,
        instancePath: String,
        schemaPath: String,
        depth: Int,
        errors: inout [JSONSchemaError]
    ) {
        func fail(_ keyword: String, _ message: String) {
            errors.append(JSONSchemaError(instancePath: instancePath, schemaPath: schemaPath + "/" + keyword, message: message))
        }
        if let minimum = schema["minItems"]?.numberValue, Double(elements.count) < minimum {
            fail("minItems", "has \(elements.count) items, expected at least \(JSONWriter.format(minimum))")
        }
        if let maximum = schema["maxItems"]?.numberValue, Double(elements.count) > maximum {
            fail("maxItems", "has \(elements.count) items, expected at most \(JSONWriter.format(maximum))")
        }
        if case .bool(true)? = schema["uniqueItems"] {
            // Hash by a canonical form so that the check stays linear.
            var seen: [String: Int] = [:]
            for (index, element) in elements.enumerated() {
                let key = Self.canonical(element)
                if let first = seen[key] {
                    fail("uniqueItems", "items \(first) and \(index) are equal")
                } else {
                    seen[key] = index
                }
            }
        }
        switch schema["items"] {
        case .some(.array(let tuple)):
            for (index, element) in elements.enumerated() {
                let path = instancePath + "/\(index)"
                if index < tuple.count {
                    validate(element, against: tuple[index], instancePath: path, schemaPath: schemaPath + "/items/\(index)", depth: depth + 1, errors: &errors)
                } else if let additional = schema["additionalItems"] {
                    validate(element, against: additional, instancePath: path, schemaPath: schemaPath + "/additionalItems", depth: depth + 1, errors: &errors)
                }
            }
        case .some(let itemSchema):
            for (index, element) in elements.enumerated() {
                validate(element, against: itemSchema, instancePath: instancePath + "/\(index)", schemaPath: schemaPath + "/items", depth: depth + 1, errors: &errors)
            }
        case .none: break
        }
        if let contains = schema["contains"] {
            let found = elements.contains { element in
                var scratch: [JSONSchemaError] = []
                validate(element, against: contains, instancePath: instancePath, schemaPath: schemaPath + "/contains", depth: depth + 1, errors: &scratch)
                return scratch.isEmpty
            }
            if !found { fail("contains", "no item matches the schema in contains") }
        }
    }

    private func validateString(_ text: String, schema: JSONValue, fail: (String, String) -> Void) {
        let length = text.unicodeScalars.count
        if let minimum = schema["minLength"]?.numberValue, Double(length) < minimum {
            fail("minLength", "string has \(length) characters, expected at least \(JSONWriter.format(minimum))")
        }
        if let maximum = schema["maxLength"]?.numberValue, Double(length) > maximum {
            fail("maxLength", "string has \(length) characters, expected at most \(JSONWriter.format(maximum))")
        }
        if let pattern = schema["pattern"]?.stringValue {
            if let expression = regex(pattern) {
                if !Self.matches(expression, text) { fail("pattern", "\(Self.preview(.string(text))) does not match the pattern \"\(pattern)\"") }
            } else {
                fail("pattern", "invalid regular expression \"\(pattern)\" in schema")
            }
        }
        if let format = schema["format"]?.stringValue, let check = FormatCheck(rawValue: format), !check.accepts(text) {
            fail("format", "\(Self.preview(.string(text))) is not a valid \(format)")
        }
    }

    private func validateNumber(_ number: Double, schema: JSONValue, fail: (String, String) -> Void) {
        let exclusiveMinimumFlag = schema["exclusiveMinimum"] == .bool(true)
        let exclusiveMaximumFlag = schema["exclusiveMaximum"] == .bool(true)
        if let minimum = schema["minimum"]?.numberValue {
            if exclusiveMinimumFlag ? number <= minimum : number < minimum {
                fail("minimum", "\(JSONWriter.format(number)) is less than \(exclusiveMinimumFlag ? "or equal to " : "")the minimum \(JSONWriter.format(minimum))")
            }
        }
        if let maximum = schema["maximum"]?.numberValue {
            if exclusiveMaximumFlag ? number >= maximum : number > maximum {
                fail("maximum", "\(JSONWriter.format(number)) is greater than \(exclusiveMaximumFlag ? "or equal to " : "")the maximum \(JSONWriter.format(maximum))")
            }
        }
        if let bound = schema["exclusiveMinimum"]?.numberValue, number <= bound {
            fail("exclusiveMinimum", "\(JSONWriter.format(number)) must be greater than \(JSONWriter.format(bound))")
        }
        if let bound = schema["exclusiveMaximum"]?.numberValue, number >= bound {
            fail("exclusiveMaximum", "\(JSONWriter.format(number)) must be less than \(JSONWriter.format(bound))")
        }
        if let divisor = schema["multipleOf"]?.numberValue, divisor > 0 {
            let quotient = number / divisor
            if quotient.isFinite, abs(quotient - quotient.rounded()) > 1e-9 {
                fail("multipleOf", "\(JSONWriter.format(number)) is not a multiple of \(JSONWriter.format(divisor))")
            }
        }
    }

    // MARK: References

    private var resolved: [String: JSONValue?] = [:]

    /// Resolves a same-document reference (`#`, `#/definitions/x`); remote references
    /// are not fetched.
    private func resolve(_ reference: String) -> JSONValue? {
        if let cached = resolved[reference] { return cached }
        var result: JSONValue?
        if reference.hasPrefix("#") {
            let fragment = String(reference.dropFirst())
            let pointer = fragment.removingPercentEncoding ?? fragment
            result = JSONPointer.resolve(pointer, in: root)
        }
        resolved[reference] = result
        return result
    }

    // MARK: Patterns

    private func regex(_ pattern: String) -> NSRegularExpression? {
        if let cached = patterns[pattern] { return cached }
        let compiled = try? NSRegularExpression(pattern: pattern)
        patterns[pattern] = compiled
        return compiled
    }

    /// JSON Schema patterns are unanchored: a match anywhere counts.
    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    // MARK: Values

    static func has(type: String, _ value: JSONValue) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number): true
        case ("integer", .number(let number)): number.isFinite && number == number.rounded()
        default: false
        }
    }

    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number == number.rounded() ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// JSON Schema equality: objects compare without regard to member order.
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.array(a), .array(b)): a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case let (.object(a), .object(b)):
            a.count == b.count && a.allSatisfy { member in b.first { $0.key == member.key }.map { equal(member.value, $0.value) } ?? false }
        default: lhs == rhs
        }
    }

    /// A serialization with object members sorted, so equal values have equal keys.
    static func canonical(_ value: JSONValue) -> String {
        func sortedMembers(_ value: JSONValue) -> JSONValue {
            switch value {
            case .array(let elements): .array(elements.map(sortedMembers))
            case .object(let members): .object(members.sorted { $0.key < $1.key }.map { (key: $0.key, value: sortedMembers($0.value)) })
            default: value
            }
        }
        return JSONWriter.serialize(sortedMembers(value), pretty: false)
    }

    /// A short rendering of a value for messages.
    static func preview(_ value: JSONValue) -> String {
        let text = JSONWriter.serialize(value, pretty: false)
        guard text.count > 60 else { return text }
        return String(text.prefix(57)) + "..."
    }
}

/// The `format` values apg checks. They are deliberately lenient: they catch values
/// that are clearly not of the format, not every corner of the RFCs.
private enum FormatCheck: String {
    case uri
    case uriReference = "uri-reference"
    case date
    case dateTime = "date-time"

    func accepts(_ text: String) -> Bool {
        switch self {
        case .uri: return Self.hasScheme(text) && Self.hasNoForbiddenCharacters(text)
        case .uriReference: return Self.hasNoForbiddenCharacters(text)
        case .date: return Self.isDate(Substring(text))
        case .dateTime: return Self.isDateTime(text)
        }
    }

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "." }
    }

    private static func hasNoForbiddenCharacters(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }

    private static func isDate(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func isDateTime(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { $0 == "T" || $0 == "t" }) else { return false }
        guard isDate(text[..<separator]) else { return false }
        var time = text[text.index(after: separator)...]
        // Offset: Z or ±HH:MM.
        if time.hasSuffix("Z") || time.hasSuffix("z") {
            time = time.dropLast()
        } else {
            guard time.count > 6 else { return false }
            let offset = time.suffix(6)
            let sign = offset.first
            let digits = offset.dropFirst()
            guard sign == "+" || sign == "-", isClock(digits, allowSeconds: false) else { return false }
            time = time.dropLast(6)
        }
        if let dot = time.firstIndex(of: ".") {
            let fraction = time[time.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return false }
            time = time[..<dot]
        }
        return isClock(time, allowSeconds: true)
    }

    /// `HH:MM` or `HH:MM:SS` (seconds up to 60 for leap seconds).
    private static func isClock(_ text: Substring, allowSeconds: Bool) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == (allowSeconds ? 3 : 2), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return false }
        if allowSeconds, let second = Int(parts[2]), second > 60 { return false }
        return true
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// RFC 6901 JSON pointers.
public enum JSONPointer {
    /// Escapes one reference token: `~` as `~0`, `/` as `~1`.
    public static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    public static func unescape(_ token: Substring) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The value a pointer such as `/definitions/run` designates, or nil.
    public static func resolve(_ pointer: String, in document: JSONValue) -> JSONValue? {
        if pointer.isEmpty { return document }
        guard pointer.hasPrefix("/") else { return nil }
        var current = document
        for rawToken in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = unescape(rawToken)
            switch current {
            case .object:
                guard let next = current[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(token), index >= 0, index < elements.count,
                      token == "0" || !token.hasPrefix("0") else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
