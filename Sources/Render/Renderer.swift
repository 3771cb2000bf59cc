import Compiler
import Diagnostics

/// Produces output files from a compilation. Renderers never write to disk themselves:
/// `OutputWriter` writes everything at once, so a failure never leaves half an output.
public protocol Renderer: Sendable {
    /// A short name (`plan-json`, `html-pack`), for messages.
    var name: String { get }
    func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile]
}

/// The renderers `apg build` runs, in order.
public enum RendererRegistry {
    public static var buildRenderers: [any Renderer] {
        [
            PlanJSONRenderer(),
            WorkshopPackRenderer(format: .html),
            WorkshopPackRenderer(format: .markdown),
            ActionsCSVRenderer(),
            ActionsWorkbookRenderer(),
            MilestonesCalendarRenderer(),
        ]
    }
}
