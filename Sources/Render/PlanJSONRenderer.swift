import Compiler

/// Writes `plan.json`: the linked model.
///
/// OWNER: linker helper. Placeholder until it lands.
public struct PlanJSONRenderer: Renderer {
    public let name = "plan-json"

    public init() {}

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        [OutputFile(path: "plan.json", text: "{}\n")]
    }
}
