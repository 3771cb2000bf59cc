import Diagnostics
import GuideMarkdown
import PlanModel
import Vocabulary

/// The state of lowering one file: what it needs to look up, the file being filled and
/// the diagnostics found so far. Section lowerings are extensions of it, one file each.
struct LoweringContext {
    let vocabulary: Vocabulary
    let config: WorkspaceConfig
    let source: SourceText
    var file: GuideFile
    var diagnostics: [Diagnostic] = []
    /// `apg.yaml`'s `fields:`, normalized like vocabulary words.
    let declaredFields: Set<String>
    /// Whether the file's language was declared or detected, rather than the default.
    var languageIsKnown = false
    /// Setext headings read back as the attribute paragraphs they were meant to be, by
    /// start line.
    var recoveredSetextLines: Set<Int> = []
    /// The lines read as an entity's `Key: value` attributes or history entries: the only
    /// lines whose key `apg fmt` may respell (elsewhere the same words are a title or a
    /// custom field's name, and respelling them changes what the guide says).
    var attributeLines: Set<Int> = []
    /// The lines kept as their source text (the vision, notes, sections the vocabulary
    /// does not know): `apg fmt` must copy them as written.
    var verbatimLines: [ClosedRange<Int>] = []

    init(vocabulary: Vocabulary, config: WorkspaceConfig, source: SourceText, file: GuideFile) {
        self.vocabulary = vocabulary
        self.config = config
        self.source = source
        self.file = file
        // A key a customer edition may show is declared too.
        self.declaredFields = Set((config.fields + config.customerFields).map(Vocabulary.normalize))
    }

    /// Whether numbers in this file may use a decimal comma (spec §4.2).
    var usesDecimalComma: Bool {
        let primary = file.language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["de", "fr", "es", "it", "pt"].contains(primary)
    }

    /// The vocabulary in this file's language, for fixes that quote what to write.
    var words: LocalizedWords { LocalizedWords(vocabulary, language: file.language) }

    /// The closest known word of a category, this file's language first: a German
    /// author's `Verantwortlicher` gets `Verantwortlich`, not a French word.
    func nearMisses(for text: String, in category: VocabularyCategory) -> [String] {
        let own = NearMiss.bestMatches(for: text, in: words.allWords(in: category), limit: 1)
        return own.isEmpty ? NearMiss.bestMatches(for: text, in: vocabulary.allWords(in: category), limit: 1) : own
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file.path, line: line, column: max(1, column))
    }

    /// Where a block node starts; nodes without a position fall back to line 1.
    func location(of node: MarkdownNode) -> SourceLocation {
        let start = node.start
        return location(line: start?.line ?? 1, column: start?.column ?? 1)
    }

    /// The 1-based UTF-8 column of `needle` on `line`, searching from `fromColumn`; nil
    /// when the raw line does not contain it (Markdown syntax inside the text).
    func column(of needle: String, line: Int, from fromColumn: Int = 1) -> Int? {
        guard !needle.isEmpty, let raw = source.lineBytes(line) else { return nil }
        return Self.column(of: needle, in: raw, from: fromColumn)
    }

    /// The UTF-8 bytes of a raw line, for callers that search one line many times: a list
    /// of 10,000 parts on one line read the line once per part, which was quadratic.
    func rawBytes(ofLine line: Int) -> ArraySlice<UInt8> {
        source.lineBytes(line) ?? []
    }

    /// `column(of:line:from:)` on bytes read once by `rawBytes(ofLine:)`.
    static func column(of needle: String, in line: ArraySlice<UInt8>, from fromColumn: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        // Zero-based offsets within the line, whatever the slice's indices.
        return line.withUnsafeBufferPointer { haystack in
            let first = max(0, fromColumn - 1)
            guard pattern.count <= haystack.count, first <= haystack.count - pattern.count else { return nil }
            var index = first
            while index <= haystack.count - pattern.count {
                if haystack[index] == pattern[0], haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                    return index + 1
                }
                index += 1
            }
            return nil
        }
    }

    /// The column of the first non-blank character of `line` after `fromColumn`.
    func firstTextColumn(line: Int, from fromColumn: Int = 1) -> Int {
        guard let raw = source.lineBytes(line) else { return fromColumn }
        var column = 1
        for byte in raw {
            if column >= fromColumn, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { return column }
            column += 1
        }
        return fromColumn
    }
}
