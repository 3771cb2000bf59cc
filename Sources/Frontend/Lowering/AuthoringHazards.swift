import Diagnostics
import GuideMarkdown
import PlanModel

/// Markdown that reads well but means something else to CommonMark (spec §4.2), runaway
/// nesting, and `apg-disable-next-line` comments.
extension LoweringContext {
    // MARK: Setext headings

    /// Whether a heading is a setext heading (text underlined with `---` or `===`)
    /// whose lines are attributes or history lines.
    func isSetextAttributeParagraph(_ heading: MarkdownNode) -> Bool {
        guard heading.kind == .heading, let start = heading.start?.line, let raw = source.line(start),
              !raw.trimmingBlanks().hasPrefix("#")
        else { return false }
        return lines(of: heading).contains { line in
            switch classify(line.text, line: line.line) {
            case .attribute, .history: true
            case .unknownKey, .plain: false
            }
        }
    }

    /// Finds the top-level setext headings that swallowed attribute lines, reports them
    /// and reads them back as paragraphs, so they neither open a section nor get lost.
    mutating func recoverSetextHeadings(_ blocks: [MarkdownNode]) {
        for block in blocks where isSetextAttributeParagraph(block) {
            reportSetext(block)
            if let line = block.start?.line { recoveredSetextLines.insert(line) }
        }
    }

    mutating func reportSetextInsideItem(_ heading: MarkdownNode) {
        if isSetextAttributeParagraph(heading) { reportSetext(heading) }
    }

    private mutating func reportSetext(_ heading: MarkdownNode) {
        let underline = lastLine(ofHeading: heading)
        report(LoweringRules.setextAttributes.diagnostic(
            "the '---' line below these attribute lines turns them into a heading; apg reads them as attributes, other Markdown tools will not",
            at: location(line: underline, column: firstTextColumn(line: underline)),
            notes: [DiagnosticNote("the attribute lines start here", at: location(of: heading))],
            fix: FixSuggestion("put a blank line before the '---' line, or delete it")))
    }

    /// The last line of a heading: its own line, or a setext heading's underline.
    /// cmark's end line for a setext heading can run past the underline.
    func lastLine(ofHeading heading: MarkdownNode) -> Int {
        let start = heading.start?.line ?? 1
        guard source.line(start)?.trimmingBlanks().hasPrefix("#") == false else { return start }
        return (start...max(start, heading.end?.line ?? start)).first { line in
            let text = source.line(line)?.trimmingBlanks() ?? ""
            return !text.isEmpty && (text.allSatisfy { $0 == "-" } || text.allSatisfy { $0 == "=" })
        } ?? start
    }

    // MARK: Tables

    /// Reports a pipe table standing where a list is expected; true when it was one.
    @discardableResult
    mutating func checkForTable(_ paragraph: MarkdownNode) -> Bool {
        let paragraphLines = lines(of: paragraph)
        guard paragraphLines.count >= 2,
              paragraphLines[0].text.trimmingBlanks().hasPrefix("|"),
              PipeTable.isDelimiterRow(paragraphLines[1].text)
        else { return false }
        report(LoweringRules.tableInsteadOfList.diagnostic(
            "a pipe table is not read: entities are list items and attributes 'Key: value' lines",
            at: location(of: paragraph),
            fix: FixSuggestion("write one list item per row, e.g. '- Name (@handle) — Role', with its columns as nested '- Key: value' items")))
        return true
    }

    // MARK: Nesting and suppressions

    /// Walks the whole tree once, without recursion: reports lists and quotes nested
    /// deeper than `LoweringLimits.maximumDepth` (and does not descend further), and
    /// collects `apg-disable-next-line` comments.
    mutating func scanTree(_ root: MarkdownNode) {
        var stack: [(node: MarkdownNode, depth: Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            var depth = depth
            switch node.kind {
            case .list, .blockQuote:
                depth += 1
                if depth > LoweringLimits.maximumDepth {
                    report(LoweringRules.nestingTooDeep.diagnostic(
                        "lists or quotes are nested more than \(LoweringLimits.maximumDepth) levels deep; deeper content is not read",
                        at: location(of: node),
                        fix: FixSuggestion("flatten the list; a reporting line rarely needs more than six levels")))
                    continue
                }
            case .htmlBlock:
                readSuppressions(node)
                reportRawHTML(node)
                continue
            case .paragraph, .heading, .codeBlock, .thematicBreak:
                // Inline content holds no blocks; a comment inside a paragraph line is
                // not a suppression of the next line.
                continue
            default:
                break
            }
            var children: [(MarkdownNode, Int)] = []
            for child in node.children { children.append((child, depth)) }
            stack.append(contentsOf: children.reversed())
        }
        file.suppressions.sort { $0.location < $1.location }
    }

    /// An HTML block other than comments: its text never reaches an output.
    private mutating func reportRawHTML(_ block: MarkdownNode) {
        let literal = (block.literal ?? "").trimmingBlanks()
        guard !literal.isEmpty, !Self.isOnlyComments(literal) else { return }
        let line = block.start?.line ?? 1
        let tag = literal.prefix { $0 != ">" && $0 != " " && $0 != "\n" && $0 != "/" || $0 == "<" }
            .prefix(40)
        report(LoweringRules.rawHTML.diagnostic(
            "raw HTML ('\(tag)…') is left out of every output, with the text of its block up to the next blank line",
            at: location(line: line, column: firstTextColumn(line: line)),
            fix: FixSuggestion("write the text as Markdown without HTML tags")))
    }

    /// `<!-- … -->` comments only, with nothing but blanks between them.
    static func isOnlyComments(_ text: String) -> Bool {
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            if rest.isEmpty { return true }
            guard rest.hasPrefix("<!--"), let close = rest.range(of: "-->") else { return false }
            rest = rest[close.upperBound...]
        }
    }

    private mutating func readSuppressions(_ block: MarkdownNode) {
        let literal = block.literal ?? ""
        let marker = "apg-disable-next-line"
        guard literal.contains(marker), let startLine = block.start?.line else { return }
        // Every comment of the block silences the line after the block: find it once, not
        // once per comment across the same run of blank lines.
        let endLine = block.end?.line ?? startLine
        let afterBlock = nextNonBlankLine(after: endLine)
        for (offset, text) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = text.range(of: marker) else { continue }
            let line = startLine + offset
            var rest = text[range.upperBound...]
            if let close = rest.range(of: "-->") { rest = rest[..<close.lowerBound] }
            let rules = rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
            let at = location(line: line, column: column(of: "<!--", line: line) ?? firstTextColumn(line: line))
            guard !rules.isEmpty else {
                report(LoweringRules.invalidSuppression.diagnostic(
                    "this apg-disable-next-line comment names no rule", at: at,
                    fix: FixSuggestion("name the rules to silence by code or name, e.g. '<!-- apg-disable-next-line derived-id -->'")))
                continue
            }
            file.suppressions.append(Suppression(location: at, line: line <= endLine ? afterBlock : nextNonBlankLine(after: line), rules: rules))
        }
    }

    func nextNonBlankLine(after line: Int) -> Int {
        var candidate = line + 1
        while candidate <= source.lineCount, source.line(candidate)?.trimmingBlanks().isEmpty ?? false { candidate += 1 }
        return candidate
    }
}

enum PipeTable {
    /// `|---|:--:|` and `--- | ---`.
    static func isDelimiterRow(_ text: String) -> Bool {
        let trimmed = text.trimmingBlanks()
        guard trimmed.contains("-"), trimmed.contains("|") || trimmed.hasPrefix("-") else { return false }
        return trimmed.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }
}
