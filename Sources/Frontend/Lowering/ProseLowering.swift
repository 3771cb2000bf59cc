import Diagnostics
import GuideMarkdown
import PlanModel

/// Sections kept as Markdown: the Vision, Notes and level-2 headings the vocabulary
/// does not know (spec §3, §5).
extension LoweringContext {
    /// The exact source lines between a section heading and the next one, without
    /// leading and trailing blank lines. The lines are recorded as kept verbatim.
    mutating func sectionMarkdown(heading: MarkdownNode, endLine: Int) -> String {
        let first = lastLine(ofHeading: heading) + 1
        guard first <= endLine else { return "" }
        verbatimLines.append(first...endLine)
        var lines = (first...endLine).compactMap { source.line($0) }
        while let last = lines.last, last.trimmingBlanks().isEmpty { lines.removeLast() }
        while let head = lines.first, head.trimmingBlanks().isEmpty { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    mutating func lowerVision(heading: MarkdownNode, endLine: Int) {
        let markdown = sectionMarkdown(heading: heading, endLine: endLine)
        guard !markdown.isEmpty else { return }
        if file.vision != nil {
            // Two vision sections in one file: keep both texts rather than losing one.
            file.vision?.markdown += "\n\n" + markdown
        } else {
            file.vision = Vision(markdown: markdown, location: location(of: heading))
        }
    }

    mutating func lowerProse(heading: MarkdownNode, endLine: Int, isNotes: Bool) {
        let markdown = sectionMarkdown(heading: heading, endLine: endLine)
        file.prose.append(ProseSection(
            heading: heading.plainText.trimmingBlanks(),
            markdown: markdown,
            location: location(of: heading),
            isNotes: isNotes))
    }
}
