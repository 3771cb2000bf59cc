/// Splits free text into the words a leak check compares: lower-cased runs of letters and
/// digits, joined across `.`, `-`, `_` and `@` inside a word (codes `S1.2`, `DE-I3`,
/// handles, e-mail addresses) and across `,` between digits (`2,5`), with a leading `@`
/// kept (`@jweber`). Chinese and Japanese characters are a word each, as those scripts
/// have no spaces: a name is then a run of such words.
enum TextTokens {
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty { result.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if isIdeographic(scalar) {
                flush()
                result.append(String(scalar))
            } else if isWordScalar(scalar) {
                current.append(scalar)
            } else if let next, isWordScalar(next), !isIdeographic(next), joins(scalar, after: current.last, before: next) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    private static func joins(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar) -> Bool {
        switch scalar {
        case "@": true
        case ".", "-", "_": previous != nil
        case ",": previous.map(isDigit) == true && isDigit(next)
        default: false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}

/// Finds many phrases in many texts at once: phrases are token sequences filed under
/// their first token, so a text is read once and each of its tokens costs one lookup
/// plus a comparison with the few phrases that start with it.
struct PhraseIndex<Payload> {
    private var byFirstToken: [String: [(tokens: [String], payload: Payload)]] = [:]

    mutating func add(_ phrase: String, _ payload: Payload) {
        let tokens = TextTokens.tokens(phrase)
        guard let first = tokens.first else { return }
        byFirstToken[first, default: []].append((tokens, payload))
    }

    /// The payloads of every phrase found in `tokens`, in the order found.
    func matches(in tokens: [String]) -> [Payload] {
        var found: [Payload] = []
        for start in tokens.indices {
            guard let candidates = byFirstToken[tokens[start]] else { continue }
            for candidate in candidates where start + candidate.tokens.count <= tokens.count {
                if tokens[start..<(start + candidate.tokens.count)].elementsEqual(candidate.tokens) {
                    found.append(candidate.payload)
                }
            }
        }
        return found
    }
}
