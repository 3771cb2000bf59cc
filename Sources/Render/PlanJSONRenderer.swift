import APGJSON
import Compiler

/// Writes `plan.json`: the linked model, for other tools and for diffing plans over time.
/// Its shape is `schemas/plan.schema.json`; its bytes depend only on the input.
public struct PlanJSONRenderer: Renderer {
    public let name = "plan-json"

    public init() {}

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let document = PlanJSONEncoder(compilation: compilation, audience: options.audience).document()
        return [OutputFile(path: "plan.json", text: JSONWriter.serialize(document))]
    }
}
