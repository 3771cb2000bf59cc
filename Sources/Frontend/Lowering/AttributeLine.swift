import Diagnostics
import GuideMarkdown
import PlanModel
import Vocabulary

/// A `Key: value` line, with where its key and value stand.
struct AttributeLine {
    /// The key as written (`Fällig`).
    var keyText: String
    /// The canonical key (`due`), nil for custom fields.
    var key: String?
    var value: String
    var line: Int
    var keyLocation: SourceLocation
    var valueLocation: SourceLocation
}

/// What one body line turned out to be.
enum BodyLineKind {
    /// A known attribute key, or a key declared under `fields:` (then `key` is nil).
    case attribute(AttributeLine)
    /// `YYYY-MM-DD: text`: the date as written, and the text.
    case history(date: String, text: String, line: AttributeLine)
    /// `Word: text` with an unknown key: a child entity where one is allowed, else a
    /// custom field.
    case unknownKey(AttributeLine)
    /// No `Key:` at all.
    case plain
}

/// What an entity's body lines lowered to.
struct EntityBody {
    var attributes: [AttributeLine] = []
    var customFields: [CustomField] = []
    var history: [HistoryEntry] = []
    /// Nested list items that are child entities, with their parsed title lines.
    var children: [(item: MarkdownNode, title: TitleLine)] = []
}

extension LoweringContext {
    /// Splits `Key: value` (also `Key : value` and `Key：value`). Emphasis around the key
    /// (`**Owner:** @x`) is tolerated.
    func splitKey(_ text: String, line: Int) -> AttributeLine? {
        guard let separator = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let rawKey = text[..<separator]
        let keyText = rawKey.trimmingBlanks().trimming(characters: "*_")
        guard !keyText.isEmpty, keyText.count <= 40, !keyText.hasPrefix("[") else { return nil }
        var rawValue = Substring(text[text.index(after: separator)...])
        while let first = rawValue.first, first == "*" || first == "_" { rawValue.removeFirst() }
        let value = rawValue.trimmingBlanks()
        // A URL is not a key (`https://…`).
        if value.isEmpty == false, rawValue.hasPrefix("//") { return nil }
        let keyColumn = column(of: keyText, line: line) ?? firstTextColumn(line: line)
        let valueColumn = value.isEmpty
            ? keyColumn
            : column(of: value, line: line, from: keyColumn + keyText.utf8.count) ?? keyColumn
        return AttributeLine(
            keyText: keyText, key: nil, value: value, line: line,
            keyLocation: location(line: line, column: keyColumn),
            valueLocation: location(line: line, column: valueColumn))
    }

    /// Classifies one line on its own (spec §4.2): known key, declared field, date,
    /// code (never a key), or anything else.
    func classify(_ text: String, line: Int) -> BodyLineKind {
        guard var attribute = splitKey(text, line: line) else { return .plain }
        if TitleLine.isCode(Substring(attribute.keyText)) { return .plain }
        if let key = vocabulary.attribute(attribute.keyText) {
            attribute.key = key
            return .attribute(attribute)
        }
        if declaredFields.contains(Vocabulary.normalize(attribute.keyText)) { return .attribute(attribute) }
        if case .failure(.notADate) = PlanDate.parse(attribute.keyText) { return .unknownKey(attribute) }
        return .history(date: attribute.keyText, text: attribute.value, line: attribute)
    }

    /// Lowers an entity's body lines: attributes (first one wins on duplicates), custom
    /// fields, history and the child entities `childAllowed` accepts.
    mutating func readBody(_ source: EntitySource, as kind: EntityKind, childAllowed: (TitleLine) -> Bool = { _ in false }) -> EntityBody {
        var body = EntityBody()
        var seen: [String: SourceLocation] = [:]
        for line in source.body {
            let kindOfLine = classify(line.text, line: line.line)
            if let item = line.item {
                switch kindOfLine {
                case .attribute(let attribute), .history(_, _, let attribute):
                    reportNestedContent(under: item, attribute: attribute)
                case .unknownKey, .plain:
                    let title = TitleLine(line.text)
                    if childAllowed(title) {
                        body.children.append((item, title))
                        continue
                    }
                }
            }
            switch kindOfLine {
            case .attribute(let attribute):
                guard let key = attribute.key else {
                    body.customFields.append(CustomField(key: attribute.keyText, value: attribute.value, location: attribute.keyLocation))
                    continue
                }
                guard kind.attributes.contains(key) else {
                    report(LoweringRules.misplacedAttribute.diagnostic(
                        "'\(attribute.keyText)' is not an attribute of \(kind.nounWithArticle), kept as a custom field",
                        at: attribute.keyLocation,
                        fix: FixSuggestion("move the line to the entity it describes, or remove it")))
                    body.customFields.append(CustomField(key: attribute.keyText, value: attribute.value, location: attribute.keyLocation))
                    continue
                }
                if attribute.value.isEmpty {
                    report(LoweringRules.emptyAttribute.diagnostic(
                        "'\(attribute.keyText)' has no value", at: attribute.keyLocation,
                        fix: FixSuggestion("write the value after '\(attribute.keyText):' or delete the line")))
                    continue
                }
                if let first = seen[key], !kind.repeatable.contains(key) {
                    report(LoweringRules.duplicateAttribute.diagnostic(
                        "'\(attribute.keyText)' is given twice on this \(kind.noun); the first value is used",
                        at: attribute.keyLocation,
                        notes: [DiagnosticNote("first given here", at: first)],
                        fix: FixSuggestion("delete one of the two lines")))
                    continue
                }
                seen[key] = attribute.keyLocation
                body.attributes.append(attribute)
                attributeLines.insert(attribute.keyLocation.line)
            case .history(let date, let text, let attribute):
                if kind.hasHistory {
                    attributeLines.insert(attribute.keyLocation.line)
                    if let entry = historyEntry(date: date, text: text, attribute: attribute) { body.history.append(entry) }
                } else {
                    reportCustomField(attribute, on: kind)
                    body.customFields.append(CustomField(key: attribute.keyText, value: attribute.value, location: attribute.keyLocation))
                }
            case .unknownKey(let attribute):
                reportCustomField(attribute, on: kind)
                body.customFields.append(CustomField(key: attribute.keyText, value: attribute.value, location: attribute.keyLocation))
            case .plain:
                guard line.item != nil else {
                    reportIgnoredText(line, on: kind)
                    continue
                }
                report(LoweringRules.unexpectedEntity.diagnostic(
                    "\(LoweringContext.describe(line.text)) is neither an attribute nor an entity \(kind.nounWithArticle) can contain; it is ignored",
                    at: location(line: line.line, column: column(of: line.text.trimmingBlanks(), line: line.line) ?? firstTextColumn(line: line.line)),
                    fix: FixSuggestion(kind.unexpectedItemHint)))
            }
        }
        return body
    }

    /// A line of the entity's first paragraph that is no `Key: value`: usually a title
    /// wrapped onto a second line, or a description nothing renders.
    mutating func reportIgnoredText(_ line: BodyLine, on kind: EntityKind) {
        let text = line.text.trimmingBlanks()
        guard !text.isEmpty else { return }
        report(LoweringRules.ignoredText.diagnostic(
            "'\(text)' under this \(kind.noun) is not an attribute and is ignored",
            at: location(line: line.line, column: column(of: text, line: line.line) ?? firstTextColumn(line: line.line)),
            fix: FixSuggestion("a title is one line: join this line to it, or write it as 'Key: value' on a list item of its own")))
    }

    /// An attribute is one line: anything nested under its list item (often a line
    /// indented one level too deep) would otherwise vanish without a word.
    mutating func reportNestedContent(under item: MarkdownNode, attribute: AttributeLine) {
        // A wrapped value, or a next line that lost its `- ` marker, continues the
        // item's paragraph: only the first line is the attribute.
        if let paragraph = item.firstChild, paragraph.kind == .paragraph, let continuation = lines(of: paragraph).dropFirst().first {
            report(LoweringRules.contentUnderAttribute.diagnostic(
                "'\(attribute.keyText)' continues on the next line, which is ignored",
                at: location(line: continuation.line, column: firstTextColumn(line: continuation.line)),
                fix: FixSuggestion("write the whole value on the line of '\(attribute.keyText)', or start the next line with '- ' if it is an attribute of its own")))
        }
        guard let nested = item.firstChild?.next, let start = nested.start else { return }
        report(LoweringRules.contentUnderAttribute.diagnostic(
            "content nested under '\(attribute.keyText)' is ignored",
            at: location(line: start.line, column: firstTextColumn(line: start.line)),
            fix: FixSuggestion("an attribute holds one line: indent the nested lines to the level of '\(attribute.keyText)' or put the value on its line")))
    }

    mutating func reportCustomField(_ attribute: AttributeLine, on kind: EntityKind) {
        let suggestions = nearMisses(for: attribute.keyText, in: .attributes)
        let hint = suggestions.first.map { "; did you mean '\($0)'?" } ?? ""
        report(LoweringRules.customField.diagnostic(
            "'\(attribute.keyText)' is not a known attribute, kept as a custom field of the \(kind.noun)\(hint)",
            at: attribute.keyLocation,
            fix: suggestions.first.map { suggestion in
                let message = "write '\(suggestion)', or declare '\(attribute.keyText)' under 'fields:' in apg.yaml"
                return NearMiss.isCertainMisspelling(attribute.keyText, of: suggestion)
                    ? .replacing(attribute.keyText, at: attribute.keyLocation, with: suggestion, message)
                    : FixSuggestion(message, replacement: suggestion)
            } ?? FixSuggestion("declare '\(attribute.keyText)' under 'fields:' in apg.yaml")))
    }
}

extension LoweringContext {
    /// `'text'` for messages, or a description of an item without text.
    static func describe(_ text: String) -> String {
        let trimmed = text.trimmingBlanks()
        return trimmed.isEmpty ? "a list item without text" : "'\(trimmed)'"
    }
}

extension String {
    func trimming(characters set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice).trimmingBlanks()
    }
}
