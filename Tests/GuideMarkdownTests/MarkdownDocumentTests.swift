import Testing
@testable import GuideMarkdown

@Suite struct MarkdownDocumentTests {
    @Test func reportsBlockPositionsInUTF8Columns() throws {
        let text = "# Tïtel\n\n- Anna Müller (@amueller)\n  - 职能: Sales\n"
        let document = MarkdownDocument(text: text)
        let root = document.rootNode
        let heading = try #require(root.firstChild)
        #expect(heading.kind == .heading)
        #expect(heading.headingLevel == 1)
        #expect(heading.plainText == "Tïtel")
        #expect(heading.start == TextPosition(line: 1, column: 1))

        let list = try #require(heading.next)
        #expect(list.kind == .list)
        #expect(list.listType == .bullet)
        let item = try #require(list.firstChild)
        #expect(item.start == TextPosition(line: 3, column: 1))
        let nested = try #require(item.children.first { $0.kind == .list }?.firstChild)
        #expect(nested.start == TextPosition(line: 4, column: 3))
        let paragraph = try #require(nested.firstChild)
        #expect(paragraph.plainText == "职能: Sales")
    }

    @Test func lineZeroMeansNoPosition() {
        #expect(TextPosition(line: 0, column: 0) == nil)
    }

    @Test func plainTextJoinsSplitTextNodesAndSkipsRawHTML() throws {
        let document = MarkdownDocument(text: "- [x] A1: *Run* the `first` day <b>now</b>\n")
        let paragraph = try #require(document.rootNode.firstChild?.firstChild?.firstChild)
        #expect(paragraph.plainText == "[x] A1: Run the first day now")
    }

    @Test func safeHTMLDropsRawHTMLAndScriptLinks() {
        let html = SafeMarkdown.html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=y>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("onerror"))
    }

    @Test(arguments: ["java&#09;script:alert(1)", "java&#10;script:alert(1)", "&#01;javascript:alert(1)",
                      "java&#x200B;script:alert(1)", "vb&#13;script:msgbox(1)", "java&#32;script:alert(1)"])
    func safeHTMLDropsLinksWithAnObfuscatedScheme(destination: String) {
        for markdown in ["[x](\(destination))", "[x](<\(destination)>)", "![x](\(destination))", "[x]\n\n[x]: \(destination)"] {
            let html = SafeMarkdown.html(markdown)
            #expect(!html.contains("script"), "\(markdown) → \(html)")
            #expect(html.contains("href=\"\"") || html.contains("src=\"\"") || !html.contains("<a"), "\(markdown) → \(html)")
        }
    }

    @Test func safeHTMLKeepsOrdinaryLinks() {
        let html = SafeMarkdown.html("[a](https://example.com/a%20b?q=1#x) [b](docs/plan.md) [c](mailto:team@example.com)")
        #expect(html.contains("href=\"https://example.com/a%20b?q=1#x\""))
        #expect(html.contains("href=\"docs/plan.md\""))
        #expect(html.contains("href=\"mailto:team@example.com\""))
    }

    @Test func survivesDeepNesting() {
        // cmark builds and frees the tree iteratively; the wrapper must not recurse either.
        let depth = 20_000
        let text = String(repeating: ">", count: depth) + " deep\n"
        let document = MarkdownDocument(text: text)
        var node = document.rootNode
        var levels = 0
        while let child = node.firstChild, child.kind == .blockQuote {
            node = child
            levels += 1
        }
        #expect(levels > 0)
        #expect(document.rootNode.plainText.contains("deep"))
    }
}
