import Foundation
import Vocabulary

/// What a title says, split into the kinds of evidence the synthesis pass compares.
struct TitleFeatures: Sendable, Hashable {
    /// Stemmed content words without stop words, the anchors, and character bigrams of
    /// Japanese and Chinese text: what two titles in the same language share.
    var words: Set<String> = []
    /// Language-independent tokens: acronyms and product codes (`SiC`, `MCU`, `8D`) and
    /// numbers (`800`, `2028`, `52`). They read the same in every language.
    var anchors: Set<String> = []
    /// Character trigrams of the content words (`#fun`, `#unc`, ...): shared spelling
    /// across languages (`functional`/`funktionalen`, `module`/`Modul`).
    var grams: Set<String> = []
    /// Language-neutral concepts the title names (`lead-time`, `semiconductor`).
    var concepts: Set<String> = []
    /// Broader concepts the named ones imply (`delivery-delay` → `delivery`, `late`), not
    /// among `concepts`: they let `Lieferverzug` meet `deliveries arrive late`.
    var implied: Set<String> = []
    /// Quantities with their unit (`40 week`, `800 v`, `2.5 %`).
    var quantities: Set<String> = []
    /// Country names among the words: like codes, they count when both titles have them
    /// and are no evidence against a match when only one does.
    var countries: Set<String> = []
    /// Content words no concept covers (stemmed; Japanese and Chinese runs as written):
    /// they keep two titles that share one concept from looking identical.
    var rest: Set<String> = []
}

/// Splits a title into words, anchors and trigrams. Latin-script runs are folded (case,
/// accents, width), stop words of the item's language removed and lightly stemmed;
/// Japanese and Chinese runs, written without spaces, become character bigrams.
enum TitleAnalyzer {
    static func analyze(_ title: String, language: String, lexicon: ConceptLexicon = .bundled) -> TitleFeatures {
        var features = TitleFeatures()
        let meaning = lexicon.analyze(title, language: language)
        features.concepts = Set(meaning.concepts)
        features.implied = lexicon.implied(by: features.concepts)
        features.quantities = TitleQuantities.find(in: title)
        for run in runs(of: title) {
            switch run.script {
            case .latin: addLatin(run.text, language: language, to: &features)
            case .cjk: addCJK(run.text, to: &features)
            }
        }
        for word in meaning.rest {
            if word.unicodeScalars.contains(where: isCJK) {
                if !CountryNames.cjk.contains(word) { features.rest.insert(word) }
                continue
            }
            guard word.count > 1, !word.unicodeScalars.contains(where: isDigit), !features.anchors.contains(word),
                  !StopWords.contains(word, language: language), !CountryNames.isCountry(word)
            else { continue }
            features.rest.insert(LightStemmer.stem(word, language: language))
        }
        return features
    }

    /// Normalizes a free-text label (a theme or product name) for comparison.
    static func fold(_ text: String) -> String {
        foldASCII(text) ?? foldUnicode(text)
    }

    /// `fold` for ASCII text, by byte: folding is lowercasing `A`–`Z`, and the letters and
    /// digits are exactly `a`–`z` and `0`–`9`. nil for other text. Most titles' words are
    /// ASCII, and Foundation's folding costs microseconds a call.
    static func foldASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte.asciiLowercased
            guard lower.isASCIILetterOrDigit else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            pendingSpace = false
            bytes.append(lower)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Foundation's case, accent and width folding of ASCII text: `A`–`Z` lowercased.
    private static func foldASCIILetters(_ text: String) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: text.utf8.map(\.asciiLowercased), as: UTF8.self)
    }

    static func foldUnicode(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    // MARK: - Runs

    enum Script { case latin, cjk }

    struct Run {
        var script: Script
        var text: String
    }

    /// Maximal runs of letters and digits of one script. A `.` or `,` between two digits
    /// stays inside the run (`2,5`, `2.5`) so that decimals read as one number.
    static func runs(of text: String) -> [Run] {
        // ASCII text is its own canonical composition.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let scalars = Array((isASCII ? text : text.precomposedStringWithCanonicalMapping).unicodeScalars)
        var result: [Run] = []
        var current = ""
        var script: Script?
        func flush() {
            if let script, !current.isEmpty { result.append(Run(script: script, text: current)) }
            current = ""
            script = nil
        }
        for (index, scalar) in scalars.enumerated() {
            let kind: Script?
            if isCJK(scalar) {
                kind = StopWords.isCJKParticle(scalar) ? nil : .cjk
            } else if scalar.isASCII ? UInt8(scalar.value).isASCIILetterOrDigit : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                kind = .latin
            } else if (scalar == "." || scalar == ","), index > 0, index + 1 < scalars.count,
                      isDigit(scalars[index - 1]), isDigit(scalars[index + 1]) {
                current.unicodeScalars.append(".")
                continue
            } else {
                kind = nil
            }
            guard let kind else {
                flush()
                continue
            }
            if script != kind { flush() }
            script = kind
            current.unicodeScalars.append(scalar)
        }
        flush()
        return result
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: true
        default: false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "0" && scalar <= "9" : scalar.properties.numericType == .decimal
    }

    // MARK: - Latin script

    private static func addLatin(_ token: String, language: String, to features: inout TitleFeatures) {
        let hasDigit = token.unicodeScalars.contains(where: isDigit)
        let hasLetter = token.unicodeScalars.contains { $0.isASCII ? ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") : $0.properties.isAlphabetic }
        let folded = hasDigit
            ? foldASCIILetters(token) ?? token.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            : withoutSpaces(fold(token))
        guard !folded.isEmpty else { return }
        if hasDigit {
            // `800V`, `8D`, `77GHz`, `2028`: the code itself and its number, so that
            // `800V` and `800 V` meet on `800`.
            features.anchors.insert(folded)
            features.words.insert(folded)
            if hasLetter {
                for part in splitDigits(token) {
                    addLatin(part, language: language, to: &features)
                }
            }
            return
        }
        if let acronym = acronym(token) {
            features.anchors.insert(acronym)
            features.words.insert(acronym)
            return
        }
        guard folded.count > 1, !StopWords.contains(folded, language: language) else { return }
        if CountryNames.isCountry(folded) {
            features.words.insert(folded)
            features.countries.insert(folded)
            return
        }
        let stem = LightStemmer.stem(folded, language: language)
        features.words.insert(stem)
        if stem.count >= 4 {
            let letters = Array(stem)
            for start in 0...(letters.count - 3) {
                features.grams.insert("#" + String(letters[start..<start + 3]))
            }
        }
    }

    private static func withoutSpaces(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: " ")) ? text.replacingOccurrences(of: " ", with: "") : text
    }

    /// Letters with at least two capitals (`SiC`, `MCU`, `GHz`, `MOSFETs`), lower-cased,
    /// without a plural `s` after capitals.
    private static func acronym(_ token: String) -> String? {
        let capitals = token.unicodeScalars.count { $0.properties.isUppercase }
        guard capitals >= 2, token.count <= 12 else { return nil }
        var text = token
        if text.count > 2, text.hasSuffix("s"), let before = text.dropLast().last, before.isUppercase {
            text.removeLast()
        }
        return fold(text)
    }

    /// `77GHz` → `77`, `GHz`.
    private static func splitDigits(_ token: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var digits: Bool?
        for scalar in token.unicodeScalars {
            let isDigitScalar = isDigit(scalar) || scalar == "."
            if digits != nil, digits != isDigitScalar {
                parts.append(current)
                current = ""
            }
            digits = isDigitScalar
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { parts.append(current) }
        return parts.count > 1 ? parts : []
    }

    // MARK: - Japanese and Chinese

    private static func addCJK(_ run: String, to features: inout TitleFeatures) {
        var text = run.precomposedStringWithCanonicalMapping
        for name in CountryNames.cjk where text.contains(name) {
            features.words.insert(name)
            features.countries.insert(name)
            // A separator, so the pairs on either side of the name are not joined.
            text = text.replacingOccurrences(of: name, with: "\u{3000}")
        }
        for part in text.split(separator: "\u{3000}") { addCJKPairs(String(part), to: &features) }
    }

    private static func addCJKPairs(_ run: String, to features: inout TitleFeatures) {
        let characters = Array(run)
        guard !characters.isEmpty else { return }
        if characters.count == 1 {
            features.words.insert(String(characters[0]))
            return
        }
        for start in 0..<(characters.count - 1) {
            features.words.insert(String(characters[start...start + 1]))
        }
    }
}
