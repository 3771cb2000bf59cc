/// Renders prose from a guide (vision, notes, descriptions) to HTML through cmark's safe
/// mode, so that an author's raw HTML or `javascript:` link never reaches a pack.
public enum SafeMarkdown {
    public static func html(_ markdown: String) -> String {
        MarkdownDocument(text: markdown).rootNode.renderSafeHTML()
    }
}
