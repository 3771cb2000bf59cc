import Foundation
import PlanModel
import Render
import Vocabulary

/// Writes status changes into one guide's Markdown with the smallest possible edit: a
/// touched line keeps its indentation, key spelling and line ending; new lines copy the
/// indentation and list marker of the action's own attribute lines; every other byte
/// stays as it was.
public struct GuideEditor {
    /// The file's lines, each with its line ending (the last may have none).
    private var lines: [String]
    /// New lines to insert after a line index, in order.
    private var insertions: [Int: [String]] = [:]
    /// The guide's language, for status words and attribute keys on new lines.
    public var language: String
    public var vocabulary: Vocabulary

    public init(text: String, language: String, vocabulary: Vocabulary = .bundled) {
        lines = GuideEditor.splitLines(text)
        self.language = language
        self.vocabulary = vocabulary
    }

    /// The edited text.
    public var text: String {
        var result = ""
        for (index, line) in lines.enumerated() {
            result += line
            guard let added = insertions[index] else { continue }
            let ending = Self.lineEnding(of: line) ?? Self.lineEnding(of: lines.first ?? "") ?? "\n"
            if Self.lineEnding(of: line) == nil { result += ending }
            for (offset, newLine) in added.enumerated() {
                let last = offset == added.count - 1 && index == lines.count - 1 && Self.lineEnding(of: line) == nil
                result += newLine + (last ? "" : ending)
            }
        }
        return result
    }

    /// Applies one change to the action whose title is on `action.location.line`.
    public mutating func apply(_ change: StatusChange, to action: ActionItem, asOf: PlanDate) {
        let titleIndex = action.location.line - 1
        guard lines.indices.contains(titleIndex) else { return }
        let block = blockEnd(after: titleIndex)
        let childPrefix = childLinePrefix(action: action, titleIndex: titleIndex)
        // Attributes go after the last attribute line, history after the whole block.
        let attributeLines = action.attributeLocations.values.map { $0.line - 1 }.filter { $0 > titleIndex && $0 <= block }
        let lastAttribute = attributeLines.max() ?? titleIndex

        if let status = change.status {
            let word = WorkbookLanguage.statusWord(status.rawValue, language: language, vocabulary: vocabulary)
            if let line = action.attributeLocations["status"]?.line {
                replaceValue(lineIndex: line - 1, with: word)
            }
            if status == .done {
                setBox(titleIndex, checked: true)
                if let line = action.attributeLocations["done"]?.line {
                    replaceValue(lineIndex: line - 1, with: asOf.iso)
                } else {
                    insert(childPrefix + key("done") + ": " + asOf.iso, after: lastAttribute)
                }
            } else if action.checked {
                // A ticked box says done; it would contradict the new status (APG218).
                setBox(titleIndex, checked: false)
            }
        }
        if let due = change.due {
            if let line = action.attributeLocations["due"]?.line {
                replaceValue(lineIndex: line - 1, with: due.written)
            } else {
                insert(childPrefix + key("due") + ": " + due.written, after: lastAttribute)
            }
        }
        if let actual = change.actual {
            if let line = action.attributeLocations["actual"]?.line {
                replaceValue(lineIndex: line - 1, with: actual)
            } else {
                insert(childPrefix + key("actual") + ": " + actual, after: lastAttribute)
            }
        }
        if change.status != nil || change.comment != nil {
            var note = asOf.iso + ": "
            let word = change.status.map { WorkbookLanguage.statusWord($0.rawValue, language: language, vocabulary: vocabulary) }
            note += [word, change.comment].compactMap { $0 }.joined(separator: " — ")
            insert(childPrefix + note, after: block)
        }
    }

    // MARK: Lines

    private mutating func insert(_ line: String, after index: Int) {
        insertions[index, default: []].append(line)
    }

    /// Replaces what follows `Key:` (or `Key :`, `Key：`) on a line.
    private mutating func replaceValue(lineIndex: Int, with value: String) {
        guard lines.indices.contains(lineIndex) else { return }
        let line = lines[lineIndex]
        let ending = Self.lineEnding(of: line) ?? ""
        let body = String(line.dropLast(ending.count))
        guard let separator = body.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return }
        var prefix = String(body[...separator])
        if body[separator] == ":" { prefix += " " }
        lines[lineIndex] = prefix + value + ending
    }

    /// Ticks or clears the task box of a title line (`- [ ]`, `* [x]`, `1. [X]`).
    private mutating func setBox(_ index: Int, checked: Bool) {
        let line = lines[index]
        for box in ["[ ]", "[x]", "[X]"] {
            guard let range = line.range(of: box) else { continue }
            lines[index] = line.replacingCharacters(in: range, with: checked ? "[x]" : "[ ]")
            return
        }
    }

    /// The last line of the action's list item: the lines after the title that are
    /// indented deeper than its marker (blank lines inside included, trailing ones not).
    private func blockEnd(after titleIndex: Int) -> Int {
        let markerIndent = Self.indent(of: lines[titleIndex])
        var last = titleIndex
        var index = titleIndex + 1
        while index < lines.count {
            let line = lines[index]
            if line.allSatisfy(\.isWhitespace) {
                index += 1
                continue
            }
            guard Self.indent(of: line) > markerIndent else { break }
            last = index
            index += 1
        }
        return last
    }

    /// `    - ` as on the action's first nested list line; else the title's content
    /// column with `- `.
    private func childLinePrefix(action: ActionItem, titleIndex: Int) -> String {
        let nested = (action.attributeLocations.values.map(\.line) + action.history.map(\.location.line))
            .map { $0 - 1 }.filter { $0 > titleIndex && lines.indices.contains($0) }.sorted()
        for index in nested {
            let line = lines[index]
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let rest = line.dropFirst(indent.count)
            if let marker = rest.first, "-*+".contains(marker), rest.dropFirst().first == " " {
                return String(indent) + String(marker) + " "
            }
        }
        let title = lines[titleIndex]
        let indent = title.prefix { $0 == " " || $0 == "\t" }
        let rest = title.dropFirst(indent.count)
        let marker = rest.prefix { !$0.isWhitespace }
        let markerChar = marker.count == 1 && "-*+".contains(marker) ? String(marker) : "-"
        return String(indent) + String(repeating: " ", count: marker.count + 1) + markerChar + " "
    }

    private func key(_ canonical: String) -> String {
        vocabulary.words(for: canonical, in: .attributes, language: WorkbookLanguage.base(language)).first
            ?? vocabulary.words(for: canonical, in: .attributes, language: "en").first
            ?? canonical.capitalized
    }

    static func indent(of line: String) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    static func lineEnding(of line: String) -> String? {
        if line.hasSuffix("\r\n") { return "\r\n" }
        if line.hasSuffix("\n") { return "\n" }
        if line.hasSuffix("\r") { return "\r" }
        return nil
    }

    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    // MARK: Writing

    /// Replaces `url`'s contents atomically (`GuideFileWriter`).
    public static func write(_ text: String, to url: URL) throws {
        try GuideFileWriter.replace(url, with: text)
    }
}
