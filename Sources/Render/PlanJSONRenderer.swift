import APGJSON
import Compiler

/// Writes `plan.json`: the linked model, for other tools and for diffing plans over time.
/// Its shape is `schemas/plan.schema.json`; its bytes depend only on the input.
public struct PlanJSONRenderer: Renderer {
    public let name = "plan-json"

    public init() {}

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        [OutputFile(path: "plan.json", text: JSONWriter.serialize(Self.document(for: compilation, audience: options.audience)))]
    }

    /// plan.json's value. A customer build encodes what `filtered(for:)` leaves (no
    /// internal entities, nothing under them, no diagnostics), with the columns still
    /// converted from the full compilation's source texts.
    static func document(for compilation: Compilation, audience: Audience) -> JSONValue {
        PlanJSONEncoder(compilation: compilation.filtered(for: audience), sources: compilation.sources).document()
    }
}
