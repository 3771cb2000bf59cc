import PlanModel
import Vocabulary

/// The first line of an entity: `[box] [CODE:] Title text [{#id}]` (spec §4.1).
struct TitleLine: Hashable {
    enum Box: Hashable {
        case open
        case checked
    }

    var box: Box?
    var code: String?
    var explicitID: String?
    /// The title without box, code and `{#id}`.
    var title: String
    /// Set when the whole line is only a reference (`#mobility`).
    var referenceTarget: String?

    init(_ line: String) {
        var text = Substring(line.trimmingBlanks())
        if let box = TitleLine.box(in: text) {
            self.box = box
            text = text.dropFirst(3).drop { $0 == " " || $0 == "\t" }
        }
        if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) {
            let id = text[open.upperBound..<text.index(before: text.endIndex)].trimmingBlanks()
            if !id.isEmpty, !id.contains(where: \.isWhitespace) {
                explicitID = id
                text = text[..<open.lowerBound]
            }
        }
        if let (code, rest) = TitleLine.splitCode(text) {
            self.code = code
            text = rest
        }
        title = text.trimmingBlanks()
        if box == nil, code == nil, explicitID == nil, title.hasPrefix("#") {
            let target = String(title.dropFirst())
            if !target.isEmpty, !target.contains(where: { $0.isWhitespace || $0 == "#" }) { referenceTarget = target }
        }
    }

    /// The id and how it was found: explicit `{#id}` first, then the code, then the slug.
    var id: (String, IDSource) {
        if let explicitID { return (explicitID, .explicit) }
        if let code { return (code, .code) }
        return (TitleLine.slug(title), .slug)
    }

    private static func box(in text: Substring) -> Box? {
        guard text.count >= 3 else { return nil }
        let prefix = text.prefix(3)
        let afterBox = text.dropFirst(3).first
        guard afterBox == nil || afterBox == " " || afterBox == "\t" else { return nil }
        switch prefix {
        case "[ ]": return .open
        case "[x]", "[X]": return .checked
        default: return nil
        }
    }

    /// `G1:`, `S1.2:`, `A-17:`, `DE-I3:` at the start of the line, followed by a blank or
    /// the end of the line. French typography puts a space before the colon (`FR-A1 :`),
    /// as it does for attribute keys, so one blank before the colon is allowed.
    static func splitCode(_ text: Substring) -> (String, Substring)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        var candidate = text[..<colon]
        if let last = candidate.last, last == " " || last == "\u{A0}" || last == "\u{202F}" { candidate = candidate.dropLast() }
        guard isCode(candidate) else { return nil }
        let rest = text[text.index(after: colon)...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (String(candidate), rest)
    }

    /// Starts with a letter, letters and digits in parts separated by `.` or `-`, and at
    /// least one digit.
    static func isCode(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        var hasDigit = false
        var previousWasSeparator = false
        for character in text {
            if character == "." || character == "-" {
                if previousWasSeparator { return false }
                previousWasSeparator = true
                continue
            }
            previousWasSeparator = false
            if character.isASCII, character.isNumber {
                hasDigit = true
            } else if !character.isLetter {
                return false
            }
        }
        return hasDigit && !previousWasSeparator
    }

    /// A lower-case slug: accents folded, every run of other characters a single `-`.
    /// Letters of any script are kept, so a Chinese title still yields a stable id; a
    /// title without letters or digits falls back to a hash of its text.
    static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
            .lowercased()
        var slug = ""
        var pendingDash = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        if slug.isEmpty, !title.isEmpty {
            // FNV-1a: stable across runs and platforms, unlike Hasher.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in title.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            slug = "id-" + String(hash, radix: 16)
        }
        return slug
    }
}

/// The separators the spec accepts wherever it shows ` — `.
enum DashSeparator {
    static let all = [" — ", " – ", " -- ", " - "]

    /// Splits at the first separator: `Anna (@a) — KAM` → (`Anna (@a)`, `KAM`).
    static func split(_ text: String) -> (head: String, tail: String?) {
        var best: Range<String.Index>?
        for separator in all {
            if let range = text.range(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let best else { return (text, nil) }
        return (String(text[..<best.lowerBound]).trimmingBlanks(), String(text[best.upperBound...]).trimmingBlanks())
    }
}

extension StringProtocol {
    func trimmingBlanks() -> String {
        // Most text starts and ends with an ASCII letter: then there is nothing to trim.
        var slice = Substring(self)
        if let first = slice.utf8.first, let last = slice.utf8.last, first < 0x80, last < 0x80,
           !Self.isASCIIBlank(first), !Self.isASCIIBlank(last) {
            return String(slice)
        }
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// The ASCII bytes `Character.isWhitespace` is true for: tab to carriage return, space.
    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == 0x20
    }
}
