import Foundation

/// Reads the XML of one workbook part into an element tree. It knows the subset that
/// SpreadsheetML uses — elements, attributes, text, the five predefined entities,
/// character references, CDATA, comments and processing instructions — and refuses a
/// document type declaration: no spreadsheet program writes one, and it is how entity
/// expansion bombs arrive. Foundation's XMLParser is not used on these untrusted bytes
/// because it traps on some damaged workbooks (found by fuzz-spreadsheet). One pass,
/// linear in the size of the part; nesting is bounded.
struct XMLPartParser {
    /// SpreadsheetML nests a handful of levels; this is far beyond any real part.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let part: String
    private var index = 0

    static func parse(_ data: Data, part: String) throws -> XMLTreeElement {
        var parser = XMLPartParser(bytes: [UInt8](data), part: part)
        return try parser.document()
    }

    private init(bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    private mutating func document() throws -> XMLTreeElement {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw malformed("the text is not UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var root: XMLTreeElement?
        var open: [(element: XMLTreeElement, name: ArraySlice<UInt8>)] = []
        while index < bytes.count {
            guard bytes[index] == Byte.lessThan else {
                let start = index
                while index < bytes.count, bytes[index] != Byte.lessThan { index += 1 }
                if let current = open.last?.element {
                    current.text += try decoded(start..<index, inAttribute: false)
                } else if bytes[start..<index].contains(where: { !Byte.isSpace($0) }) {
                    throw malformed("text outside the root element", at: start)
                }
                continue
            }
            if starts(with: "<?") {
                try skip(past: "?>", what: "a processing instruction")
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "a comment")
            } else if starts(with: "<![CDATA[") {
                let start = index
                guard let current = open.last?.element else { throw malformed("CDATA outside the root element", at: start) }
                index += 9
                let contentStart = index
                try skip(past: "]]>", what: "a CDATA section")
                current.text += String(decoding: bytes[contentStart..<(index - 3)], as: UTF8.self)
            } else if starts(with: "<!") {
                throw malformed("a document type or other declaration, which a workbook part never has")
            } else if starts(with: "</") {
                let start = index
                index += 2
                let name = try self.name()
                skipSpaces()
                try expect(Byte.greaterThan)
                guard let last = open.popLast() else {
                    throw malformed("the end tag '</\(String(decoding: name, as: UTF8.self))>' closes no open element", at: start)
                }
                guard last.name == name else {
                    throw malformed("the end tag '</\(String(decoding: name, as: UTF8.self))>' does not close '<\(String(decoding: last.name, as: UTF8.self))>'", at: start)
                }
            } else {
                let start = index
                index += 1
                let name = try self.name()
                let (attributes, isEmpty) = try self.attributes()
                guard root == nil || !open.isEmpty else { throw malformed("a second root element", at: start) }
                let element = XMLTreeElement(name: Self.localName(name), attributes: attributes)
                if let parent = open.last?.element { parent.children.append(element) } else { root = element }
                if !isEmpty {
                    open.append((element, name))
                    guard open.count <= Self.maximumDepth else {
                        throw malformed("elements nested more than \(Self.maximumDepth) levels deep", at: start)
                    }
                }
            }
        }
        if let unclosed = open.last {
            throw malformed("the element '\(String(decoding: unclosed.name, as: UTF8.self))' is not closed")
        }
        guard let root else { throw malformed("no root element") }
        return root
    }

    /// The attributes of a start tag up to its `>` or `/>`, and whether it was `/>`.
    private mutating func attributes() throws -> ([String: String], isEmpty: Bool) {
        var attributes: [String: String] = [:]
        while true {
            let spaced = skipSpaces()
            guard index < bytes.count else { throw malformed("a start tag that does not end") }
            if bytes[index] == Byte.greaterThan {
                index += 1
                return (attributes, false)
            }
            if starts(with: "/>") {
                index += 2
                return (attributes, true)
            }
            guard spaced else { throw malformed("an attribute not separated from what precedes it by a space") }
            let start = index
            let name = try String(decoding: self.name(), as: UTF8.self)
            skipSpaces()
            try expect(Byte.equals)
            skipSpaces()
            guard index < bytes.count, bytes[index] == Byte.quote || bytes[index] == Byte.apostrophe else {
                throw malformed("the value of attribute '\(name)' is not quoted")
            }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == Byte.lessThan { throw malformed("a '<' in the value of attribute '\(name)'") }
                index += 1
            }
            guard index < bytes.count else { throw malformed("the value of attribute '\(name)' does not end", at: valueStart) }
            let value = try decoded(valueStart..<index, inAttribute: true)
            index += 1
            guard attributes.updateValue(value, forKey: name) == nil else {
                throw malformed("the attribute '\(name)' appears twice in one element", at: start)
            }
        }
    }

    /// A name: everything up to a space, `/`, `>`, `=`, `<` or a quote; never empty.
    private mutating func name() throws -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.count, !Byte.endsName(bytes[index]) { index += 1 }
        guard index > start else { throw malformed("a '<' or attribute without a name", at: start) }
        return bytes[start..<index]
    }

    /// Text with its references replaced and its line ends normalized as XML does (CR LF
    /// and CR become LF; in an attribute value, every line end and tab becomes a space).
    private func decoded(_ range: Range<Int>, inAttribute: Bool) throws -> String {
        guard bytes[range].contains(where: { $0 == Byte.ampersand || $0 == Byte.carriageReturn || (inAttribute && ($0 == Byte.newline || $0 == Byte.tab)) }) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            switch byte {
            case Byte.ampersand:
                let nameStart = position + 1
                guard let semicolon = bytes[nameStart..<min(range.upperBound, nameStart + 12)].firstIndex(of: Byte.semicolon) else {
                    throw malformed("an '&' that starts no entity or character reference", at: position)
                }
                guard let scalar = Self.reference(bytes[nameStart..<semicolon]) else {
                    throw malformed("'&\(String(decoding: bytes[nameStart..<semicolon], as: UTF8.self));' is not an entity a workbook uses", at: position)
                }
                result += Array(String(scalar).utf8)
                position = semicolon + 1
            case Byte.carriageReturn:
                result.append(inAttribute ? Byte.space : Byte.newline)
                position += 1
                if position < range.upperBound, bytes[position] == Byte.newline { position += 1 }
            case Byte.newline where inAttribute, Byte.tab where inAttribute:
                result.append(Byte.space)
                position += 1
            default:
                result.append(byte)
                position += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `lt`, `gt`, `amp`, `quot`, `apos`, `#123` or `#x7B`: the character; nil for
    /// anything else or a number that is no character XML allows.
    static func reference(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let text where text.hasPrefix("#x"):
            return UInt32(text.dropFirst(2), radix: 16).flatMap(xmlCharacter)
        case let text where text.hasPrefix("#"):
            return UInt32(text.dropFirst(), radix: 10).flatMap(xmlCharacter)
        default:
            return nil
        }
    }

    /// A character XML 1.0 allows: tab, line ends, and from the space on, without
    /// surrogates, U+FFFE and U+FFFF.
    static func xmlCharacter(_ value: UInt32) -> Unicode.Scalar? {
        guard value == 0x9 || value == 0xA || value == 0xD || value >= 0x20, value != 0xFFFE, value != 0xFFFF else { return nil }
        return Unicode.Scalar(value)
    }

    /// Names are read as local names (prefix dropped), so that `x:row` reads as `row`.
    static func localName(_ name: ArraySlice<UInt8>) -> String {
        let local = name.lastIndex(of: Byte.colon).map { name[($0 + 1)...] } ?? name
        return String(decoding: local, as: UTF8.self)
    }

    // MARK: Moving through the bytes

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    /// Moves past the next `end`, or fails naming what was left open.
    private mutating func skip(past end: StaticString, what: String) throws {
        let start = index
        let count = end.utf8CodeUnitCount
        while index + count <= bytes.count {
            if starts(with: end) {
                index += count
                return
            }
            index += 1
        }
        throw malformed("\(what) that does not end", at: start)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, Byte.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard index < bytes.count, bytes[index] == byte else {
            throw malformed("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        index += 1
    }

    private func malformed(_ reason: String, at offset: Int? = nil) -> SpreadsheetError {
        let position = min(offset ?? index, bytes.count)
        let line = bytes[..<position].reduce(1) { $1 == Byte.newline ? $0 + 1 : $0 }
        return .malformed("\(part) is not well-formed XML (line \(line)): \(reason)")
    }

    private enum Byte {
        static let tab: UInt8 = 0x09, newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, space: UInt8 = 0x20
        static let quote: UInt8 = 0x22, ampersand: UInt8 = 0x26, apostrophe: UInt8 = 0x27, slash: UInt8 = 0x2F
        static let colon: UInt8 = 0x3A, semicolon: UInt8 = 0x3B, lessThan: UInt8 = 0x3C, equals: UInt8 = 0x3D, greaterThan: UInt8 = 0x3E

        static func isSpace(_ byte: UInt8) -> Bool { byte == space || byte == tab || byte == newline || byte == carriageReturn }

        static func endsName(_ byte: UInt8) -> Bool {
            isSpace(byte) || byte == slash || byte == greaterThan || byte == equals || byte == lessThan || byte == quote || byte == apostrophe
        }
    }
}
