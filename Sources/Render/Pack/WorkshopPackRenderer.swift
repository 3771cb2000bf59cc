import Compiler

/// `workshop-pack.html` and `workshop-pack.md`: the consolidated workshop pack, rendered
/// from the `templates/pack/` templates (or their `--templates` overrides).
public struct WorkshopPackRenderer: Renderer {
    public enum Format: Sendable {
        case html, markdown
    }

    public let format: Format

    public init(format: Format) {
        self.format = format
    }

    public var name: String { format == .html ? "html-pack" : "markdown-pack" }

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let templates = try TemplateSet.resolved(overrides: options.templateOverrides)
        let view = try Self.view(of: visible, options: options, templates: templates)
        let text = try templates.render(
            format == .html ? "html-pack" : "md-pack",
            view: view,
            escaping: format == .html ? .html : .markdown
        )
        return [OutputFile(path: format == .html ? "workshop-pack.html" : "workshop-pack.md", text: text)]
    }

    /// The context the templates see, for the template check and for tests.
    static func view(of compilation: Compilation, options: RenderOptions, templates: TemplateSet) throws -> PackView {
        let language = options.language ?? PackFacts(compilation: compilation).defaultLanguage
        let labels = try PackLabels.load(json: templates.files["labels.json"] ?? "{}", language: language, explicit: options.language != nil)
        return PackViewBuilder(compilation: compilation, labels: labels, audience: options.audience).build()
    }
}
