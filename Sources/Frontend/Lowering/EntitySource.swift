import Diagnostics
import GuideMarkdown
import PlanModel

/// One line that may be an attribute, a history line or a child entity: a line of the
/// entity's first paragraph, or the first line of a nested list item.
struct BodyLine {
    /// The line's text with inline Markdown resolved.
    var text: String
    var line: Int
    /// The nested list item the line opens; nil for paragraph lines, which can never be
    /// child entities.
    var item: MarkdownNode?
}

/// An entity as written: its title line and the lines that follow it (spec §4.2).
struct EntitySource {
    var title: TitleLine
    /// The title text as written, for messages.
    var rawTitle: String
    /// The list marker or heading start.
    var location: SourceLocation
    var body: [BodyLine]
}

extension LoweringContext {
    /// The lines of a paragraph (or of a setext heading read back as one), each with its
    /// source line: soft breaks keep cmark's lines one to one with the file's.
    func lines(of node: MarkdownNode) -> [(text: String, line: Int)] {
        guard let first = node.start?.line else { return [] }
        let text = node.plainText
        // By byte unless a "\r" is present: as Characters, "\r\n" is one grapheme that a
        // split on "\n" keeps whole.
        if !text.utf8.contains(UInt8(ascii: "\r")) {
            return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().map { offset, bytes in
                (String(Substring(bytes)), first + offset)
            }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, text in
            (String(text), first + offset)
        }
    }

    /// A list item as an entity: the title is the first line of its first paragraph, the
    /// body the paragraph's other lines and the items of the lists nested directly in it.
    mutating func entitySource(listItem: MarkdownNode) -> EntitySource {
        var body: [BodyLine] = []
        var titleText = ""
        var child = listItem.firstChild
        if let first = child, first.kind == .paragraph || first.kind == .heading {
            if first.kind == .heading { reportSetextInsideItem(first) }
            var paragraphLines = lines(of: first)
            if !paragraphLines.isEmpty { titleText = paragraphLines.removeFirst().text }
            body += paragraphLines.map { BodyLine(text: $0.text, line: $0.line, item: nil) }
            child = first.next
        }
        while let node = child {
            switch node.kind {
            case .list:
                body += bodyLines(ofList: node)
            case .paragraph:
                checkForTable(node)
            default:
                break
            }
            child = node.next
        }
        return EntitySource(title: TitleLine(titleText), rawTitle: titleText.trimmingBlanks(), location: location(of: listItem), body: body)
    }

    /// A heading as an entity: the body is the first paragraph after it and the items of
    /// every list up to the next heading (lists of attributes and child entities are
    /// often joined into one).
    mutating func entitySource(heading: MarkdownNode, blocks: ArraySlice<MarkdownNode>) -> EntitySource {
        let titleText = heading.plainText.split(separator: "\n").first.map(String.init) ?? ""
        var body: [BodyLine] = []
        for (offset, node) in blocks.enumerated() {
            if node.kind == .list {
                body += bodyLines(ofList: node)
            } else if isParagraphLike(node) {
                if checkForTable(node) { continue }
                if offset == 0 { body += lines(of: node).map { BodyLine(text: $0.text, line: $0.line, item: nil) } }
            }
        }
        return EntitySource(title: TitleLine(titleText), rawTitle: titleText.trimmingBlanks(), location: location(of: heading), body: body)
    }

    func bodyLines(ofList list: MarkdownNode) -> [BodyLine] {
        list.children.map(firstLine(of:))
    }

    /// The first line of a list item's first paragraph.
    func firstLine(of item: MarkdownNode) -> BodyLine {
        let paragraph = item.firstChild.flatMap { $0.kind == .paragraph || $0.kind == .heading ? $0 : nil }
        let text = paragraph.flatMap { $0.plainText.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) } ?? ""
        let line = paragraph?.start?.line ?? item.start?.line ?? 1
        return BodyLine(text: text, line: line, item: item)
    }

    /// A paragraph, or a setext heading that was read back as the attribute paragraph
    /// it was meant to be.
    func isParagraphLike(_ node: MarkdownNode) -> Bool {
        node.kind == .paragraph || (node.kind == .heading && recoveredSetextLines.contains(node.start?.line ?? 0))
    }
}
