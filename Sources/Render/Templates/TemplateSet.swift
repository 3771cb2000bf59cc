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

        _ = Self.registerMarkdownEscaping
        var library = MustacheLibrary()
        for (templateName, text) in templates.sorted(by: { $0.key < $1.key }) {
            // The escaping is a property of the output, not of a template an author may
            // override, so it is set here rather than trusted to a pragma in the file.
            let source = escaping == .markdown ? "{{% CONTENT_TYPE: \(Self.markdownContentType) }}" + text : text
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

    private static let registerMarkdownEscaping: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: markdownContentType)
    }()
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
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "{", "}", "$":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n", "\t":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }
}
