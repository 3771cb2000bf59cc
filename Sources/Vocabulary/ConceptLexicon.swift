import Foundation

/// Language-neutral concepts (`lead-time`, `price-increase`, `inverter`) and the words that
/// name them in every language: what lets synthesis see that `Lieferzeiten` and `交期` are
/// the same subject although they share no spelling.
///
/// Matching rules (the contract of `Resources/concepts.yaml`): text is folded (case,
/// accents, width, ß → ss) and split into tokens at everything but letters and digits; a
/// plain entry matches whole tokens in sequence, `word*` any token starting with `word`,
/// `*stem*` the stem anywhere inside a token (compounds); entries written in Japanese or
/// Chinese script match as substrings, longest first. At each token (or character) the
/// longest entry wins and matching resumes after it, so `price increase` yields
/// `price-increase` and not `price` as well.
///
/// Built once per process: the tables below make a lookup a few hash probes (or binary
/// searches in the compiled tables) per token.
public struct ConceptLexicon: Sendable {
    public struct Concept: Sendable, Hashable {
        public var id: String
        public var category: String?
        /// Language → words as written in the data (with their `*` markers).
        public var words: [String: [String]]
    }

    /// The languages every concept has words in (Appendix A).
    public static let languages = ["en", "de", "fr", "es", "it", "pt", "ja", "zh"]

    /// By id.
    public internal(set) var concepts: [String: Concept] = [:]

    enum Piece: Sendable, Hashable {
        case exact(String)
        case prefix(String)
        /// A word compared by its inflection stem (`deliveries` and `delivery`, `prezzi`
        /// and `prezzo`): the fallback for data that lists one form only.
        case inflected(String)

        func matches(_ token: Token) -> Bool {
            switch self {
            case .exact(let word): token.text == word
            case .prefix(let stem): token.text.hasPrefix(stem)
            case .inflected(let stem): token.stem == stem
            }
        }

        var isInflected: Bool {
            if case .inflected = self { true } else { false }
        }

        var weight: Int {
            switch self {
            case .exact(let word): word.count
            case .prefix(let stem): stem.count
            case .inflected(let stem): stem.count
            }
        }
    }

    /// A folded token of the text and its inflection stem.
    struct Token {
        var text: Substring
        var stem: String
    }

    struct Phrase: Sendable, Hashable {
        var pieces: [Piece]
        var concepts: Set<String>
        /// The languages whose word lists have the phrase.
        var languages: Set<String> = []
    }

    var phrases: [Phrase] = []
    /// One phrase per words and concept, so that a word two languages give different
    /// meanings (`monitor`: English monitoring, Italian a screen) keeps each meaning's
    /// languages apart.
    var phraseIndex: [PhraseKey: Int] = [:]

    struct PhraseKey: Hashable {
        var pieces: [Piece]
        var concept: String
    }
    /// Phrase indexes by their first piece: an exact first word, or a stem.
    var byFirstWord: [String: [Int]] = [:]
    var byFirstStem: [String: [Int]] = [:]
    var byFirstInflected: [String: [Int]] = [:]
    /// The lengths stems come in, so that a token is probed once per length.
    var stemLengths: [Int] = []
    /// `*stem*` entries: stem → concepts.
    var infixes: [String: Set<String>] = [:]
    var infixLengths: [Int] = []
    /// The first letters (as many as the shortest stem has) of every `*stem*` entry: where
    /// no entry starts, a token's letters are not looked up at every length.
    var infixHeads: Set<String> = []
    /// Japanese and Chinese entries, as a trie over folded characters.
    var cjkEntries = LazyCharacterTrie()
    /// Phrases of tables loaded prebuilt, looked up where they are; `phrases` and the
    /// `byFirst…` tables then hold only what was added since.
    var embedded: EmbeddedPhrases?
    /// What `analyze` found for recent texts; replaced whenever the tables change.
    var analysisMemo = AnalysisMemo()

    public init() {}

    /// The concepts shipped with apg: `Resources/concepts.yaml`, compiled in as the tables
    /// it builds (`ConceptTables.swift`).
    public static let bundled: ConceptLexicon = {
        // The embedded tables are checked against the data file by a test, so a failure
        // here is a build fault; without concepts synthesis still merges on spelling.
        (try? ConceptLexicon(compiledTables: EmbeddedConceptTables.text)) ?? ConceptLexicon()
    }()

    /// The data-file shape: `concepts:` → id → `category` and language → flow lists of
    /// words, one key per line. Read line by line rather than through a YAML parser: the
    /// file is large and fixed in shape, and this keeps loading it cheap for every run.
    public init(yaml: String) throws {
        var extra: [String: [String: [String]]] = [:]
        var categories: [String: String] = [:]
        var implies: [String: [String]] = [:]
        var current: String?
        var sawRoot = false
        for (number, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let content = line.drop(while: { $0 == " " })
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let indent = line.count - content.count
            func malformed(_ what: String) -> VocabularyError { .malformed("line \(number + 1): \(what)") }
            guard let colon = content.firstIndex(of: ":") else { throw malformed("expected 'key: value'") }
            let key = content[..<colon].trimmingSpaces()
            let value = content[content.index(after: colon)...].trimmingSpaces()
            switch indent {
            case 0:
                guard key == "concepts", value.isEmpty else { throw malformed("expected 'concepts:'") }
                sawRoot = true
            case 2:
                guard sawRoot, value.isEmpty else { throw malformed("expected a concept id on its own line") }
                current = key
                extra[key, default: [:]] = extra[key] ?? [:]
            case 4:
                guard let id = current else { throw malformed("a language before any concept id") }
                if key == "category" {
                    categories[id] = value
                } else if key == "implies" {
                    guard value.hasPrefix("["), value.hasSuffix("]") else { throw malformed("expected a flow list [ ... ]") }
                    implies[id, default: []] += Self.flowList(value.dropFirst().dropLast())
                } else {
                    guard value.hasPrefix("["), value.hasSuffix("]") else { throw malformed("expected a flow list [ ... ]") }
                    extra[id, default: [:]][key, default: []] += Self.flowList(value.dropFirst().dropLast())
                }
            default:
                throw malformed("unexpected indentation")
            }
        }
        guard sawRoot else { throw VocabularyError.malformed("the concepts file must map 'concepts' to concept ids") }
        self = ConceptLexicon().extended(with: extra)
        for (id, category) in categories { concepts[id]?.category = category }
        for (id, implied) in implies where concepts[id] != nil {
            declaredImplications[id, default: []].formUnion(implied.filter { concepts[$0] != nil && $0 != id })
            implications[id, default: []].formUnion(declaredImplications[id] ?? [])
        }
    }

    /// `a, "b, c", 'd'` → a, b, c (quotes keep commas), d.
    private static func flowList(_ text: Substring) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" , current.unicodeScalars.allSatisfy(\.isSpaceOrTab) {
                quote = character
                current = ""
            } else if character == "," {
                items.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current.trimmingSpaces())
        return items.filter { !$0.isEmpty }
    }

    /// Adds concepts and words: `apg.yaml`'s `concepts:` (id → language → words). A known
    /// id gains words, a new id is a new concept.
    public func extended(with extra: [String: [String: [String]]]) -> ConceptLexicon {
        guard !extra.isEmpty else { return self }
        var copy = self
        copy.materializeEmbeddedPhrases()
        // Tables loaded prebuilt (`init(compiledTables:)`) come without the phrase index,
        // which only adding words needs.
        if copy.phraseIndex.count != copy.phrases.count {
            copy.phraseIndex = Dictionary(
                copy.phrases.enumerated().flatMap { index, phrase in phrase.concepts.map { (PhraseKey(pieces: phrase.pieces, concept: $0), index) } },
                uniquingKeysWith: { first, _ in first })
        }
        // Sorted, so that tables are built in the same order in every run.
        for (id, languages) in extra.sorted(by: { $0.key < $1.key }) {
            var concept = copy.concepts[id] ?? Concept(id: id, category: nil, words: [:])
            for (language, words) in languages.sorted(by: { $0.key < $1.key }) {
                concept.words[language, default: []] += words
                for word in words { copy.add(word, concept: id, language: language) }
            }
            copy.concepts[id] = concept
        }
        copy.deriveLookupTables()
        return copy
    }

    /// Moves the phrases still in the compiled text into `phrases` and the `byFirst…`
    /// tables, where words can be added to them.
    mutating func materializeEmbeddedPhrases() {
        guard let embedded else { return }
        self.embedded = nil
        phrases.reserveCapacity(phrases.count + embedded.count)
        for phrase in embedded.all() { appendPhrase(phrase) }
    }

    /// The tables that follow from the phrases, stems and concept ids.
    mutating func deriveLookupTables() {
        // The tables change only before this: a memo of what the old ones found is stale.
        analysisMemo = AnalysisMemo()
        stemLengths = Set(byFirstStem.keys.map(\.count)).union(embedded?.stemLengths ?? []).sorted()
        infixLengths = Set(infixes.keys.map(\.count)).sorted(by: >)
        infixHeads = []
        if let shortest = infixLengths.last { infixHeads = Set(infixes.keys.map { String($0.prefix(shortest)) }) }
        implications = declaredImplications
        for id in concepts.keys {
            let words = id.split(separator: "-")
            guard words.count > 1, words.count <= 6 else { continue }
            // Every shorter run of the id's words in order: `annual-price-reduction` →
            // `annual`, `price`, `annual-price`, `price-reduction`, ...
            for mask in 1..<((1 << words.count) - 1) {
                let other = words.indices.filter { mask & (1 << $0) != 0 }.map { words[$0] }.joined(separator: "-")
                if concepts[other] != nil { implications[id, default: []].insert(other) }
            }
        }
    }

    /// Concept → broader concepts: those whose id words are among its own (`delivery-delay`
    /// → `delivery`, `budget-freeze` → `budget`), and those the data declares with
    /// `implies:` (`delivery-delay` → `late`). A title about `Lieferverzug` is then also
    /// about deliveries being late, like one that says so in words.
    public internal(set) var implications: [String: Set<String>] = [:]
    var declaredImplications: [String: Set<String>] = [:]

    /// The concepts implied by the given ones and not among them.
    public func implied(by named: Set<String>) -> Set<String> {
        var result: Set<String> = []
        for id in named { result.formUnion(implications[id] ?? []) }
        return result.subtracting(named)
    }

    private mutating func add(_ entry: String, concept: String, language: String) {
        let trimmed = entry.trimmingSpaces()
        if trimmed.unicodeScalars.contains(where: Self.isCJK) {
            let folded = Self.fold(String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { $0 != "*" })))
            let characters = Array(folded.filter { !$0.isWhitespace })
            if !characters.isEmpty { cjkEntries.insert(characters, concept: concept) }
            return
        }
        if trimmed.hasPrefix("*"), trimmed.hasSuffix("*"), trimmed.count > 2 {
            let stem = Self.tokens(String(trimmed.dropFirst().dropLast())).joined()
            if stem.count >= 4 { infixes[stem, default: []].insert(concept) }
            return
        }
        // A `*` ends a word's stem; it is not a separator, so mark it before tokenizing.
        // Articles and connectives are left out on both sides, so `délais de paiement`
        // matches `délai* de paiement` and `Lieferung der Teile` `lieferung teile`.
        let words = trimmed.split(separator: " ").flatMap { word -> [Piece] in
            let isStem = word.hasSuffix("*")
            let parts = Self.tokens(String(word.filter { $0 != "*" }))
            // Only a word that is a connective by itself goes: `de-list*` keeps its `de`.
            if parts.count == 1, Self.connectives.contains(parts[0]), !isStem { return [] }
            return parts.enumerated().map { index, part in
                isStem && index == parts.count - 1 ? .prefix(part) : .exact(part)
            }
        }
        addPhrase(words, concept: concept, language: language)
        // The same words by their inflection stems, for the forms the data does not list;
        // not for a word the data wrote with its article (`la competencia`): the article
        // was what kept it from other languages' look-alikes (`compétences`).
        let spaced = trimmed.split(separator: " ").count
        guard words.count > 1 || spaced == 1 else { return }
        let inflected = words.map { piece -> Piece in
            guard case .exact(let word) = piece, word.count > Self.shortestStem else { return piece }
            return .inflected(Self.inflectionStem(word[...]))
        }
        if inflected != words { addPhrase(inflected, concept: concept, language: language) }
    }

    mutating func addPhrase(_ words: [Piece], concept: String, language: String) {
        guard !words.isEmpty else { return }
        let key = PhraseKey(pieces: words, concept: concept)
        if let existing = phraseIndex[key] {
            phrases[existing].languages.insert(language)
            return
        }
        phraseIndex[key] = phrases.count
        appendPhrase(Phrase(pieces: words, concepts: [concept], languages: [language]))
    }

    /// A new phrase, listed under its first piece.
    mutating func appendPhrase(_ phrase: Phrase) {
        guard let first = phrase.pieces.first else { return }
        phrases.append(phrase)
        switch first {
        case .exact(let word): byFirstWord[word, default: []].append(phrases.count - 1)
        case .prefix(let stem): byFirstStem[stem, default: []].append(phrases.count - 1)
        case .inflected(let stem): byFirstInflected[stem, default: []].append(phrases.count - 1)
        }
    }

    /// Articles, prepositions and conjunctions of the Latin-script languages that never
    /// carry a concept themselves (folded).
    static let connectives: Set<String> = [
        "a", "an", "and", "the", "of",
        "und", "der", "die", "das", "den", "dem", "des", "von", "vom", "zur", "zum",
        "de", "du", "d", "l", "la", "le", "les", "et", "un", "une",
        "del", "el", "los", "las", "lo", "y", "una", "uno",
        "di", "da", "della", "delle", "dei", "degli", "dello", "dell", "il", "gli", "i", "e",
        "do", "dos", "o", "os", "um", "uma",
    ]

    /// Stems keep at least this many letters.
    static let shortestStem = 4

    /// A language-blind inflection stem: a final `s`, then a final `en`, then trailing
    /// vowels removed while more than four letters remain (`deliveries`, `delivery` →
    /// `deliver`; `precios`, `precio` → `prec`; `Lieferungen` → `lieferung`). Crude as
    /// linguistics, but applied alike to the data and the text it only has to map the
    /// forms of one word together.
    static func inflectionStem(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiInflectionStem(word) }
        var stem = word
        if stem.count > shortestStem, stem.hasSuffix("s") { stem = stem.dropLast() }
        if stem.count > shortestStem + 1, stem.hasSuffix("en") { stem = stem.dropLast(2) }
        while stem.count > shortestStem, let last = stem.last, "aeiouy".contains(last) { stem = stem.dropLast() }
        return String(stem)
    }

    /// `inflectionStem` of an ASCII word, by byte (one byte is one character there).
    private static func asciiInflectionStem(_ word: Substring) -> String {
        let bytes = Array(word.utf8)
        var end = bytes.count
        if end > shortestStem, bytes[end - 1] == UInt8(ascii: "s") { end -= 1 }
        if end > shortestStem + 1, bytes[end - 2] == UInt8(ascii: "e"), bytes[end - 1] == UInt8(ascii: "n") { end -= 2 }
        while end > shortestStem, Self.stemVowels.contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    private static let stemVowels: Set<UInt8> = Set("aeiouy".utf8)

    /// The concepts a text names, sorted by id.
    public func concepts(in text: String, language: String? = nil) -> [String] { analyze(text, language: language).concepts }

    /// The concepts a text names, sorted by id, and the words no concept covers (folded
    /// Latin tokens; runs of Japanese or Chinese characters other than hiragana), in text
    /// order: what the concepts leave unsaid.
    ///
    /// With the text's `language`, a form the data does not list (matched through its
    /// inflection stem) must be a form of a word the data lists in that language: the
    /// stems are crude, and a look-alike of another language (`plantão`, `plant`) is not
    /// the same word.
    public func analyze(_ text: String, language: String? = nil) -> (concepts: [String], rest: [String]) {
        analysisMemo.analysis(of: text, language: language) { analyzeUncached(text, language: language) }
    }

    private func analyzeUncached(_ text: String, language: String?) -> (concepts: [String], rest: [String]) {
        var found: Set<String> = []
        var rest: [String] = []
        let folded = Self.fold(text)
        let tokens = Self.tokenSlices(folded).filter { !Self.connectives.contains(String($0)) }
            .map { Token(text: $0, stem: Self.inflectionStem($0)) }
        var index = 0
        while index < tokens.count {
            if let match = longestPhrase(at: index, in: tokens, language: language) {
                found.formUnion(match.concepts)
                for covered in index..<(index + match.length) { found.formUnion(compoundParts(tokens[covered].text)) }
                index += match.length
            } else {
                let parts = compoundParts(tokens[index].text)
                if parts.isEmpty { rest.append(String(tokens[index].text)) }
                found.formUnion(parts)
                index += 1
            }
        }
        // Only Japanese and Chinese entries are in the trie, and each has a character of
        // those scripts: text without one matches none and leaves no run of them unsaid.
        guard folded.unicodeScalars.contains(where: Self.isCJK) else { return (found.sorted(), rest) }
        let characters = Array(folded)
        let matches = cjkEntries.trie.longestMatches(in: characters)
        found.formUnion(matches.concepts)
        var run = ""
        for (position, character) in characters.enumerated() {
            let scalar = character.unicodeScalars.first ?? " "
            if Self.isCJK(scalar), !(0x3040...0x309F).contains(scalar.value), !matches.covered[position] {
                run.append(character)
            } else if !run.isEmpty {
                rest.append(run)
                run = ""
            }
        }
        if !run.isEmpty { rest.append(run) }
        return (found.sorted(), rest)
    }

    /// The longest phrase starting at a token; ties go to the more specific words, then to
    /// the title's language. A phrase matched through inflection stems counts only in a
    /// language whose words it came from.
    private func longestPhrase(at index: Int, in tokens: [Token], language: String?) -> (length: Int, concepts: Set<String>)? {
        let token = tokens[index].text
        var best: (length: Int, weight: Int, own: Int, concepts: Set<String>)?
        // The candidates are looked at where they are listed, without gathering them into
        // one array: this runs for every token of every title.
        func consider(_ phrase: Phrase) {
            let pieces = phrase.pieces
            if let language, !phrase.languages.contains(language), pieces.contains(where: \.isInflected) { return }
            guard index + pieces.count <= tokens.count,
                  pieces.indices.allSatisfy({ pieces[$0].matches(tokens[index + $0]) })
            else { return }
            let weight = pieces.reduce(0) { $0 + $1.weight }
            // Between equals, the title's own language decides: Italian `monitor` is a
            // screen, whatever English means by it.
            let own = language.map(phrase.languages.contains) ?? true ? 1 : 0
            if let current = best, (current.length, current.weight, current.own) > (pieces.count, weight, own) { return }
            if let current = best, (current.length, current.weight, current.own) == (pieces.count, weight, own) {
                best?.concepts.formUnion(phrase.concepts)
            } else {
                best = (pieces.count, weight, own, phrase.concepts)
            }
        }
        func considerListed(_ candidates: [Int]?) {
            for candidate in candidates ?? [] { consider(phrases[candidate]) }
        }
        considerListed(byFirstWord[String(token)])
        embedded?.forEach(firstPiece: UInt8(ascii: "="), key: token, consider)
        let tokenLength = token.count
        for length in stemLengths {
            guard length <= tokenLength else { break }
            let stem = token.prefix(length)
            considerListed(byFirstStem[String(stem)])
            embedded?.forEach(firstPiece: UInt8(ascii: ">"), key: stem, consider)
        }
        considerListed(byFirstInflected[tokens[index].stem])
        embedded?.forEach(firstPiece: UInt8(ascii: "~"), key: tokens[index].stem[...], consider)
        return best.map { ($0.length, $0.concepts) }
    }

    /// `*stem*` entries inside one token, leftmost-longest.
    private func compoundParts(_ token: Substring) -> Set<String> {
        guard let shortest = infixLengths.last, token.count >= shortest else { return [] }
        let characters = Array(token)
        var found: Set<String> = []
        var start = 0
        while start + shortest <= characters.count {
            var advanced = false
            guard infixHeads.contains(String(characters[start..<(start + shortest)])) else {
                start += 1
                continue
            }
            for length in infixLengths where start + length <= characters.count {
                if let concepts = infixes[String(characters[start..<(start + length)])] {
                    found.formUnion(concepts)
                    start += length
                    advanced = true
                    break
                }
            }
            if !advanced { start += 1 }
        }
        return found
    }

    /// A concept's name in a language: its first whole word there (not a stem), else its
    /// id in words.
    public func label(of id: String, language: String) -> String {
        let words = concepts[id]?.words[language] ?? []
        if let word = words.first(where: { !$0.contains("*") }) { return word.trimmingCharacters(in: .whitespaces) }
        return id.replacingOccurrences(of: "-", with: " ")
    }

    // MARK: - Folding

    /// Case, accents and width folded, ß as ss: how both the data and the text are compared.
    public static func fold(_ text: String) -> String {
        ScalarFolding.concepts.fold(text) ?? foldUnicode(text)
    }

    /// `fold` for any text, through Unicode normalization.
    static func foldUnicode(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            if scalar == "ß" {
                scalars.append(contentsOf: "ss".unicodeScalars)
            } else if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                // Full-width Latin letters, digits and signs.
                scalars.append(contentsOf: ascii.properties.lowercaseMapping.unicodeScalars)
            } else if scalar.properties.changesWhenLowercased {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Folded tokens: maximal runs of letters and digits.
    static func tokens(_ text: String) -> [String] { tokenSlices(fold(text)).map(String.init) }

    private static func tokenSlices(_ folded: String) -> [Substring] {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            return folded.utf8.split(whereSeparator: { !$0.isASCIILetterOrDigit })
                .map { folded[$0.startIndex..<$0.endIndex] }
        }
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0.unicodeScalars.contains(where: isCJK) })
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: true
        default: false
        }
    }
}

/// A trie over characters whose nodes may end an entry naming concepts.
struct CharacterTrie: Sendable {
    private(set) var children: [[Character: Int]] = [[:]]
    private(set) var terminals: [Int: Set<String>] = [:]

    mutating func insert(_ characters: [Character], concept: String) {
        var node = 0
        for character in characters {
            if let next = children[node][character] {
                node = next
            } else {
                children.append([:])
                children[node][character] = children.count - 1
                node = children.count - 1
            }
        }
        terminals[node, default: []].insert(concept)
    }

    /// Leftmost-longest segmentation: at each position the longest entry starting there,
    /// then on after it; positions no entry starts at are skipped one character at a time.
    func longestMatches(in characters: [Character]) -> (concepts: Set<String>, covered: [Bool]) {
        var covered = [Bool](repeating: false, count: characters.count)
        guard children.count > 1 else { return ([], covered) }
        var found: Set<String> = []
        var start = 0
        while start < characters.count {
            var node = 0
            var end: (position: Int, node: Int)?
            var position = start
            while position < characters.count, let next = children[node][characters[position]] {
                node = next
                position += 1
                if terminals[node] != nil { end = (position, node) }
            }
            if let end {
                found.formUnion(terminals[end.node] ?? [])
                for position in start..<end.position { covered[position] = true }
                start = end.position
            } else {
                start += 1
            }
        }
        return (found, covered)
    }
}
