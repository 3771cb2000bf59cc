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
        for name in names where name.hasSuffix(".mustache") || name == "labels.json" {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RenderError.templateFolderUnreadable(url.path, "cannot read the file")
            }
            set.files[name] = String(decoding: data, as: UTF8.self)
        }
        return set
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
        let problems = TemplateChecker(schema: schema, templates: templates).check(name)
        guard problems.isEmpty else { throw RenderError.templateProblems(problems) }

        _ = Self.registerEscaping
        let contentType = escaping == .markdown ? Self.markdownContentType : Self.htmlContentType
        var library = MustacheLibrary()
        for (templateName, text) in templates.sorted(by: { $0.key < $1.key }) {
            // The escaping is a property of the output, not of a template an author may
            // override, so it is set here rather than trusted to a pragma in the file.
            let source = "{{% CONTENT_TYPE: \(contentType) }}" + text
            do {
                library.register(try MustacheTemplate(string: source), named: templateName)
            } catch {
                throw RenderError.templateSyntax("\(templateName).mustache", String(describing: error))
            }
        }
        guard let output = library.render(view.templateContextValue, withTemplate: name) else { throw RenderError.missingTemplate(name) }
        return output
    }

    static let markdownContentType = "APG_MARKDOWN"
    static let htmlContentType = "APG_HTML"

    private static let registerEscaping: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: markdownContentType)
        MustacheContentTypes.register(HTMLEscaping(), named: htmlContentType)
    }()
}

/// swift-mustache's own HTML escaping, without its cost: it looks every character of every
/// value up in a dictionary, which was a tenth of `apg build`. Same characters, same
/// entities, so the output is unchanged.
struct HTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

enum HTMLText {
    static func escape(_ text: String) -> String {
        // Most values have nothing to escape: one pass over the bytes decides.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        // By character, as swift-mustache does: a `<` that a combining mark joins is
        // another character and stays as it is.
        for character in text {
            switch character.utf8.count == 1 ? character.utf8.first : nil {
            case UInt8(ascii: "<"): result += "&lt;"
            case UInt8(ascii: ">"): result += "&gt;"
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "\""): result += "&quot;"
            case UInt8(ascii: "'"): result += "&#39;"
            default: result.append(character)
            }
        }
        return result
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
    /// The ASCII characters that are escaped or replaced.
    private static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for character in "\\`*_[]<>|#~&!{}$\n\r\t".utf8 { table[Int(character)] = true }
        return table
    }()

    static func escape(_ text: String) -> String {
        // Most values have nothing to escape: one pass over the bytes decides.
        guard text.utf8.contains(where: { $0 < 128 && special[Int($0)] }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            // Compared by byte, not as `Character`s (slow); a character of more than one
            // byte (`\r\n`, a mark joined to a `*`) is compared as a whole, as before.
            let bytes = character.utf8
            guard bytes.count == 1, let byte = bytes.first, byte < 128, special[Int(byte)] else {
                let isLineBreak = bytes.count == 2 && bytes.first == UInt8(ascii: "\r") && bytes.last == UInt8(ascii: "\n")
                result.append(isLineBreak ? " " : character)
                continue
            }
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                result.append(" ")
            default:
                result.append("\\")
                result.append(character)
            }
        }
        return result
    }
}
