/// The concept data as `ConceptLexicon` holds it after building: words already folded,
/// tokenized and stemmed into phrases. Building them from `concepts.yaml` takes most of a
/// small run's time (about 30,000 words through folding and tokenizing), so apg ships this
/// text, written by `scripts/embed-concepts` and checked against the data file by
/// `EmbeddedConceptsTests`, and loading it is one pass over its lines.
///
/// One record per line, fields separated by tabs:
///
///     N  phrases  infixes  trie entries          (counts, for reserving capacity)
///     C  id  category                            (a concept; W lines follow)
///     W  language  word|word|…                   (its words as written in the data)
///     D  id  id,id,…                             (implications the data declares)
///     P  =word >stem ~stem …  concept,…  language,…   (a phrase: exact, prefix, inflected pieces)
///     I  stem  concept,…                         (a `*stem*` entry)
///     T  characters  concept,…                   (a Japanese or Chinese entry)
extension ConceptLexicon {
    /// The tables as text, in a fixed order: the same data gives the same bytes.
    var compiledTables: String {
        var full = self
        full.materializeEmbeddedPhrases()
        return full.compiledFromMaterializedTables
    }

    private var compiledFromMaterializedTables: String {
        let trieEntries = cjkEntries.trie.entries
        var lines = ["N\t\(phrases.count)\t\(infixes.count)\t\(trieEntries.count)"]
        for concept in concepts.values.sorted(by: { $0.id < $1.id }) {
            lines.append("C\t\(concept.id)\t\(concept.category ?? "")")
            for (language, words) in concept.words.sorted(by: { $0.key < $1.key }) {
                lines.append("W\t\(language)\t\(words.joined(separator: "|"))")
            }
        }
        for (id, implied) in declaredImplications.sorted(by: { $0.key < $1.key }) where !implied.isEmpty {
            lines.append("D\t\(id)\t\(implied.sorted().joined(separator: ","))")
        }
        // Sorted by their bytes, so that a loaded lexicon finds a first piece's records by
        // binary search (`EmbeddedPhrases`).
        let phraseLines = phrases.map { phrase -> String in
            let pieces = phrase.pieces.map { piece -> String in
                switch piece {
                case .exact(let word): "=" + word
                case .prefix(let stem): ">" + stem
                case .inflected(let stem): "~" + stem
                }
            }
            return "P\t\(pieces.joined(separator: " "))\t\(phrase.concepts.sorted().joined(separator: ","))\t\(phrase.languages.sorted().joined(separator: ","))"
        }
        lines += phraseLines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (stem, named) in infixes.sorted(by: { $0.key < $1.key }) {
            lines.append("I\t\(stem)\t\(named.sorted().joined(separator: ","))")
        }
        for entry in trieEntries {
            lines.append("T\t\(String(entry.characters))\t\(entry.concepts.sorted().joined(separator: ","))")
        }
        return lines.joined(separator: "\n")
    }

    /// Loads tables written by `compiledTables`. Works on the bytes: this runs at every
    /// start, and most of its fields are repeats (the same concept or language lists), which
    /// share one set each.
    init(compiledTables text: String) throws {
        self.init()
        var text = text
        text.makeContiguousUTF8()
        var phraseRecords: [Range<Int>] = [], stemLengths: Set<Int> = [], trieRecords: [Range<Int>] = []
        try text.withUTF8 { bytes in
            var sets: [String: Set<String>] = [:]
            func set(_ field: UnsafeBufferPointer<UInt8>) -> Set<String> {
                let key = Self.string(field)
                if let known = sets[key] { return known }
                let made = Set(Self.split(field, at: ",").map(Self.string))
                sets[key] = made
                return made
            }
            var current: String?
            var lineNumber = 0
            var start = 0
            // Reused for every line: 40,000 lines would otherwise allocate 80,000 arrays.
            var fields: [UnsafeBufferPointer<UInt8>] = []
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                lineNumber += 1
                Self.split(UnsafeBufferPointer(rebasing: bytes[start..<end]), at: "\t", into: &fields)
                start = end + 1
                func malformed() -> VocabularyError { .malformed("concept tables, line \(lineNumber): unexpected record") }
                guard let kind = fields.first?.first else { continue }
                switch (kind, fields.count) {
                case (UInt8(ascii: "P"), 4):
                    // Left as text, looked up when a title needs it (`EmbeddedPhrases`);
                    // only the stem lengths are needed now.
                    let record = Self.offset(of: fields[1], in: bytes)..<Self.offset(of: fields[3], in: bytes) + fields[3].count
                    guard let marker = fields[1].first, [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "~")].contains(marker)
                    else { throw malformed() }
                    // Out of order, the binary search would miss records.
                    if let last = phraseRecords.last,
                       !bytes[last].lexicographicallyPrecedes(bytes[record]) { throw malformed() }
                    phraseRecords.append(record)
                    if marker == UInt8(ascii: ">") {
                        let stem = fields[1].prefix { $0 != UInt8(ascii: " ") }.dropFirst()
                        stemLengths.insert(stem.allSatisfy { $0 < 0x80 } ? stem.count : String(decoding: stem, as: UTF8.self).count)
                    }
                case (UInt8(ascii: "N"), 4):
                    phrases.reserveCapacity(Int(Self.string(fields[1])) ?? 0)
                    infixes.reserveCapacity(Int(Self.string(fields[2])) ?? 0)
                case (UInt8(ascii: "C"), 3):
                    let id = Self.string(fields[1])
                    current = id
                    concepts[id] = Concept(id: id, category: fields[2].isEmpty ? nil : Self.string(fields[2]), words: [:])
                case (UInt8(ascii: "W"), 3):
                    guard let id = current else { throw malformed() }
                    concepts[id]?.words[Self.string(fields[1])] = Self.split(fields[2], at: "|").map(Self.string)
                case (UInt8(ascii: "D"), 3):
                    declaredImplications[Self.string(fields[1])] = set(fields[2])
                case (UInt8(ascii: "I"), 3):
                    infixes[Self.string(fields[1])] = set(fields[2])
                case (UInt8(ascii: "T"), 3):
                    trieRecords.append(Self.offset(of: fields[1], in: bytes)..<Self.offset(of: fields[2], in: bytes) + fields[2].count)
                default:
                    throw malformed()
                }
            }
        }
        embedded = EmbeddedPhrases(text: text, records: phraseRecords, stemLengths: stemLengths)
        cjkEntries = LazyCharacterTrie(text: text, records: trieRecords)
        deriveLookupTables()
    }

    /// Where a field starts in the text it was split from.
    private static func offset(of field: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = field.baseAddress, let base = bytes.baseAddress else { return 0 }
        return start - base
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, at separator: Unicode.Scalar) -> [UnsafeBufferPointer<UInt8>] {
        var pieces: [UnsafeBufferPointer<UInt8>] = []
        split(bytes, at: separator, into: &pieces)
        return pieces
    }

    /// The pieces between separators, into a reused array; empty ones are kept only
    /// between tabs (an empty field is a field).
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, at separator: Unicode.Scalar, into pieces: inout [UnsafeBufferPointer<UInt8>]) {
        pieces.removeAll(keepingCapacity: true)
        let mark = UInt8(ascii: separator), keepEmpty = separator == "\t"
        guard let base = bytes.baseAddress else {
            if keepEmpty { pieces.append(bytes) }
            return
        }
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == mark {
            if keepEmpty || index > start { pieces.append(UnsafeBufferPointer(start: base + start, count: index - start)) }
            start = index + 1
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension CharacterTrie {
    /// Every entry with the concepts it names, depth first in character order.
    var entries: [(characters: [Character], concepts: Set<String>)] {
        var result: [(characters: [Character], concepts: Set<String>)] = []
        var path: [Character] = []
        func visit(_ node: Int) {
            if let named = terminals[node] { result.append((path, named)) }
            for (character, child) in children[node].sorted(by: { $0.key < $1.key }) {
                path.append(character)
                visit(child)
                path.removeLast()
            }
        }
        visit(0)
        return result
    }
}
