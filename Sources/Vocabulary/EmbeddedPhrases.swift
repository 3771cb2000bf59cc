import Foundation

/// The phrase records of compiled concept tables (`P` lines), left as text and looked up
/// by binary search over their first piece. Turning 30,000 records into phrases and hash
/// tables was most of loading the tables, and loading them most of a small run; a title
/// needs a few dozen of them.
///
/// The records are sorted by their bytes (`compiledTables` writes them so), so the records
/// of one first piece (`=lieferzeit`, `>preis`, `~deliver`) are adjacent: the piece ends
/// at a space or a tab, both below every byte a piece holds.
final class EmbeddedPhrases: @unchecked Sendable {
    private let text: String
    /// Byte ranges of the records' fields after the kind: `pieces\tconcepts\tlanguages`.
    private let records: [Range<Int>]
    /// The lengths (in characters) of the stems that begin a record with a prefix piece.
    let stemLengths: Set<Int>
    /// The records read so far, by index: titles repeat their words, and reading a record
    /// (its sets of concepts and languages) costs more than finding it.
    private var read: [Int: ConceptLexicon.Phrase] = [:]
    private let lock = NSLock()

    /// `records` index byte ranges of `text`, which must be contiguous UTF-8.
    init(text: String, records: [Range<Int>], stemLengths: Set<Int>) {
        self.text = text
        self.records = records
        self.stemLengths = stemLengths
    }

    var count: Int { records.count }

    /// Every record whose first piece is `marker` followed by `key`, in record order.
    func forEach(firstPiece marker: UInt8, key: Substring, _ body: (ConceptLexicon.Phrase) -> Void) {
        var key = key
        key.withUTF8 { keyBytes in
            withBytes { bytes in
                var low = 0, high = records.count
                while low < high {
                    let middle = (low + high) / 2
                    if compare(firstPieceOf: records[middle], in: bytes, marker: marker, key: keyBytes) < 0 {
                        low = middle + 1
                    } else {
                        high = middle
                    }
                }
                var index = low
                while index < records.count, compare(firstPieceOf: records[index], in: bytes, marker: marker, key: keyBytes) == 0 {
                    if let phrase = phrase(at: index, in: bytes) { body(phrase) }
                    index += 1
                }
            }
        }
    }

    private func phrase(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ConceptLexicon.Phrase? {
        lock.lock()
        let known = read[index]
        lock.unlock()
        if let known { return known }
        guard let phrase = Self.phrase(UnsafeBufferPointer(rebasing: bytes[records[index]])) else { return nil }
        lock.lock()
        read[index] = phrase
        lock.unlock()
        return phrase
    }

    /// Every record, in order: for tables that are about to change.
    func all() -> [ConceptLexicon.Phrase] {
        withBytes { bytes in records.compactMap { Self.phrase(UnsafeBufferPointer(rebasing: bytes[$0])) } }
    }

    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // The text was made contiguous before it came here.
        text.utf8.withContiguousStorageIfAvailable(body) ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// The record's first piece against `marker` + `key`, bytewise; a piece's end (space or
    /// tab) is below every byte.
    private func compare(firstPieceOf record: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                         marker: UInt8, key: UnsafeBufferPointer<UInt8>) -> Int {
        var position = record.lowerBound
        func pieceByte(_ at: Int) -> Int {
            guard at < record.upperBound else { return -1 }
            let byte = bytes[at]
            return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") ? -1 : Int(byte)
        }
        let first = pieceByte(position)
        if first != Int(marker) { return first < Int(marker) ? -1 : 1 }
        position += 1
        for expected in key {
            let byte = pieceByte(position)
            if byte != Int(expected) { return byte < Int(expected) ? -1 : 1 }
            position += 1
        }
        return pieceByte(position) == -1 ? 0 : 1
    }

    /// `=word >stem ~stem\tconcept,…\tlanguage,…`
    static func phrase(_ fields: UnsafeBufferPointer<UInt8>) -> ConceptLexicon.Phrase? {
        let parts = fields.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var pieces: [ConceptLexicon.Piece] = []
        for piece in parts[0].split(separator: UInt8(ascii: " ")) {
            let word = String(decoding: piece.dropFirst(), as: UTF8.self)
            switch piece.first {
            case UInt8(ascii: "="): pieces.append(.exact(word))
            case UInt8(ascii: ">"): pieces.append(.prefix(word))
            case UInt8(ascii: "~"): pieces.append(.inflected(word))
            default: return nil
            }
        }
        guard !pieces.isEmpty else { return nil }
        func names(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Set<String> {
            Set(field.split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) })
        }
        return ConceptLexicon.Phrase(pieces: pieces, concepts: names(parts[1]), languages: names(parts[2]))
    }
}
