import APGJSON
import Frontend
import Vocabulary

/// `textDocument/completion`, by what precedes the cursor on its line:
/// `@` → handles; `#` or the value of a reference attribute → ids of the kind the
/// attribute takes; the value of a person attribute → handles; the value of an enum
/// attribute → its words in the file's language; the start of a line inside an entity →
/// the attribute keys that entity takes, in the file's language; a `##` heading → the
/// section names in the file's language.
struct CompletionHandler {
    let context: DocumentContext
    /// The cursor.
    let position: Position

    /// Reference attributes and the kinds of entity they name.
    static let referenceKinds: [String: Set<EntityKind>] = [
        "unit": [.unit], "addresses": [.item], "same-as": [.item], "not-same-as": [.item],
        "strategy": [.strategy], "tactic": [.tactic],
    ]
    static let personKeys: Set<String> = ["owner", "sponsor", "covered-by", "raised-by"]
    static let sectionOrder = ["team", "organization", "stakeholders", "items", "vision", "goals", "actions", "notes"]

    func complete() -> JSONValue {
        let lines = context.lines
        guard position.line >= 0, position.line < lines.lineCount else { return list([]) }
        let lineRange = lines.lineRange(position.line)
        let cursor = lines.offset(of: position, encoding: context.encoding)
        let prefix = Array(lines.bytes[lineRange.lowerBound..<cursor])
        let vocabulary = context.workspace?.vocabulary ?? .bundled
        let words = LocalizedWords(vocabulary, language: language)

        // The name being typed, just before the cursor.
        var nameStart = prefix.count
        while nameStart > 0, NameScanner.isNameByte(prefix[nameStart - 1]) { nameStart -= 1 }
        let typed = replaceRange(from: nameStart, prefix: prefix)
        let sigil = nameStart > 0 ? prefix[nameStart - 1] : nil

        if let sections = sectionCompletion(prefix, words: words) { return list(sections) }
        if sigil == UInt8(ascii: "@"), nameStart < 2 || !NameScanner.isNameByte(prefix[nameStart - 2]) {
            return list(handles(replacing: typed, withSigil: false))
        }
        let attribute = NameScanner.attributeKey(prefix).flatMap { key, valueStart in vocabulary.attribute(key).map { ($0, valueStart) } }
        if sigil == UInt8(ascii: "#") {
            return list(ids(of: attribute.flatMap { Self.referenceKinds[$0.0] }, replacing: typed))
        }
        if let (key, valueStart) = attribute {
            if let kinds = Self.referenceKinds[key] { return list(ids(of: kinds, replacing: typed)) }
            // A handle typed without its `@` (the `@` case is above) gets one.
            if Self.personKeys.contains(key) { return list(handles(replacing: typed, withSigil: true)) }
            if let category = enumCategory(key) {
                var start = valueStart
                while start < prefix.count, prefix[start] == UInt8(ascii: " ") { start += 1 }
                let range = replaceRange(from: start, prefix: prefix)
                return list(vocabulary.allKeys(in: category).map { value in
                    item(label: words.word(value, in: category), kind: 20, detail: value, replacing: range)
                })
            }
            return list([])
        }
        return list(attributeKeys(prefix, words: words))
    }

    // MARK: Contexts

    private var language: String {
        if let language = context.workspace?.guideFile(context.path)?.language { return language }
        return "en"
    }

    /// After `## `: the section names.
    private func sectionCompletion(_ prefix: [UInt8], words: LocalizedWords) -> [JSONValue]? {
        guard prefix.count >= 3, prefix[0] == UInt8(ascii: "#"), prefix[1] == UInt8(ascii: "#"), prefix[2] == UInt8(ascii: " ") else { return nil }
        var start = 3
        while start < prefix.count, prefix[start] == UInt8(ascii: " ") { start += 1 }
        let range = replaceRange(from: start, prefix: prefix)
        return Self.sectionOrder.map { key in item(label: words.section(key), kind: 9, detail: key, replacing: range) }
    }

    /// At the start of a line (a bullet and part of a word at most): the keys of the
    /// entity the line belongs to.
    private func attributeKeys(_ prefix: [UInt8], words: LocalizedWords) -> [JSONValue] {
        var index = 0
        while index < prefix.count, prefix[index] == UInt8(ascii: " ") || prefix[index] == UInt8(ascii: "\t") { index += 1 }
        if index + 1 < prefix.count, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(prefix[index]), prefix[index + 1] == UInt8(ascii: " ") { index += 2 }
        let word = prefix[index...]
        guard !word.contains(UInt8(ascii: " ")), !word.contains(UInt8(ascii: ":")), !word.contains(UInt8(ascii: "#")), !word.contains(UInt8(ascii: "[")),
              let entity = enclosingEntity() else { return [] }
        let range = replaceRange(from: index, prefix: prefix)
        return entity.kind.attributes.sorted().map { key in
            let label = words.attribute(key)
            return item(label: label, kind: 10, detail: key, replacing: range, insert: label + ": ")
        }
    }

    /// The entity whose title line is the nearest above the cursor, with no `##` heading
    /// between.
    private func enclosingEntity() -> Definition? {
        guard let workspace = context.workspace else { return nil }
        let cursorLine = currentLine
        guard let entity = workspace.index.definitions(inFile: context.path).last(where: { $0.location.line - 1 < cursorLine }) else { return nil }
        let lines = context.lines
        for line in (entity.location.line)..<cursorLine {
            let range = lines.lineRange(line)
            if range.count >= 3, lines.bytes[range.lowerBound] == UInt8(ascii: "#"), lines.bytes[range.lowerBound + 1] == UInt8(ascii: "#"), lines.bytes[range.lowerBound + 2] == UInt8(ascii: " ") {
                return nil
            }
        }
        return entity
    }

    private var currentLine: Int { position.line }

    private func enumCategory(_ key: String) -> VocabularyCategory? {
        switch key {
        case "status": enclosingEntity()?.kind == .strategy ? .strategyStatus : .actionStatus
        case "priority": .priority
        case "type": enclosingEntity()?.kind == .item ? .itemKind : .unitType
        case "stance": .stance
        case "buying-role": .buyingRole
        case "visibility": .visibility
        default: nil
        }
    }

    // MARK: Items

    private func handles(replacing range: TextRange, withSigil: Bool) -> [JSONValue] {
        (context.workspace?.index.members ?? []).map { member in
            item(label: member.id, kind: 6, detail: member.title, replacing: range, insert: withSigil ? "@" + member.id : member.id)
        }
    }

    private func ids(of kinds: Set<EntityKind>?, replacing range: TextRange) -> [JSONValue] {
        (context.workspace?.index.entities(of: kinds) ?? []).map { definition in
            item(label: definition.id, kind: 18, detail: "\(definition.kind.noun): \(definition.title)", replacing: range)
        }
    }

    private func item(label: String, kind: Int, detail: String, replacing range: TextRange, insert: String? = nil) -> JSONValue {
        [
            "label": .string(label),
            "kind": .int(kind),
            "detail": .string(detail),
            "filterText": .string(insert ?? label),
            "textEdit": ["range": range.json, "newText": .string(insert ?? label)],
        ]
    }

    private func list(_ items: [JSONValue]) -> JSONValue {
        ["isIncomplete": false, "items": .array(items)]
    }

    // MARK: Positions

    /// From byte `start` of the line to the cursor.
    private func replaceRange(from start: Int, prefix: [UInt8]) -> TextRange {
        let lineStart = context.lines.lineRange(currentLine).lowerBound
        return TextRange(
            start: context.lines.position(ofOffset: lineStart + start, encoding: context.encoding),
            end: context.lines.position(ofOffset: lineStart + prefix.count, encoding: context.encoding))
    }
}
