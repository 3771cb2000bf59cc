import Diagnostics
import Foundation
import Mustache

/// The pack's templates and labels: the built-in ones (embedded from `templates/pack/`
/// at development time, see `EmbeddedTemplates`) with any `--templates DIR` files laid
/// over them by file name.
public struct TemplateSet: Sendable {
    /// File name (`html-pack.mustache`, `labels.json`) → text.
    public private(set) var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    public static var builtIn: TemplateSet {
        TemplateSet(files: Dictionary(EmbeddedTemplates.files.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The built-in set with every `*.mustache` and `labels.json` file of `folder` laid over it.
    public static func resolved(overrides folder: URL?) throws -> TemplateSet {
        var set = builtIn
        guard let folder else { return set }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw RenderError.templateFolderUnreadable(folder.path, error.localizedDescription)
        }
        var added: [String] = []
        for name in names where name.hasSuffix(".mustache") || name == "labels.json" {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RenderError.templateFolderUnreadable(url.path, "cannot read the file")
            }
            if set.files[name] == nil { added.append(name) }
            let text = String(decoding: data, as: UTF8.self)
            // Labels are laid over key by key, so an override may rename one label or add
            // a language without copying every other word.
            set.files[name] = name == "labels.json" ? try PackLabels.merged(set.files[name] ?? "{}", text) : text
        }
        // A new file is a partial some template includes; anything else is most likely a
        // misspelt override (`html-pak.mustache`) that would silently change nothing.
        let included = set.includedPartials
        for name in added where !included.contains(String(name.dropLast(".mustache".count))) {
            let builtIn = TemplateSet.builtIn.files.keys.filter { $0.hasSuffix(".mustache") }
            throw RenderError.unknownTemplateFile(url: folder.appendingPathComponent(name).path, suggestion: NearMiss.bestMatches(for: name, in: builtIn, limit: 1).first)
        }
        return set
    }

    /// Names of the templates included as partials or parents (`{{> name}}`, `{{< name}}`).
    var includedPartials: Set<String> {
        var names: Set<String> = []
        for text in templates.values {
            for tag in TemplateTag.scan(text) where tag.kind == .partial || tag.kind == .parent {
                names.insert(tag.name)
            }
        }
        return names
    }

    /// Templates by mustache name (file name without `.mustache`).
    public var templates: [String: String] {
        var result: [String: String] = [:]
        for (file, text) in files where file.hasSuffix(".mustache") {
            result[String(file.dropLast(".mustache".count))] = text
        }
        return result
    }

    public enum Escaping: Sendable {
        case html, markdown
    }

    /// Checks `name` against the schema of `view`, then renders it. Unknown names, missing
    /// partials and syntax errors are errors: a pack with silent holes is worse than no pack.
    public func render(_ name: String, view: some TemplateObject, escaping: Escaping) throws -> String {
        let schema = view.instanceSchema
        let templates = self.templates
        guard templates[name] != nil else { throw RenderError.missingTemplate(name) }
        let problems = TemplateCache.shared.problems(for: .init(templates: templates, schema: schema, name: name)) {
            TemplateChecker(schema: schema, templates: templates).check(name)
        }
        guard problems.isEmpty else { throw RenderError.templateProblems(problems) }

        let contentType = escaping == .markdown ? Self.markdownContentType : Self.htmlContentType
        // Only what `name` reaches: the other output's templates need not be parsed.
        let reachable = Self.reachable(from: name, in: templates)
        let library = try TemplateCache.shared.library(for: .init(templates: reachable, contentType: contentType)) {
            Self.parse(reachable, contentType: contentType)
        }.get()
        guard let output = library.render(view.templateContextValue, withTemplate: name) else { throw RenderError.missingTemplate(name) }
        return output
    }

    /// `name` and every template it includes as a partial or parent, transitively.
    private static func reachable(from name: String, in templates: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        var pending = [name]
        while let next = pending.popLast() {
            guard result[next] == nil, let text = templates[next] else { continue }
            result[next] = text
            for tag in TemplateTag.scan(text) where tag.kind == .partial || tag.kind == .parent {
                pending.append(tag.name)
            }
        }
        return result
    }

    /// `pieceLength`: see `TemplateChunks` (tests cut shorter pieces).
    static func parse(_ templates: [String: String], contentType: String, pieceLength: Int = TemplateChunks.targetLength) -> Result<MustacheLibrary, RenderError> {
        // The content types are looked up while parsing (the pragma), not while rendering.
        _ = Self.registerEscaping
        var library = MustacheLibrary()
        // The escaping is a property of the output, not of a template an author may
        // override, so it is set here rather than trusted to a pragma in the file.
        let pragma = "{{% CONTENT_TYPE: \(contentType) }}"
        for (templateName, text) in templates.sorted(by: { $0.key < $1.key }) {
            if let pieces = TemplateChunks.split(text, targetLength: pieceLength), let parsed = try? parse(pieces, named: templateName, pragma: pragma) {
                for (name, template) in parsed { library.register(template, named: name) }
                continue
            }
            do {
                library.register(try MustacheTemplate(string: pragma + text), named: templateName)
            } catch {
                return .failure(RenderError.templateSyntax("\(templateName).mustache", String(describing: error)))
            }
        }
        return .success(library)
    }

    /// A long template as its pieces (`TemplateChunks`), `name/1`, `name/2`, … (a slash
    /// cannot be in a template's file name), and `name` as the pieces included in order.
    /// After the first, a piece's pragma stands on a line of its own, which the parser
    /// drops, so the piece's first line starts a line as it did in the whole text.
    private static func parse(_ pieces: [Substring], named name: String, pragma: String) throws -> [(String, MustacheTemplate)] {
        var parsed: [(String, MustacheTemplate)] = []
        var whole = pragma
        for (index, piece) in pieces.enumerated() {
            let pieceName = "\(name)/\(index + 1)"
            parsed.append((pieceName, try MustacheTemplate(string: pragma + (index == 0 ? "" : "\n") + piece)))
            whole += "{{> \(pieceName)}}"
        }
        parsed.append((name, try MustacheTemplate(string: whole)))
        return parsed
    }

    static let markdownContentType = "APG_MARKDOWN"
    static let htmlContentType = "APG_HTML"

    private static let registerEscaping: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: markdownContentType)
        MustacheContentTypes.register(HTMLEscaping(), named: htmlContentType)
    }()
}

/// swift-mustache's HTML escaping (same characters, same entities) without its cost: it
/// looks every character of every value up in a dictionary, which was a tenth of
/// `apg build`.
struct HTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

/// Escapes text for HTML element content and quoted attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        // Most values have nothing to escape: one pass over the bytes decides.
        guard text.utf8.contains(where: isSpecial) else { return text }
        // By byte, not by `Character`: a quote that a combining mark joins is one
        // character, yet to the browser it still ends an attribute value.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

/// Escapes a value for GitHub-flavoured Markdown: every character that could start
/// markup (emphasis, links, raw HTML, table cells, headings) is backslash-escaped, and
/// line breaks become spaces so a value never leaves its table cell or list item.
struct MarkdownEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownText.escape(text)
    }
}

enum MarkdownText {
    /// The ASCII characters a value's escaping changes: line breaks and tabs become
    /// spaces, the others get a backslash.
    struct Specials: Sendable {
        fileprivate let table: [Bool]

        init(_ characters: String) {
            var table = [Bool](repeating: false, count: 128)
            for byte in characters.utf8 where byte < 128 { table[Int(byte)] = true }
            self.table = table
        }

        func contains(_ byte: UInt8) -> Bool { byte < 128 && table[Int(byte)] }
    }

    /// Everything that could start markup in a value of the pack.
    static let packSpecials = Specials("\\`*_[]<>|#~&!{}$\n\r\t")

    static func escape(_ text: String, specials: Specials = packSpecials) -> String {
        // Most values have nothing to escape: one pass over the bytes decides.
        guard text.utf8.contains(where: specials.contains) else { return text }
        // By byte, not by `Character`: a `|` or `*` that a combining mark joins is one
        // character, yet to cmark it still ends a table cell or opens emphasis.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            guard specials.contains(byte) else {
                result.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                result.append(UInt8(ascii: " "))
            default:
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
