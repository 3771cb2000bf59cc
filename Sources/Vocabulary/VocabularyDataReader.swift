/// Reads the one shape `vocabulary.yaml` is written in — top-level categories, `values:`
/// with value lists under it, and one `key: { language: [word, …], … }` flow mapping per
/// line — without a YAML parser: building a YAML node tree for it was a third of a
/// one-account check. Anything outside that shape (anchors, block lists, escapes, a word
/// YAML would read as a boolean or number) returns nil, and the caller parses with Yams;
/// a test checks both give the same vocabulary for the bundled data.
enum VocabularyDataReader {
    /// category → key → language → words, as `Yams.load` would give them; nil when the
    /// text leaves the shape.
    static func read(_ text: String) -> [String: Any]? {
        var root: [String: Any] = [:]
        var values: [String: Any] = [:]
        var category: String?
        var valueCategory: String?
        var entries: [String: Any] = [:]

        func flush() {
            if let valueCategory {
                values[valueCategory] = entries
            } else if let category, category != "values" {
                root[category] = entries
            }
            entries = [:]
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if indent == 0 {
                guard content.hasSuffix(":"), let name = plainKey(content.dropLast()), root[name] == nil, name != category else { return nil }
                flush()
                category = name
                valueCategory = nil
            } else if indent == 2, category == "values" {
                guard content.hasSuffix(":"), let name = plainKey(content.dropLast()), values[name] == nil, name != valueCategory else { return nil }
                flush()
                valueCategory = name
            } else if (indent == 2 && category != nil && category != "values") || (indent == 4 && valueCategory != nil) {
                guard let (key, perLanguage) = entry(content), entries[key] == nil else { return nil }
                entries[key] = perLanguage
            } else {
                return nil
            }
        }
        flush()
        if category == "values" || !values.isEmpty { root["values"] = values }
        return root
    }

    /// `key: { en: [a, b], de: ["c: d"] }`.
    private static func entry(_ line: Substring) -> (String, [String: Any])? {
        guard let colon = line.firstIndex(of: ":"), let key = plainKey(line[..<colon]) else { return nil }
        var rest = line[line.index(after: colon)...].drop { $0 == " " }
        guard rest.first == "{" else { return nil }
        rest = rest.dropFirst()
        var perLanguage: [String: Any] = [:]
        while true {
            rest = rest.drop { $0 == " " }
            if rest.first == "}" {
                guard rest.dropFirst().allSatisfy({ $0 == " " }) else { return nil }
                return (key, perLanguage)
            }
            guard let languageEnd = rest.firstIndex(of: ":"), let language = plainKey(rest[..<languageEnd]),
                  perLanguage[language] == nil
            else { return nil }
            rest = rest[rest.index(after: languageEnd)...].drop { $0 == " " }
            guard rest.first == "[" else { return nil }
            rest = rest.dropFirst()
            var words: [String] = []
            while true {
                rest = rest.drop { $0 == " " }
                if rest.first == "]", words.isEmpty {
                    rest = rest.dropFirst()
                    break
                }
                guard let (word, after) = scalar(rest) else { return nil }
                words.append(word)
                rest = after.drop { $0 == " " }
                if rest.first == "," {
                    rest = rest.dropFirst()
                } else if rest.first == "]" {
                    rest = rest.dropFirst()
                    break
                } else {
                    return nil
                }
            }
            perLanguage[language] = words
            rest = rest.drop { $0 == " " }
            if rest.first == "," { rest = rest.dropFirst() } else if rest.first != "}" { return nil }
        }
    }

    /// One word of a flow list: plain (up to `,` or `]`) or double-quoted without escapes.
    private static func scalar(_ text: Substring) -> (String, Substring)? {
        if text.first == "\"" {
            let body = text.dropFirst()
            guard let close = body.firstIndex(of: "\""), !body[..<close].contains("\\") else { return nil }
            return (String(body[..<close]), body[body.index(after: close)...])
        }
        let end = text.firstIndex { $0 == "," || $0 == "]" } ?? text.endIndex
        var word = text[..<end]
        while word.last == " " { word = word.dropLast() }
        guard isPlainWord(word) else { return nil }
        return (String(word), text[end...])
    }

    /// A key of the data: letters, digits and `-`.
    private static func plainKey(_ text: Substring) -> String? {
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return String(text)
    }

    /// The words YAML 1.1 resolves to a boolean or null. Built once: `isPlainWord` runs for
    /// every word of the vocabulary at every start.
    private static let reserved: Set<String> = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
                                                "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~"]

    /// A plain scalar YAML reads as the same string: not empty, no indicator at its start,
    /// no `: ` or ` #` inside, and not a word YAML 1.1 resolves to a boolean, null or number.
    private static func isPlainWord(_ word: Substring) -> Bool {
        guard let first = word.first, !"&*!|>'\"%@`{}[]#,?:-".contains(first) else { return false }
        if word.contains(": ") || word.contains(" #") || word.hasSuffix(":") { return false }
        if reserved.contains(String(word)) { return false }
        // Numbers, dates and anything else starting with a digit, sign or dot: leave to YAML.
        if let first = word.first, first.isASCII, first.isNumber || first == "+" || first == "." { return false }
        return true
    }
}
