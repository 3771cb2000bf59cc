/// A template cut into consecutive pieces at line starts outside any section, each to be
/// parsed on its own and included in order as a partial.
///
/// Why: swift-mustache's parser measures the rest of the text (`String.distance`, which
/// walks it) at every line and tag, so parsing a template takes time in the square of its
/// length: the 18 KB HTML pack was a quarter of a one-account `apg build`. Pieces of about
/// `targetLength` bytes parse in time linear in the template. Rendering is unchanged: the
/// pieces hold whole lines and no open section, so every tag sees the same context, and
/// each piece after the first starts on a new line, as its text did (see `TemplateSet`).
enum TemplateChunks {
    static let targetLength = 2048

    /// The pieces, in order; nil when the template must stay whole (it changes delimiters,
    /// inherits, sets a pragma, or its tags do not balance), or has one piece only.
    static func split(_ text: String, targetLength: Int = targetLength) -> [Substring]? {
        let tags = TemplateTag.scan(text)
        let wholeOnly: Set<TemplateTag.Kind> = [.delimiterChange, .parent, .block, .pragma, .unclosed]
        guard !tags.contains(where: { wholeOnly.contains($0.kind) }) else { return nil }
        let bytes = text.utf8
        var cuts: [Int] = []
        var depth = 0
        var next = 0
        var pieceStart = 0
        var offset = 0
        for byte in bytes {
            defer { offset += 1 }
            guard byte == UInt8(ascii: "\n") else { continue }
            while next < tags.count, tags[next].end <= offset {
                switch tags[next].kind {
                case .section, .invertedSection: depth += 1
                case .close: depth -= 1
                default: break
                }
                guard depth >= 0 else { return nil }
                next += 1
            }
            // A newline inside a tag (a comment over several lines) is no line start.
            if next < tags.count, tags[next].start < offset { continue }
            if depth == 0, offset + 1 - pieceStart >= targetLength, offset + 1 < bytes.count {
                cuts.append(offset + 1)
                pieceStart = offset + 1
            }
        }
        guard !cuts.isEmpty else { return nil }
        var pieces: [Substring] = []
        var start = text.utf8.startIndex
        var startOffset = 0
        for cut in cuts {
            // From the last cut, not from the start: one walk over the text in all.
            let end = text.utf8.index(start, offsetBy: cut - startOffset)
            pieces.append(text[start..<end])
            start = end
            startOffset = cut
        }
        pieces.append(text[start...])
        return pieces
    }
}
