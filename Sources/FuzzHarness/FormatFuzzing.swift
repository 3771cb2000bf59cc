import APGCommandLine
import APGJSON
import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
import Render

/// `fuzz-format`: one guide from the bytes through `apg fmt` and `apg fix`, in memory.
/// Properties: formatting twice equals formatting once; the formatted guide compiles to
/// the same model as the original with its dates fixed (plan.json without source
/// positions and diagnostics);
/// the fixed guide is still UTF-8 and compiles.
public enum FormatFuzzing {
    public static func run(_ bytes: [UInt8]) async -> FuzzFinding? {
        // fmt and fix rewrite only files that are UTF-8 (others are reported by check).
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let formatter = GuideFormatter()
        let once = formatter.format(text)
        let twice = formatter.format(once)
        guard once == twice else {
            return FuzzFinding("formatting twice differs from formatting once:\n--- once\n\(once)\n--- twice\n\(twice)")
        }
        // fmt writes an unambiguous non-ISO date (`15.02.2027`) in ISO form, which is the
        // fix of APG022: the model before is that of the guide with those fixes applied,
        // so fmt and fix must agree on every date as well.
        let compilation = await compile(Array(text.utf8))
        let dateFixes = compilation.diagnostics.filter { $0.rule == LoweringRules.invalidDate.id }
            .compactMap(\.fix).filter(\.isMachineApplicable).compactMap(TextEdit.init)
        let datesFixed = TextEdit.apply(dateFixes, to: Array(text.utf8)).0
        let before = await model(of: datesFixed)
        let after = await model(of: Array(once.utf8))
        guard before.model == after.model else {
            return FuzzFinding("apg fmt changed the model:\n--- before\n\(before.json)\n--- after\n\(after.json)")
        }

        let edits = compilation.diagnostics.compactMap(\.fix).filter(\.isMachineApplicable).compactMap(TextEdit.init)
        let (fixed, _) = TextEdit.apply(edits, to: Array(text.utf8))
        guard String(validating: fixed, as: UTF8.self) != nil else {
            return FuzzFinding("apg fix produced a file that is not UTF-8")
        }
        _ = await compile(fixed)
        return nil
    }

    static func compile(_ guide: [UInt8]) async -> Compilation {
        let workspace = FuzzWorkspace(configBytes: nil, guides: [("g.md", guide)]).workspace()
        return await AccountCompiler(options: .init(asOf: WorkspaceFuzzing.asOf)).compile(workspace: workspace)
    }

    /// plan.json without what moves when lines move (positions) and without findings: a
    /// date fmt rewrites to ISO stops being a finding, which is the point of fmt.
    static func model(of guide: [UInt8]) async -> (model: JSONValue, json: String) {
        let compilation = await compile(guide)
        guard let file = try? PlanJSONRenderer().render(compilation, options: RenderOptions()).first,
              let json = try? JSONParser.parse(String(decoding: file.contents, as: UTF8.self))
        else { return (.null, "") }
        let stripped = withoutPositions(json)
        return (stripped, JSONWriter.serialize(stripped))
    }

    static let positionKeys: Set<String> = ["source", "sources", "location", "diagnostics", "summary", "revision"]

    static func withoutPositions(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let values):
            return .array(values.map(withoutPositions))
        case .object(let members):
            return .object(members.filter { !positionKeys.contains($0.key) }.map { ($0.key, withoutPositions($0.value)) })
        default:
            return value
        }
    }
}
