import CCMark

/// A parsed CommonMark document. It owns cmark's tree and frees it when the last
/// reference goes away; every `MarkdownNode` keeps its document alive.
///
/// Not `Sendable`: a document is parsed, lowered and dropped within one task.
public final class MarkdownDocument {
    let root: OpaquePointer

    /// Parses `text`. cmark accepts any byte sequence and never fails, so this cannot
    /// throw; callers check UTF-8 validity before.
    public init(text: String) {
        var text = text
        // cmark's default options: raw HTML is kept as nodes but never rendered
        // (CMARK_OPT_UNSAFE is not set), and source positions are always recorded.
        let options = CMARK_OPT_DEFAULT
        root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
    }

    deinit {
        cmark_node_free(root)
    }

    public var rootNode: MarkdownNode { MarkdownNode(pointer: root, document: self) }
}
