/// A BCP 47 language tag (RFC 5646), checked for well-formedness: language, extended
/// language, script, region, variants, extensions and private use, in that order.
public struct LanguageTag: Hashable, Sendable {
    /// The primary language subtag, lower case (`de` for `de-AT`).
    public let language: String
    public let script: String?
    public let region: String?

    public enum Problem: Error, Hashable, Sendable {
        /// Not shaped like a tag; `suggestion` is a likely intended tag.
        case malformed(suggestion: String?)
        /// Well-formed, but the two-letter language code is not an ISO 639-1 code.
        case unknownLanguage(String, suggestions: [String])
        /// Well-formed, but the two-letter region is not an ISO 3166-1 code.
        case unknownRegion(String, suggestions: [String])
    }

    /// The ISO 639-1 two-letter codes (183).
    public static let iso639_1: Set<String> = Set(iso639List)

    static let iso639List: [String] = """
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz \
        ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu \
        ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my \
        na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw \
        ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.split(separator: " ").map(String.init)

    /// Language names written instead of codes.
    static let names: [String: String] = [
        "english": "en", "german": "de", "deutsch": "de", "french": "fr", "francais": "fr", "français": "fr",
        "spanish": "es", "espanol": "es", "español": "es", "italian": "it", "italiano": "it",
        "portuguese": "pt", "portugues": "pt", "português": "pt", "japanese": "ja", "chinese": "zh",
        "korean": "ko", "dutch": "nl", "polish": "pl", "czech": "cs", "swedish": "sv", "turkish": "tr",
        // Country codes that are often written for the language.
        "jp": "ja", "cn": "zh", "dk": "da", "se": "sv", "cz": "cs", "gr": "el", "kr": "ko", "ua": "uk",
    ]

    public static func parse(_ text: String) -> Result<LanguageTag, Problem> {
        let trimmed = text.trimmingWhitespace()
        if let known = names[trimmed.lowercased()] { return .failure(.malformed(suggestion: known)) }
        if trimmed.contains("_") {
            let dashed = trimmed.replacingUnderscores()
            if case .success = parse(dashed) { return .failure(.malformed(suggestion: dashed)) }
        }
        let subtags = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = subtags.first, isAlpha(first), (2...3).contains(first.count) else {
            return .failure(.malformed(suggestion: nil))
        }
        var index = 1
        // Extended language subtags: up to three of 3 letters.
        var extlangs = 0
        while index < subtags.count, extlangs < 3, subtags[index].count == 3, isAlpha(subtags[index]) {
            index += 1
            extlangs += 1
        }
        var script: String?
        if index < subtags.count, subtags[index].count == 4, isAlpha(subtags[index]) {
            script = subtags[index].prefix(1).uppercased() + subtags[index].dropFirst().lowercased()
            index += 1
        }
        var region: String?
        if index < subtags.count,
           (subtags[index].count == 2 && isAlpha(subtags[index])) || (subtags[index].count == 3 && subtags[index].allSatisfy(isDigit)) {
            region = subtags[index].uppercased()
            index += 1
        }
        // Variants: 5–8 alphanumerics, or 4 starting with a digit.
        while index < subtags.count, isVariant(subtags[index]) { index += 1 }
        // Extensions: a singleton other than x, then subtags of 2–8 alphanumerics.
        while index < subtags.count, subtags[index].count == 1, subtags[index].lowercased() != "x", isAlnum(subtags[index]) {
            index += 1
            let start = index
            while index < subtags.count, (2...8).contains(subtags[index].count), isAlnum(subtags[index]) { index += 1 }
            if index == start { return .failure(.malformed(suggestion: nil)) }
        }
        // Private use: x followed by subtags of 1–8 alphanumerics.
        if index < subtags.count, subtags[index].lowercased() == "x" {
            index += 1
            let start = index
            while index < subtags.count, (1...8).contains(subtags[index].count), isAlnum(subtags[index]) { index += 1 }
            if index == start { return .failure(.malformed(suggestion: nil)) }
        }
        guard index == subtags.count else { return .failure(.malformed(suggestion: nil)) }

        let language = first.lowercased()
        if language.count == 2, !iso639_1.contains(language) {
            return .failure(.unknownLanguage(language, suggestions: NearMissCodes.oneLetterAway(language, in: iso639List)))
        }
        if let region, region.count == 2, !CountryCodes.assigned.contains(region) {
            return .failure(.unknownRegion(region, suggestions: CountryCodes.suggestions(for: region)))
        }
        return .success(LanguageTag(language: language, script: script, region: region))
    }

    private static func isAlpha(_ text: String) -> Bool { !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic } }
    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    private static func isAlnum(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    private static func isVariant(_ text: String) -> Bool {
        guard isAlnum(text) else { return false }
        if (5...8).contains(text.count) { return true }
        return text.count == 4 && text.first.map(isDigit) == true
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
