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

/// Finds many phrases in many texts at once: the phrases' token sequences form a trie,
/// so each position of a text costs at most one lookup per token of the longest phrase
/// that starts there, however many phrases there are.
struct PhraseIndex<Payload> {
    private var children: [[String: Int]] = [[:]]
    private var payloads: [[Payload]] = [[]]

    mutating func add(_ phrase: String, _ payload: Payload) {
        let tokens = TextTokens.tokens(phrase)
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            if let next = children[node][token] {
                node = next
            } else {
                children.append([:])
                payloads.append([])
                children[node][token] = children.count - 1
                node = children.count - 1
            }
        }
        payloads[node].append(payload)
    }

    /// The payloads of every phrase found in `tokens`, in the order found.
    func matches(in tokens: [String]) -> [Payload] {
        var found: [Payload] = []
        for start in tokens.indices {
            var node = 0
            var position = start
            while position < tokens.count, let next = children[node][tokens[position]] {
                node = next
                found += payloads[node]
                position += 1
            }
        }
        return found
    }
}
