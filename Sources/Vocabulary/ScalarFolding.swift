/// A Unicode fold done scalar by scalar, for the text guides and the data are written
/// in: ASCII, Latin letters with accents, punctuation, kana, CJK ideographs and full-width
/// forms. Foundation's normalization costs tens of microseconds a call, and loading the
/// concept data and the vocabulary folds some 30,000 words at every start.
///
/// For these scalars folding the whole text equals folding each scalar alone and
/// joining the results: none has a decomposition that reorders across its neighbours,
/// and no folded piece composes with the next (the marks that could are dropped). Each
/// scalar's piece is made once per process by the Unicode fold itself, so the two paths
/// agree by construction; text with any other scalar takes the Unicode fold.
struct ScalarFolding: Sendable {
    /// `ConceptLexicon.fold`.
    static let concepts = ScalarFolding(ConceptLexicon.foldUnicode)
    /// Foundation's case, accent and width folding with `ß` as `ss`: `Vocabulary.normalize`.
    static let vocabulary = ScalarFolding(Vocabulary.foldUnicode)

    /// The scalar ranges with a piece per scalar: Latin-1 and Latin Extended-A/B with the
    /// IPA and spacing modifier letters, general punctuation, CJK punctuation and kana,
    /// and the half- and full-width forms.
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2000...0x206F, 0x3000...0x30FF, 0xFF00...0xFFEF]

    private struct Table: Sendable {
        var range: ClosedRange<UInt32>
        /// nil for a scalar the fold dropped: marks and joiners, which a fold may drop
        /// next to one neighbour and keep next to another.
        var pieces: [[UInt8]?]
    }

    private let tables: [Table]

    /// One fold per range, of its scalars joined by line feeds (a line feed never composes
    /// or reorders with a neighbour), split back into one piece per scalar. A range whose
    /// scalars do not come back one piece each is left out, so its text takes `fold`, and
    /// so is text with a scalar the joined fold dropped.
    /// `fold` must lowercase ASCII letters and leave other ASCII as it is.
    private init(_ fold: (String) -> String) {
        tables = Self.ranges.compactMap { range in
            let scalars = range.compactMap(Unicode.Scalar.init)
            guard scalars.count == range.count, !scalars.contains("\n") else { return nil }
            let joined = String(String.UnicodeScalarView(scalars.flatMap { [$0, "\n"] }))
            let folded = fold(joined).utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            // The joined text ends with a line feed: one more (empty) piece than scalars.
            guard folded.count == scalars.count + 1 else { return nil }
            return Table(range: range, pieces: folded.dropLast().map { $0.isEmpty ? nil : Array($0) })
        }
    }

    /// The folded text, or nil when it holds a scalar outside the tabled ranges.
    func fold(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte >= 0x80 {
            return foldScalars(text, into: &bytes)
        }
        for byte in text.utf8 {
            bytes.append(byte.asciiLowercased)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func foldScalars(_ text: String, into bytes: inout [UInt8]) -> String? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value).asciiLowercased)
            } else if Self.isIdeograph(value) {
                // No decomposition, no case, no width variant: an ideograph folds to itself.
                bytes.append(contentsOf: String(scalar).utf8)
            } else if let table = tables.first(where: { $0.range.contains(value) }),
                      let piece = table.pieces[Int(value - table.range.lowerBound)] {
                bytes.append(contentsOf: piece)
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isIdeograph(_ value: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (space separators and tab) without the
    /// Foundation call, which costs more than the rest of reading a data word.
    func trimmingSpaces() -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceOrTab }) ?? first
        return String(Substring(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// What `CharacterSet.whitespaces` holds: the space separators (Zs) and tab.
    var isSpaceOrTab: Bool {
        self == " " || self == "\t" || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
    }
}
