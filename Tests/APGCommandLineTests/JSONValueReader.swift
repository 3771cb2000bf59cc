import APGJSON
import Foundation

/// Reads JSON text back into a `JSONValue` for assertions (APGJSON only writes).
/// Booleans come back as numbers; object key order is not kept.
enum JSONValueReader {
    static func parse(_ text: String) -> JSONValue? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return nil }
        return convert(object)
    }

    private static func convert(_ object: Any) -> JSONValue {
        switch object {
        case let text as String: return .string(text)
        case let array as [Any]: return .array(array.map(convert))
        case let dictionary as [String: Any]:
            return .object(dictionary.keys.sorted().map { (key: $0, value: convert(dictionary[$0] ?? NSNull())) })
        case let number as NSNumber: return .number(number.doubleValue)
        default: return .null
        }
    }
}
