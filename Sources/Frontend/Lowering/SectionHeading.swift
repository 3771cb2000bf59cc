import Vocabulary

/// A level-2 heading read as a section name (spec §3): the name alone, or the name
/// followed by a year, a fiscal year, a quarter or a country (`Ziele 2027`, `Goals FY27`,
/// `Maßnahmen Q1`, `Maßnahmen DE`, `Objectifs 2027-2028`), which is the same section.
struct SectionHeading: Equatable {
    /// The heading without its qualifiers (the whole heading when it has none).
    var name: String
    /// The qualifiers as written, with the blank before them (`" 2027"`), or "".
    var qualifier: String

    init(_ heading: String) {
        let text = heading.trimmingBlanks()
        var tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var stripped: [String] = []
        while tokens.count > 1, let last = tokens.last, SectionHeading.isQualifier(last, followedBy: stripped.first) {
            stripped.insert(tokens.removeLast(), at: 0)
        }
        // Separators between the name and its qualifiers (`Ziele – 2027`, `Ziele: 2027`).
        while !stripped.isEmpty, tokens.count > 1, let last = tokens.last, last.allSatisfy(SectionHeading.isSeparator) {
            stripped.insert(tokens.removeLast(), at: 0)
        }
        if stripped.isEmpty, let (name, year) = SectionHeading.splitAttachedYear(text) {
            // CJK headings write the year without a blank: `2027年目标`, `目標2027年度`.
            self.name = name
            self.qualifier = year
            return
        }
        var name = tokens.joined(separator: " ")
        while let last = name.last, SectionHeading.isSeparator(last) || last == "," { name.removeLast() }
        self.name = name.trimmingBlanks()
        self.qualifier = stripped.isEmpty ? "" : " " + stripped.joined(separator: " ")
    }

    static func isSeparator(_ character: Character) -> Bool {
        "-–—:|/·".contains(character)
    }

    /// One trailing word that qualifies a section name. `next` is the qualifier after it,
    /// so that `FY 2027` strips as a whole.
    static func isQualifier(_ raw: String, followedBy next: String?) -> Bool {
        let token = raw.trimming(characters: "()[],:;")
        guard !token.isEmpty else { return false }
        if isCountryCode(token) { return true }
        let upper = token.uppercased()
        if isYear(upper) || isYearRange(upper) || isQuarter(upper) { return true }
        // `FY27`, `FY2027`, `FY27/28`, `GJ2027` (Geschäftsjahr).
        for prefix in ["FY", "GJ"] where upper.hasPrefix(prefix) {
            let rest = String(upper.dropFirst(prefix.count))
            if !rest.isEmpty, isShortOrLongYear(rest) || isYearRange(rest) || isShortYearRange(rest) { return true }
        }
        // `FY 2027`: the prefix on its own, when a year follows.
        if upper == "FY" || upper == "GJ" { return next.map { isShortOrLongYear($0) || isYearRange($0) } ?? false }
        // `Q1/2027`, `Q1-2027`, `2027-Q1`, `H1 2027`.
        for separator in ["/", "-", "'"] {
            let parts = upper.components(separatedBy: separator)
            if parts.count == 2, (isQuarter(parts[0]) && isShortOrLongYear(parts[1])) || (isYear(parts[0]) && isQuarter(parts[1])) {
                return true
            }
        }
        return false
    }

    /// Written as an upper-case ISO 3166-1 alpha-2 code (`DE`), or a common alias (`UK`).
    static func isCountryCode(_ token: String) -> Bool {
        guard token.count == 2, token.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return CountryCodes.assigned.contains(token) || CountryCodes.aliases[token] != nil
    }

    /// A four-digit year from 1900 to 2199, optionally with `年` or `年度` (Japanese,
    /// Chinese).
    static func isYear(_ token: String) -> Bool {
        var digits = Substring(token)
        if digits.hasSuffix("年度") { digits = digits.dropLast(2) } else if digits.hasSuffix("年") { digits = digits.dropLast() }
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits) else { return false }
        return (1900...2199).contains(year)
    }

    static func isShortOrLongYear(_ token: String) -> Bool {
        isYear(token) || (token.count == 2 && token.allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// `2027-2028`, `2027/28`, `2027–28`.
    static func isYearRange(_ token: String) -> Bool {
        for separator in ["-", "/", "–"] {
            let parts = token.components(separatedBy: separator)
            if parts.count == 2, isYear(parts[0]), isShortOrLongYear(parts[1]) { return true }
        }
        return false
    }

    /// `27/28` after `FY`.
    static func isShortYearRange(_ token: String) -> Bool {
        let parts = token.components(separatedBy: "/")
        return parts.count == 2 && parts.allSatisfy(isShortOrLongYear)
    }

    /// `Q1`–`Q4`, and half years `H1`, `H2`.
    static func isQuarter(_ token: String) -> Bool {
        guard token.count == 2, let digit = token.last?.wholeNumberValue else { return false }
        switch token.first {
        case "Q": return (1...4).contains(digit)
        case "H": return (1...2).contains(digit)
        default: return false
        }
    }

    /// A year written against a CJK name, before or after it.
    static func splitAttachedYear(_ text: String) -> (String, String)? {
        let characters = Array(text)
        guard characters.count > 4 else { return nil }
        for suffix in ["年度", "年", ""] {
            let length = 4 + suffix.count
            guard characters.count > length else { continue }
            let head = String(characters.prefix(length))
            if isYear(head), head.hasSuffix(suffix), !characters[length].isASCII {
                return (String(characters.dropFirst(length)).trimmingBlanks(), head)
            }
            let tail = String(characters.suffix(length))
            if isYear(tail), tail.hasSuffix(suffix), let before = characters.dropLast(length).last, !before.isASCII {
                return (String(characters.dropLast(length)).trimmingBlanks(), tail)
            }
        }
        return nil
    }
}

extension LoweringContext {
    /// The canonical section key of a level-2 heading, with or without qualifiers.
    func sectionKey(of heading: String) -> String? {
        if let key = vocabulary.section(heading) { return key }
        let stripped = SectionHeading(heading)
        guard stripped.name != heading.trimmingBlanks(), !stripped.name.isEmpty else { return nil }
        return vocabulary.section(stripped.name)
    }
}
