import Testing
@testable import APGJSON

/// One test per schema feature: a passing and a failing instance, and where the error points.
@Suite struct JSONSchemaValidatorTests {
    private func errors(_ schema: String, _ instance: String) throws -> [JSONSchemaError] {
        try JSONSchemaValidator(schemaText: schema).validate(JSONParser.parse(instance))
    }

    private func paths(_ schema: String, _ instance: String) throws -> [String] {
        try errors(schema, instance).map(\.instancePath)
    }

    @Test func type() throws {
        #expect(try paths(#"{"type": "string"}"#, #""x""#) == [])
        #expect(try errors(#"{"type": "string"}"#, "1").map(\.message) == ["expected string, found integer"])
        #expect(try paths(#"{"type": ["string", "null"]}"#, "null") == [])
        #expect(try paths(#"{"type": ["string", "null"]}"#, "true") == [""])
        #expect(try paths(#"{"type": "object"}"#, "[]") == [""])
        #expect(try paths(#"{"type": "array"}"#, "{}") == [""])
        #expect(try paths(#"{"type": "boolean"}"#, "0") == [""])
    }

    @Test func integerAndNumber() throws {
        #expect(try paths(#"{"type": "integer"}"#, "3") == [])
        #expect(try paths(#"{"type": "integer"}"#, "3.0") == [])
        #expect(try paths(#"{"type": "integer"}"#, "3.5") == [""])
        #expect(try paths(#"{"type": "number"}"#, "3") == [])
        #expect(try paths(#"{"type": "integer"}"#, #""3""#) == [""])
    }

    @Test func propertiesAndRequired() throws {
        let schema = #"{"type": "object", "properties": {"a": {"type": "integer"}, "b/c": {"type": "string"}}, "required": ["a", "z"]}"#
        let found = try errors(schema, #"{"a": "no", "b/c": 1}"#)
        #expect(found.map(\.instancePath) == ["", "/a", "/b~1c"])
        #expect(found[0].message == "missing required property \"z\"")
        #expect(found[1].schemaPath == "/properties/a/type")
        #expect(found[2].schemaPath == "/properties/b~1c/type")
    }

    @Test func additionalPropertiesFalse() throws {
        let schema = #"{"properties": {"a": {}}, "additionalProperties": false}"#
        #expect(try paths(schema, #"{"a": 1}"#) == [])
        let found = try errors(schema, #"{"a": 1, "b": 2}"#)
        #expect(found.map(\.instancePath) == ["/b"])
        #expect(found.first?.message == "property \"b\" is not allowed")
    }

    @Test func additionalPropertiesSchema() throws {
        let schema = #"{"properties": {"a": {}}, "additionalProperties": {"type": "string"}}"#
        #expect(try paths(schema, #"{"a": 1, "b": "x"}"#) == [])
        #expect(try paths(schema, #"{"a": 1, "b": 2}"#) == ["/b"])
    }

    @Test func patternProperties() throws {
        let schema = #"{"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false}"#
        #expect(try paths(schema, #"{"x-a": "s"}"#) == [])
        #expect(try paths(schema, #"{"x-a": 1, "y": 1}"#) == ["/x-a", "/y"])
    }

    @Test func items() throws {
        let schema = #"{"type": "array", "items": {"type": "integer", "minimum": 0}}"#
        #expect(try paths(schema, "[0, 1, 2]") == [])
        #expect(try paths(schema, #"[0, -1, "x"]"#) == ["/1", "/2"])
    }

    @Test func tupleItems() throws {
        let schema = #"{"items": [{"type": "string"}, {"type": "integer"}], "additionalItems": false}"#
        #expect(try paths(schema, #"["a", 1]"#) == [])
        #expect(try paths(schema, #"[1, 1, 3]"#) == ["/0", "/2"])
    }

    @Test func minAndMaxItems() throws {
        #expect(try paths(#"{"minItems": 1}"#, "[]") == [""])
        #expect(try paths(#"{"minItems": 1}"#, "[1]") == [])
        #expect(try paths(#"{"maxItems": 1}"#, "[1, 2]") == [""])
    }

    @Test func uniqueItems() throws {
        #expect(try paths(#"{"uniqueItems": true}"#, #"[1, "1", {"a": 1, "b": 2}, [1]]"#) == [])
        let found = try errors(#"{"uniqueItems": true}"#, #"[{"a": 1, "b": 2}, 3, {"b": 2, "a": 1}]"#)
        #expect(found.map(\.message) == ["items 0 and 2 are equal"])
        #expect(try paths(#"{"uniqueItems": false}"#, "[1, 1]") == [])
    }

    @Test func enumAndConst() throws {
        #expect(try paths(#"{"enum": ["error", "warning", null]}"#, #""warning""#) == [])
        #expect(try paths(#"{"enum": ["error", "warning", null]}"#, "null") == [])
        #expect(try errors(#"{"enum": ["error", "warning"]}"#, #""fatal""#).map(\.message) == [#""fatal" is not one of "error", "warning""#])
        #expect(try paths(#"{"const": "2.1.0"}"#, #""2.1.0""#) == [])
        #expect(try paths(#"{"const": {"a": [1], "b": 2}}"#, #"{"b": 2, "a": [1]}"#) == [])
        #expect(try paths(#"{"const": "2.1.0"}"#, #""2.0.0""#) == [""])
    }

    @Test func referencesToDefinitionsAndDefs() throws {
        let schema = ##"""
        {"properties": {"a": {"$ref": "#/definitions/positive"}, "b": {"$ref": "#/$defs/name"}},
         "definitions": {"positive": {"type": "integer", "minimum": 1}},
         "$defs": {"name": {"type": "string", "minLength": 2}}}
        """##
        #expect(try paths(schema, #"{"a": 1, "b": "ok"}"#) == [])
        let found = try errors(schema, #"{"a": 0, "b": "x"}"#)
        #expect(found.map(\.instancePath) == ["/a", "/b"])
        #expect(found.map(\.schemaPath) == ["/properties/a/$ref/minimum", "/properties/b/$ref/minLength"])
    }

    @Test func recursiveReferences() throws {
        let schema = ##"{"type": "object", "properties": {"child": {"$ref": "#"}, "n": {"type": "integer"}}}"##
        #expect(try paths(schema, #"{"child": {"child": {"n": 1}}}"#) == [])
        #expect(try paths(schema, #"{"child": {"child": {"n": "x"}}}"#) == ["/child/child/n"])
    }

    @Test func unresolvableAndSelfReferencesDoNotHang() throws {
        #expect(try errors(##"{"$ref": "#/definitions/missing"}"##, "1").map(\.message) == [##"cannot resolve schema reference "#/definitions/missing""##])
        #expect(try errors(##"{"$ref": "#"}"##, "1").count == 1)
    }

    @Test func deepInstancesStopAtTheDepthLimit() throws {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let found = try errors(##"{"type": "array", "items": {"$ref": "#"}}"##, deep)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("schema nesting exceeds") == true)
    }

    @Test func minimumAndMaximum() throws {
        #expect(try paths(#"{"minimum": 1, "maximum": 3}"#, "1") == [])
        #expect(try paths(#"{"minimum": 1, "maximum": 3}"#, "3") == [])
        #expect(try paths(#"{"minimum": 1, "maximum": 3}"#, "0") == [""])
        #expect(try paths(#"{"minimum": 1, "maximum": 3}"#, "3.5") == [""])
        #expect(try paths(#"{"exclusiveMinimum": 1}"#, "1") == [""])
        #expect(try paths(#"{"minimum": 1, "exclusiveMinimum": true}"#, "1") == [""])
        #expect(try paths(#"{"minimum": 1}"#, #""0""#) == [])
    }

    @Test func minLengthCountsCodePoints() throws {
        #expect(try paths(#"{"minLength": 2}"#, #""中文""#) == [])
        #expect(try paths(#"{"minLength": 3}"#, #""中文""#) == [""])
        #expect(try paths(#"{"maxLength": 2}"#, #""abc""#) == [""])
    }

    @Test func pattern() throws {
        let guid = #"{"pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"}"#
        #expect(try paths(guid, #""0f8fad5b-d9cb-469f-a165-70867728950e""#) == [])
        #expect(try paths(guid, #""not-a-guid""#) == [""])
        // Unanchored patterns match anywhere.
        #expect(try paths(#"{"pattern": "[0-9]+(\\.[0-9]+){3}"}"#, #""v1.2.3.4-beta""#) == [])
        #expect(try errors(#"{"pattern": "("}"#, #""x""#).map(\.message) == [#"invalid regular expression "(" in schema"#])
    }

    @Test(arguments: [
        ("uri", "https://example.com/a?b#c", true),
        ("uri", "file:///tmp/x", true),
        ("uri", "relative/path", false),
        ("uri", "https://exa mple.com", false),
        ("uri-reference", "de/plan%20guide.md", true),
        ("uri-reference", "de/plan guide.md", false),
        ("date", "2026-02-28", true),
        ("date", "2024-02-29", true),
        ("date", "2026-02-29", false),
        ("date", "2026-13-01", false),
        ("date", "26-01-01", false),
        ("date-time", "2026-11-26T16:02:56Z", true),
        ("date-time", "2026-11-26T16:02:56.123+01:00", true),
        ("date-time", "2026-11-26 16:02:56Z", false),
        ("date-time", "2026-11-26T25:00:00Z", false),
        ("date-time", "2026-11-26T16:02:56", false),
        ("email", "anything goes", true),
    ])
    func format(name: String, value: String, valid: Bool) throws {
        let schema: JSONValue = ["format": .string(name)]
        #expect(JSONSchemaValidator(schema: schema).isValid(.string(value)) == valid)
    }

    @Test func oneOf() throws {
        let schema = #"{"oneOf": [{"type": "integer"}, {"minimum": 2}]}"#
        #expect(try paths(schema, "1") == [])
        #expect(try paths(schema, "2.5") == [])
        #expect(try errors(schema, "3").map(\.message) == ["matches 2 alternatives in oneOf (0, 1), expected exactly one"])
        #expect(try errors(schema, "1.5").map(\.message) == ["matches none of the 2 alternatives in oneOf"])
    }

    @Test func anyOf() throws {
        let schema = #"{"anyOf": [{"required": ["text"]}, {"required": ["id"]}]}"#
        #expect(try paths(schema, #"{"text": "x"}"#) == [])
        #expect(try paths(schema, #"{"id": "x", "text": "y"}"#) == [])
        #expect(try errors(schema, "{}").map(\.schemaPath) == ["/anyOf"])
    }

    @Test func allOf() throws {
        let schema = #"{"allOf": [{"type": "integer"}, {"minimum": 2}]}"#
        #expect(try paths(schema, "3") == [])
        #expect(try errors(schema, "1").map(\.schemaPath) == ["/allOf/1/minimum"])
    }

    @Test func not() throws {
        #expect(try paths(#"{"not": {"type": "null"}}"#, "1") == [])
        #expect(try errors(#"{"not": {"type": "null"}}"#, "null").map(\.message) == ["must not match the schema in not"])
    }

    @Test func booleanSchemas() throws {
        #expect(try paths("true", "1") == [])
        #expect(try paths("false", "1") == [""])
        #expect(try paths(#"{"properties": {"a": false}}"#, #"{"a": 1}"#) == ["/a"])
    }

    @Test func dependencies() throws {
        let schema = #"{"dependencies": {"endLine": ["startLine"], "card": {"required": ["billing"]}}}"#
        #expect(try paths(schema, #"{"endLine": 2, "startLine": 1}"#) == [])
        #expect(try errors(schema, #"{"endLine": 2}"#).map(\.message) == [#"property "startLine" is required when "endLine" is present"#])
        #expect(try errors(schema, #"{"card": 1}"#).map(\.schemaPath) == ["/dependencies/card/required"])
    }

    @Test func ignoresAnnotationsAndUnknownKeywords() throws {
        #expect(try paths(#"{"default": 5, "description": "d", "title": "t", "x-custom": 1, "type": "string"}"#, #""s""#) == [])
    }

    @Test func errorDescriptionIsReadable() throws {
        let found = try errors(#"{"properties": {"a": {"type": "string"}}}"#, #"{"a": 1}"#)
        #expect(found.map(\.description) == ["/a: expected string, found integer [#/properties/a/type]"])
    }

    @Test func jsonPointerResolution() throws {
        let document = try JSONParser.parse(#"{"a/b": {"m~n": [10, 20]}, "": 1}"#)
        #expect(JSONPointer.resolve("/a~1b/m~0n/1", in: document) == 20)
        #expect(JSONPointer.resolve("/", in: document) == 1)
        #expect(JSONPointer.resolve("", in: document) == document)
        #expect(JSONPointer.resolve("/a~1b/m~0n/01", in: document) == nil)
        #expect(JSONPointer.resolve("/missing", in: document) == nil)
    }
}
