/// A `{{…}}` tag of a mustache template, as far as the checker needs to know it.
struct TemplateTag: Hashable {
    enum Kind: Hashable {
        case variable, rawVariable, section, invertedSection, close, partial, parent, block, comment, pragma, delimiterChange, unclosed
    }

    var kind: Kind
    /// The name without sigils or transforms (`uppercased(title)` → `title`).
    var name: String
    /// The tag as written, for messages.
    var source: String
    var line: Int
    /// Where the tag starts and ends (just past its closing braces), in UTF-8 bytes.
    var start = 0
    var end = 0

    /// All tags in order. Linear: one pass over the bytes.
    static func scan(_ text: String) -> [TemplateTag] {
        let bytes = Array(text.utf8)
        var tags: [TemplateTag] = []
        var index = 0
        var line = 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            var end = index + (triple ? 3 : 2)
            var found = false
            while end + closing.count <= bytes.count {
                if Array(bytes[end..<(end + closing.count)]) == closing { found = true; break }
                end += 1
            }
            guard found else {
                tags.append(TemplateTag(kind: .unclosed, name: "", source: String(decoding: bytes[start..<min(bytes.count, start + 20)], as: UTF8.self), line: line))
                break
            }
            let innerStart = start + (triple ? 3 : 2)
            let inner = String(decoding: bytes[innerStart..<end], as: UTF8.self)
            let source = String(decoding: bytes[start..<(end + closing.count)], as: UTF8.self)
            var tag = classify(inner, triple: triple, source: source, line: line)
            tag.start = start
            tag.end = end + closing.count
            tags.append(tag)
            line += bytes[start..<(end + closing.count)].filter { $0 == UInt8(ascii: "\n") }.count
            index = end + closing.count
        }
        return tags
    }

    private static func classify(_ inner: String, triple: Bool, source: String, line: Int) -> TemplateTag {
        let trimmed = inner.trimmingSet(" \t\r\n")
        if triple { return TemplateTag(kind: .rawVariable, name: bare(trimmed), source: source, line: line) }
        guard let sigil = trimmed.first else { return TemplateTag(kind: .variable, name: "", source: source, line: line) }
        let rest = bare(String(trimmed.dropFirst()).trimmingSet(" \t\r\n"))
        let kind: Kind
        switch sigil {
        case "#": kind = .section
        case "^": kind = .invertedSection
        case "/": kind = .close
        case ">": kind = .partial
        case "<": kind = .parent
        case "$": kind = .block
        case "!": kind = .comment
        case "%": kind = .pragma
        case "=": kind = .delimiterChange
        case "&": kind = .rawVariable
        default: return TemplateTag(kind: .variable, name: bare(trimmed), source: source, line: line)
        }
        return TemplateTag(kind: kind, name: rest, source: source, line: line)
    }

    /// `first(list)` names `list`: swift-mustache's transforms wrap the name.
    private static func bare(_ name: String) -> String {
        guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close else { return name }
        return String(name[name.index(after: open)..<close]).trimmingSet(" ")
    }
}

extension String {
    func trimmingSet(_ set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
