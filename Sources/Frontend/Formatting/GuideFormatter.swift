import Foundation
import PlanModel
import Vocabulary

/// `apg fmt`: rewrites a guide into its normal form without changing what it says.
///
/// Works line by line, so that every word of text, every comment and everything it does
/// not understand stays as written: front matter, fenced code, HTML comments and the
/// sections the front end keeps as source text (the vision, notes, unknown headings)
/// are copied verbatim. What changes: bullet markers become `-`, list nesting is indented
/// by the width of the parent's marker, attribute keys are spelt in the file's language,
/// unambiguous non-ISO dates in date attributes and history lines become ISO, `{#id}`
/// is written without inner spaces, headings have at least one blank line before them,
/// and the file ends with one newline. Blank lines are kept as they are, runs included.
/// Formatting a formatted file changes nothing.
public struct GuideFormatter: Sendable {
    public var vocabulary: Vocabulary

    public init(vocabulary: Vocabulary = .bundled) {
        self.vocabulary = vocabulary
    }

    /// Attribute keys whose value starts with a date.
    static let dateKeys: Set<String> = ["due", "milestone", "last-contact", "done"]

    public func format(_ text: String) -> String {
        // A byte order mark stays, and does not hide the front matter behind it.
        if text.hasPrefix("\u{FEFF}") { return "\u{FEFF}" + format(String(text.dropFirst())) }
        let lineEnding = text.contains("\r\n") ? "\r\n" : "\n"
        // Lines as the front end numbers them, through the same `LineEndings`: a lone `\r`
        // ends a line too, so that the lines it reports as attributes or verbatim are these
        // lines. It is written as the file's line ending, which the front end reads alike.
        let endings = String(decoding: LineEndings.normalizingLoneCarriageReturns(Array(text.utf8)), as: UTF8.self)
        var lines = endings.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }

        var output: [String] = []
        var index = 0
        // Front matter is YAML, not Markdown: copied as it is.
        if lines.first == "---", let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) {
            output.append(contentsOf: lines[0...close])
            index = close + 1
        }
        let language = language(of: lines, frontMatterEnd: index)
        // Which lines are attributes, as the front end reads them; a file it does not read
        // as a guide (no front matter) has no model to keep, and every line may be one.
        let parsed = GuideParser(vocabulary: vocabulary, config: WorkspaceConfig()).parse(path: "guide.md", bytes: Array(text.utf8))
        let attributeLines = parsed.file == nil ? nil : parsed.lineRoles.attributeLines
        let verbatimLines = parsed.lineRoles.verbatimLineSet

        var lists = ListNesting()
        var fence: String?
        var inComment = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            if verbatimLines.contains(index) {
                // The model stores this text as written (whole blocks, so no fence or
                // comment runs past it).
                output.append(line)
                lists.reset()
                fence = nil
                inComment = false
                continue
            }
            if let open = fence {
                output.append(line)
                if isFenceClose(line, open: open) { fence = nil }
                continue
            }
            if inComment {
                output.append(line)
                inComment = !line.contains("-->") || opensComment(line)
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if line.allSatisfy(\.isWhitespace) {
                // Kept as written, runs too: inside indented code or `<pre>` a blank line
                // is content.
                output.append(line)
                continue
            }
            if let marker = fenceMarker(trimmed) {
                // Code keeps its indentation: moving the fence would change its text.
                fence = marker
                output.append(line)
                continue
            }
            if trimmed.hasPrefix("<!--") {
                inComment = opensComment(line)
                output.append(line)
                continue
            }
            if isHeading(line) {
                lists.reset()
                if let last = output.last, !last.allSatisfy(\.isWhitespace) { output.append("") }
                output.append(normalizeIDForm(line))
                inComment = opensComment(line)
                continue
            }
            if let item = ListItemLine(line), let indent = lists.place(item) {
                let content = item.isBullet
                    ? normalizeItemText(item.content, language: language, isAttribute: attributeLines?.contains(index) ?? true) : item.content
                let marker = item.isBullet ? "-" : item.marker
                output.append(String(repeating: " ", count: indent) + marker + (content.isEmpty ? "" : " " + content))
                inComment = opensComment(line)
                continue
            }
            if line.first == " " || line.first == "\t" {
                output.append(lists.reindentContinuation(line))
            } else if lists.isOpen, let last = output.last, !last.allSatisfy(\.isWhitespace), !Self.interruptsParagraph(trimmed) {
                // A lazy continuation: CommonMark reads it as more of the item's text, so
                // the list goes on and the items after it keep their nesting.
                output.append(line)
            } else {
                lists.reset()
                output.append(line)
            }
            // A comment opened after text on a line (`- A1 <!-- until ...`) runs on.
            inComment = opensComment(line)
        }
        while let last = output.last, last.allSatisfy(\.isWhitespace) { output.removeLast() }
        return output.isEmpty ? "" : output.joined(separator: lineEnding) + lineEnding
    }

    /// Whether an unindented line starts a block of its own after list text (a quote or
    /// a thematic break) rather than continuing it.
    static func interruptsParagraph(_ line: Substring) -> Bool {
        if line.hasPrefix(">") { return true }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// Whether a comment opened on this line is still open at its end.
    private func opensComment(_ line: String) -> Bool {
        guard let open = line.range(of: "<!--", options: .backwards) else { return false }
        return !line[open.upperBound...].contains("-->")
    }

    /// The file's language: front matter `language:`, else what its headings say.
    private func language(of lines: [String], frontMatterEnd: Int) -> String? {
        for line in lines[0..<frontMatterEnd] where line.hasPrefix("language:") {
            let value = line.dropFirst("language:".count).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let primary = value.split(separator: "-").first.map { String($0).lowercased() } ?? ""
            if !primary.isEmpty { return primary }
        }
        let headings = lines[frontMatterEnd...].filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        return vocabulary.detectLanguage(headings: headings)
    }

    // MARK: Item text

    /// An attribute key in the file's language, ISO dates, and the `{#id}` form. Only on
    /// a line the front end reads as an attribute or history entry (`isAttribute`): the
    /// same words elsewhere are a title (`- Addresses: …` as a strategy's title) or a
    /// custom field's name (`Owner:` under an item), and respelling them would rename it.
    func normalizeItemText(_ content: String, language: String?, isAttribute: Bool) -> String {
        let box = checkbox(content)
        var text = String(content.dropFirst(box.count))
        if box.isEmpty, isAttribute, let attribute = attributeLine(text) {
            let key = spelledKey(attribute.key, canonical: attribute.canonical, language: language)
            var value = attribute.value
            if Self.dateKeys.contains(attribute.canonical) { value = isoLeadingDate(value) }
            text = key + attribute.separator + value
        } else if box.isEmpty, isAttribute, let history = historyPrefix(text) {
            text = history
        } else {
            text = normalizeIDForm(text)
        }
        return box + text
    }

    private func checkbox(_ content: String) -> String {
        for box in ["[ ] ", "[x] ", "[X] "] where content.hasPrefix(box) { return box }
        return ""
    }

    private struct AttributeParts {
        var key: String
        var canonical: String
        var separator: String
        var value: String
    }

    /// `Key: value` (also `Key : value` and `Key：value`) with a known key.
    private func attributeLine(_ text: String) -> AttributeParts? {
        for separator in [" : ", ": ", "：", " :", ":"] {
            guard let range = text.range(of: separator) else { continue }
            let key = String(text[..<range.lowerBound])
            guard !key.isEmpty, key.count <= 40, let canonical = vocabulary.attribute(key) else { continue }
            return AttributeParts(key: key, canonical: canonical, separator: separator, value: String(text[range.upperBound...]))
        }
        return nil
    }

    /// The key as the file's language spells it; kept when it already is one of that
    /// language's words for the key, or when the language has none.
    private func spelledKey(_ key: String, canonical: String, language: String?) -> String {
        guard let language else { return key }
        let words = vocabulary.words(for: canonical, in: .attributes, language: language)
        guard let first = words.first else { return key }
        let normalized = Vocabulary.normalize(key)
        if words.contains(where: { Vocabulary.normalize($0) == normalized }) { return key }
        return first
    }

    /// A dated history line `15.02.2027: on track — …` with its date in ISO form.
    private func historyPrefix(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = String(text[..<colon])
        guard case .failure(.nonISO(let iso)) = PlanDate.parse(head) else { return nil }
        return iso + text[colon...]
    }

    /// The value with its leading date (before white space or ` — `) in ISO form when
    /// that is unambiguous.
    private func isoLeadingDate(_ value: String) -> String {
        let leading = value.prefix { !$0.isWhitespace }
        guard case .failure(.nonISO(let iso)) = PlanDate.parse(String(leading)) else { return value }
        return iso + value.dropFirst(leading.count)
    }

    /// `Title{# id }` → `Title {#id}`.
    func normalizeIDForm(_ text: String) -> String {
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else { return text }
        let id = text[open.upperBound..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !id.contains(where: \.isWhitespace) else { return text }
        var head = String(text[..<open.lowerBound])
        while head.last == " " { head.removeLast() }
        return head.isEmpty ? "{#\(id)}" : head + " {#\(id)}"
    }

    // MARK: Block shapes

    private func isHeading(_ line: String) -> Bool {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return false }
        let rest = line.dropFirst(hashes.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    private func fenceMarker(_ trimmed: Substring) -> String? {
        for mark in ["```", "~~~"] where trimmed.hasPrefix(mark) {
            return String(trimmed.prefix { $0 == mark.first })
        }
        return nil
    }

    private func isFenceClose(_ line: String, open: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix(open) && trimmed.allSatisfy { $0 == open.first }
    }
}
