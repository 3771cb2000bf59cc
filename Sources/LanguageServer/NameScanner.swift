import Vocabulary

/// One place a name is written: a line (1-based) and the byte span of the name without
/// its `@` or `#`.
struct NameOccurrence: Hashable, Sendable {
    var path: String
    var line: Int
    /// 1-based byte column of the name's first byte.
    var column: Int
    var length: Int
}

/// Finds ids and handles in guide text, line by line (linear in the text).
///
/// A name is a maximal run of ASCII letters, digits, `-`, `_` and `.` (a trailing `.`
/// ends a sentence, not the name). It is a handle after `@` (not an e-mail's `@`), an id
/// after `#`; written bare it is an id when it is a code (`S1.1`, `DE-A1`) or stands in
/// the value of a reference attribute (`Unit: inverter`), and a handle in the front
/// matter's `authors:`.
struct NameScanner: Sendable {
    let vocabulary: Vocabulary

    /// Attribute keys whose values are ids.
    static let referenceKeys: Set<String> = ["unit", "addresses", "same-as", "not-same-as", "strategy", "tactic"]

    /// A name written in a line.
    struct Name {
        var target: SymbolTarget
        /// Byte span in the line.
        var span: Range<Int>
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default: false
        }
    }

    /// `G1`, `S1.2`, `DE-I3`: a letter first, letters and digits in parts separated by
    /// `.` or `-`, at least one digit (spec §4.1).
    static func isCode(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        guard bytes.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
        var previousWasSeparator = false
        for byte in bytes {
            let isSeparator = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            if isSeparator, previousWasSeparator { return false }
            if !isSeparator, byte == UInt8(ascii: "_") { return false }
            previousWasSeparator = isSeparator
        }
        return !previousWasSeparator
    }

    /// Every name written in a line. `inAuthors`: the line is the front matter's
    /// `authors:` line.
    func names(in line: ArraySlice<UInt8>, inAuthors: Bool = false) -> [Name] {
        let bytes = Array(line)
        let valueStart = referenceValueStart(bytes)
        var names: [Name] = []
        var index = 0
        while index < bytes.count {
            guard Self.isNameByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            var end = index
            while end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            guard end > start else { continue }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            let key = text.lowercased()
            let sigil = start > 0 ? bytes[start - 1] : nil
            if sigil == UInt8(ascii: "@") {
                // `name@example.com` is an e-mail address.
                if start < 2 || !Self.isNameByte(bytes[start - 2]) { names.append(Name(target: .handle(key), span: start..<end)) }
            } else if sigil == UInt8(ascii: "#") {
                names.append(Name(target: .id(key), span: start..<end))
            } else if inAuthors {
                if text.lowercased() != "authors" { names.append(Name(target: .handle(key), span: start..<end)) }
            } else if let valueStart, start >= valueStart {
                names.append(Name(target: .id(key), span: start..<end))
            } else if Self.isCode(text) {
                names.append(Name(target: .id(key), span: start..<end))
            }
        }
        return names
    }

    /// Where the value of a reference attribute starts (`- Unit: inverter`), else nil.
    func referenceValueStart(_ bytes: [UInt8]) -> Int? {
        guard let (key, valueStart) = Self.attributeKey(bytes), let canonical = vocabulary.attribute(key) else { return nil }
        return Self.referenceKeys.contains(canonical) ? valueStart : nil
    }

    /// `Key` and the offset after its colon in a `[- ]Key: value` line.
    static func attributeKey(_ bytes: [UInt8]) -> (String, Int)? {
        var index = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        if index + 1 < bytes.count, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]), bytes[index + 1] == UInt8(ascii: " ") {
            index += 2
        }
        let keyStart = index
        // The key ends at `:` or the full-width `：` (EF BC 9A).
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":") {
                return key(bytes[keyStart..<index]).map { ($0, index + 1) }
            }
            if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A {
                return key(bytes[keyStart..<index]).map { ($0, index + 3) }
            }
            index += 1
        }
        return nil
    }

    private static func key(_ bytes: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self).trimming(" \t")
        return text.isEmpty || text.count > 40 ? nil : text
    }

    /// Every occurrence of `target` in a file.
    func occurrences(of target: SymbolTarget, in lines: TextLines, path: String) -> [NameOccurrence] {
        var found: [NameOccurrence] = []
        let authorsLine = Self.authorsLine(lines)
        for line in 0..<lines.lineCount {
            let range = lines.lineRange(line)
            // Cheap filter first: most lines do not mention the name.
            guard Self.contains(lines.bytes[range], target.key) else { continue }
            for name in names(in: lines.bytes[range], inAuthors: line == authorsLine) where name.target == target {
                found.append(NameOccurrence(path: path, line: line + 1, column: name.span.lowerBound + 1, length: name.span.count))
            }
        }
        return found
    }

    /// The 0-based line of `authors:` inside the front matter, if any.
    static func authorsLine(_ lines: TextLines) -> Int? {
        guard lines.lineCount > 1, lines.lineText(0).trimming(" \t\u{FEFF}") == "---" else { return nil }
        for line in 1..<lines.lineCount {
            let text = lines.lineText(line)
            if text.trimming(" \t") == "---" { return nil }
            if text.hasPrefix("authors:") { return line }
        }
        return nil
    }

    /// Whether `bytes` contain `key` ignoring ASCII case (`key` is lower case).
    private static func contains(_ bytes: ArraySlice<UInt8>, _ key: String) -> Bool {
        let needle = Array(key.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        var start = bytes.startIndex
        while start + needle.count <= bytes.endIndex {
            var matched = true
            for (offset, byte) in needle.enumerated() where bytes[start + offset].asciiLowercased != byte {
                matched = false
                break
            }
            if matched { return true }
            start += 1
        }
        return false
    }
}

extension String {
    func trimming(_ set: String) -> String {
        let characters = Set(set)
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text.removeFirst() }
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return String(text)
    }
}
