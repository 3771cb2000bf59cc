import Mustache
import Testing
@testable import Render

/// Long templates are parsed in pieces (`TemplateChunks`); what they render must not
/// change, at any place a cut can fall.
@Suite struct TemplateChunksTests {
    /// Standalone tags, indentation, an indented partial, an inverted section, a comment
    /// over several lines, a Windows line ending and text without a final newline: what
    /// the parser treats by its position on a line.
    static let template = """
        <h1>{{title}}</h1>\r
        {{#items}}
          <li>{{name}}</li>
        {{/items}}
        {{^items}}
        <p>none</p>
        {{/items}}
          {{> row}}
        {{! a comment
            over two lines }}
        <p>{{{raw}}} &amp; {{&raw}}</p>
            {{#flag}}indented standalone{{/flag}}
        {{#flag}}
        {{title}}
        {{/flag}}
        last line
        """

    static var context: [String: Any] { [
        "title": "A <b> & \"c\"", "raw": "<i>", "flag": true,
        "items": [["name": "one"], ["name": "two & three"]],
    ] }

    func render(pieceLength: Int) throws -> String? {
        let templates = ["pack": Self.template, "row": "<tr>{{title}}</tr>\n<tr>2</tr>\n"]
        let library = try TemplateSet.parse(templates, contentType: TemplateSet.htmlContentType, pieceLength: pieceLength).get()
        return library.render(Self.context, withTemplate: "pack")
    }

    @Test(arguments: [1, 8, 20, 40, 80]) func aCutTemplateRendersLikeTheWholeOne(pieceLength: Int) throws {
        let whole = try render(pieceLength: 1 << 20)
        #expect(whole?.contains("<li>two &amp; three</li>") == true)
        #expect(try render(pieceLength: pieceLength) == whole)
    }

    @Test func piecesAreWholeLinesOutsideSectionsAndComments() throws {
        let pieces = try #require(TemplateChunks.split(Self.template, targetLength: 1))
        #expect(pieces.joined() == Self.template)
        #expect(pieces.count > 3)
        for (index, piece) in pieces.enumerated() where index < pieces.count - 1 {
            #expect(piece.utf8.last == UInt8(ascii: "\n"))
            let tags = TemplateTag.scan(String(pieces[...index].joined()))
            let depth = tags.reduce(0) { $0 + ($1.kind == .section || $1.kind == .invertedSection ? 1 : $1.kind == .close ? -1 : 0) }
            #expect(depth == 0, "cut \(index) inside a section")
            #expect(!piece.hasSuffix("{{! a comment\n"))
        }
    }

    @Test(arguments: ["{{=<% %>=}}\n<%a%>\n<%b%>\n", "{{< parent}}\n{{$block}}x{{/block}}\n{{/parent}}\n", "{{% CONTENT_TYPE: TEXT }}\na\nb\n", "{{#a}}\nb\n"])
    func templatesThatMustStayWholeAreNotCut(_ text: String) {
        #expect(TemplateChunks.split(text, targetLength: 1) == nil)
    }

    @Test func aShortTemplateIsOnePiece() {
        #expect(TemplateChunks.split("one line\n{{x}}\n") == nil)
    }
}
