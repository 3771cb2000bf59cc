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

    /// The part's bytes, valid UTF-8; scanned with `memchr` where it can, so that even a
    /// debug build reads a large sheet quickly.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let part: String
    private var index = 0

    static func parse(_ data: Data, part: String) throws -> XMLTreeElement {
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw SpreadsheetError.malformed("\(part) is not well-formed XML (line 1): the text is not UTF-8")
        }
        return try bytes.withUnsafeBufferPointer { buffer in
            var parser = XMLPartParser(bytes: buffer, part: part)
            return try parser.document()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, part: String) {
        self.bytes = bytes
        self.part = part
    }

    private mutating func document() throws -> XMLTreeElement {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var root: XMLTreeElement?
        var open: [(element: XMLTreeElement, name: Range<Int>)] = []
        while index < bytes.count {
            guard bytes[index] == Byte.lessThan else {
                let start = index
                index = find(Byte.lessThan, from: index) ?? bytes.count
                if let current = open.last?.element {
                    current.text += try decoded(start..<index, inAttribute: false)
                } else if bytes[start..<index].contains(where: { !Byte.isSpace($0) }) {
                    throw malformed("text outside the root element", at: start)
                }
                continue
            }
            let start = index
            switch index + 1 < bytes.count ? bytes[index + 1] : 0 {
            case Byte.question:
                try skip(past: "?>", what: "a processing instruction")
            case Byte.exclamation where matches("<!--"):
                try skip(past: "-->", what: "a comment")
            case Byte.exclamation where matches("<![CDATA["):
                guard let current = open.last?.element else { throw malformed("CDATA outside the root element", at: start) }
                index += 9
                let contentStart = index
                try skip(past: "]]>", what: "a CDATA section")
                current.text += string(contentStart..<(index - 3))
            case Byte.exclamation:
                throw malformed("a document type or other declaration, which a workbook part never has")
            case Byte.slash:
                index += 2
                let name = try self.name()
                skipSpaces()
                try expect(Byte.greaterThan)
                guard let last = open.popLast() else {
                    throw malformed("the end tag '</\(string(name))>' closes no open element", at: start)
                }
                guard bytes[last.name].elementsEqual(bytes[name]) else {
                    throw malformed("the end tag '</\(string(name))>' does not close '<\(string(last.name))>'", at: start)
                }
            default:
                index += 1
                let name = try self.name()
                let (attributes, isEmpty) = try self.attributes()
                guard root == nil || !open.isEmpty else { throw malformed("a second root element", at: start) }
                let element = XMLTreeElement(name: localName(name), attributes: attributes)
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
            throw malformed("the element '\(string(unclosed.name))' is not closed")
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
            if bytes[index] == Byte.slash, index + 1 < bytes.count, bytes[index + 1] == Byte.greaterThan {
                index += 2
                return (attributes, true)
            }
            guard spaced else { throw malformed("an attribute not separated from what precedes it by a space") }
            let start = index
            let name = try string(self.name())
            skipSpaces()
            try expect(Byte.equals)
            skipSpaces()
            guard index < bytes.count, bytes[index] == Byte.quote || bytes[index] == Byte.apostrophe else {
                throw malformed("the value of attribute '\(name)' is not quoted")
            }
            let valueStart = index + 1
            guard let valueEnd = find(bytes[index], from: valueStart) else {
                throw malformed("the value of attribute '\(name)' does not end", at: valueStart)
            }
            if let lessThan = find(Byte.lessThan, from: valueStart, to: valueEnd) {
                throw malformed("a '<' in the value of attribute '\(name)'", at: lessThan)
            }
            let value = try decoded(valueStart..<valueEnd, inAttribute: true)
            index = valueEnd + 1
            guard attributes.updateValue(value, forKey: name) == nil else {
                throw malformed("the attribute '\(name)' appears twice in one element", at: start)
            }
        }
    }

    /// A name: everything up to a space, `/`, `>`, `=`, `<` or a quote; never empty.
    private mutating func name() throws -> Range<Int> {
        let start = index
        while index < bytes.count, !Byte.endsName(bytes[index]) { index += 1 }
        guard index > start else { throw malformed("a '<' or attribute without a name", at: start) }
        return start..<index
    }

    /// Text with its references replaced and its line ends normalized as XML does (CR LF
    /// and CR become LF; in an attribute value, every line end and tab becomes a space).
    private func decoded(_ range: Range<Int>, inAttribute: Bool) throws -> String {
        let plain = find(Byte.ampersand, from: range.lowerBound, to: range.upperBound) == nil
            && find(Byte.carriageReturn, from: range.lowerBound, to: range.upperBound) == nil
            && (!inAttribute || (find(Byte.newline, from: range.lowerBound, to: range.upperBound) == nil
                                 && find(Byte.tab, from: range.lowerBound, to: range.upperBound) == nil))
        if plain { return string(range) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            switch byte {
            case Byte.ampersand:
                let nameStart = position + 1
                guard let semicolon = find(Byte.semicolon, from: nameStart, to: min(range.upperBound, nameStart + 12)) else {
                    throw malformed("an '&' that starts no entity or character reference", at: position)
                }
                guard let scalar = Self.reference(string(nameStart..<semicolon)) else {
                    throw malformed("'&\(string(nameStart..<semicolon));' is not an entity a workbook uses", at: position)
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
    static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
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
    private func localName(_ name: Range<Int>) -> String {
        let colon = bytes[name].lastIndex(of: Byte.colon)
        return string(colon.map { ($0 + 1)..<name.upperBound } ?? name)
    }

    // MARK: Moving through the bytes

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The offset of the next `byte` in `from..<to` (to the end by default).
    private func find(_ byte: UInt8, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard start < end, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private func matches(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[index..<(index + count)].elementsEqual($0) }
    }

    /// Moves past the next `end`, or fails naming what was left open.
    private mutating func skip(past end: StaticString, what: String) throws {
        let start = index
        let first = end.withUTF8Buffer { $0[0] }
        while let candidate = find(first, from: index) {
            index = candidate
            if matches(end) {
                index += end.utf8CodeUnitCount
                return
            }
            index += 1
        }
        index = start
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
        var line = 1
        var next = 0
        while let newline = find(Byte.newline, from: next, to: position) {
            line += 1
            next = newline + 1
        }
        return .malformed("\(part) is not well-formed XML (line \(line)): \(reason)")
    }

    private enum Byte {
        static let tab: UInt8 = 0x09, newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, space: UInt8 = 0x20
        static let exclamation: UInt8 = 0x21, quote: UInt8 = 0x22, ampersand: UInt8 = 0x26, apostrophe: UInt8 = 0x27
        static let slash: UInt8 = 0x2F, colon: UInt8 = 0x3A, semicolon: UInt8 = 0x3B, lessThan: UInt8 = 0x3C
        static let equals: UInt8 = 0x3D, greaterThan: UInt8 = 0x3E, question: UInt8 = 0x3F

        // Literals rather than the constants above: these run for every byte of a name,
        // and a debug build pays for each access to a static constant.
        static func isSpace(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: true
            default: false
            }
        }

        /// Space, `"`, `'`, `/`, `<`, `=`, `>`.
        static func endsName(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x2F, 0x3C, 0x3D, 0x3E: true
            default: false
            }
        }
    }
}
