import CCMark

/// A node of a `MarkdownDocument`'s tree.
public struct MarkdownNode {
    let pointer: OpaquePointer
    /// Keeps the tree alive as long as any node of it is in use.
    let document: MarkdownDocument

    init(pointer: OpaquePointer, document: MarkdownDocument) {
        self.pointer = pointer
        self.document = document
    }

    public var kind: MarkdownNodeKind { MarkdownNodeKind(cmark_node_get_type(pointer)) }

    public var parent: MarkdownNode? { wrap(cmark_node_parent(pointer)) }
    public var firstChild: MarkdownNode? { wrap(cmark_node_first_child(pointer)) }
    public var lastChild: MarkdownNode? { wrap(cmark_node_last_child(pointer)) }
    public var next: MarkdownNode? { wrap(cmark_node_next(pointer)) }
    public var previous: MarkdownNode? { wrap(cmark_node_previous(pointer)) }

    /// The direct children, in order.
    public var children: MarkdownChildren { MarkdownChildren(first: firstChild) }

    /// Text of text, code, HTML and code-block nodes; nil for containers.
    public var literal: String? {
        guard let chars = cmark_node_get_literal(pointer) else { return nil }
        return String(cString: chars)
    }

    /// 1…6 for headings, 0 otherwise.
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    public var listType: ListType? {
        switch cmark_node_get_list_type(pointer) {
        case CMARK_BULLET_LIST: .bullet
        case CMARK_ORDERED_LIST: .ordered
        default: nil
        }
    }

    /// Destination of links and images.
    public var url: String? {
        guard let chars = cmark_node_get_url(pointer) else { return nil }
        return String(cString: chars)
    }

    /// Info string of a fenced code block.
    public var fenceInfo: String? {
        guard let chars = cmark_node_get_fence_info(pointer) else { return nil }
        return String(cString: chars)
    }

    /// Where the node starts: 1-based line and UTF-8 byte column. cmark reports line 0
    /// for nodes it has no position for (most inlines), hence optional.
    public var start: TextPosition? {
        TextPosition(line: Int(cmark_node_get_start_line(pointer)), column: Int(cmark_node_get_start_column(pointer)))
    }

    /// Where the node ends (inclusive), when known.
    public var end: TextPosition? {
        TextPosition(line: Int(cmark_node_get_end_line(pointer)), column: Int(cmark_node_get_end_column(pointer)))
    }

    /// The concatenated text of all inline descendants, with soft and hard breaks as
    /// newlines. Emphasis and links contribute their text; raw HTML contributes nothing.
    public var plainText: String {
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    private func appendPlainText(to result: inout String) {
        // Walks with an explicit stack: inline nesting is shallow, but a hostile file
        // should not be able to turn it into deep recursion.
        var stack: [MarkdownNode] = [self]
        while let node = stack.popLast() {
            switch node.kind {
            case .text, .code:
                result += node.literal ?? ""
            case .softBreak, .lineBreak:
                result += "\n"
            case .htmlInline:
                break
            default:
                var reversed: [MarkdownNode] = []
                var child = node.firstChild
                while let current = child {
                    reversed.append(current)
                    child = current.next
                }
                stack.append(contentsOf: reversed.reversed())
            }
        }
    }

    /// This node rendered as HTML by cmark in its safe mode: raw HTML is dropped and
    /// `javascript:`, `vbscript:`, `file:` and most `data:` links are removed; so are
    /// links whose scheme holds whitespace, control or invisible format characters.
    public func renderSafeHTML() -> String {
        dropObfuscatedLinks()
        guard let chars = cmark_render_html(pointer, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(chars) }
        return String(cString: chars)
    }

    /// cmark recognises `javascript:` only as written; `java&#09;script:` decodes to a tab
    /// inside the scheme, which cmark then percent-encodes (`java%09script:`). That is
    /// inert in today's browsers, but no honest link looks like it, so its destination is
    /// emptied, as cmark does with the links it recognises as dangerous.
    private func dropObfuscatedLinks() {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            if Self.hasObfuscatedScheme(String(cString: url)) { cmark_node_set_url(node, "") }
        }
    }

    /// Whether the part of `url` before its first `:` is in scheme position (no `/`, `?`
    /// or `#` before it) and holds a character a browser strips or ignores there.
    static func hasObfuscatedScheme(_ url: String) -> Bool {
        var scalars: [Unicode.Scalar] = []
        for scalar in url.unicodeScalars {
            if scalar == ":" { break }
            if scalar == "/" || scalar == "?" || scalar == "#" { return false }
            scalars.append(scalar)
        }
        guard scalars.count < url.unicodeScalars.count else { return false }  // no scheme
        return scalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: true
            default: scalar.properties.isWhitespace
            }
        }
    }

    private func wrap(_ pointer: OpaquePointer?) -> MarkdownNode? {
        pointer.map { MarkdownNode(pointer: $0, document: document) }
    }
}

/// A 1-based line and UTF-8 byte column.
public struct TextPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    /// nil when cmark had no position (line 0).
    public init?(line: Int, column: Int) {
        guard line > 0 else { return nil }
        self.line = line
        self.column = max(1, column)
    }
}

public enum ListType: Sendable {
    case bullet
    case ordered
}

/// The direct children of a node, as a sequence.
public struct MarkdownChildren: Sequence, IteratorProtocol {
    var nextNode: MarkdownNode?

    init(first: MarkdownNode?) { nextNode = first }

    public mutating func next() -> MarkdownNode? {
        defer { nextNode = nextNode?.next }
        return nextNode
    }
}
