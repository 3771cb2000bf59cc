import APGJSON
import Compiler
import Foundation
import Frontend
import PlanModel
import Render
import StatusUpdate

/// `fuzz-workspace`: a workspace from the bytes through everything `check`, `build` and
/// `report` run — front matter, Markdown, linker, synthesis, rules, every renderer for the
/// team and for the customer edition with its leak check, the follow-up report against
/// the workspace without its last guide — in memory. Beyond not crashing: `plan.json`
/// parses as JSON, and `apg update` reads back the `actions.xlsx` the build wrote.
public enum WorkspaceFuzzing {
    static let asOf = PlanDate(year: 2027, month: 1, day: 15)!

    public static func run(_ bytes: [UInt8]) async -> FuzzFinding? {
        let input = FuzzWorkspace(bytes)
        let compiler = AccountCompiler(options: .init(asOf: asOf))
        let compilation = await compiler.compile(workspace: input.workspace())
        let owner = compilation.model.team.first.map { "@" + $0.handle }

        var outputs: [OutputFile] = []
        for renderer in RendererRegistry.buildRenderers {
            do {
                outputs += try renderer.render(compilation, options: RenderOptions(owner: owner))
            } catch {
                // A renderer may refuse (a template error is reported, not a crash).
                continue
            }
        }
        if let finding = checkOutputs(outputs) { return finding }

        let edition = compilation.customerEdition
        for renderer in RendererRegistry.buildRenderers {
            if let files = try? renderer.render(edition.compilation, options: RenderOptions(audience: .customer)) {
                _ = LeakCheck(edition).diagnostics(outputs: files.map(\.path))
            }
        }

        var report = FollowUpReport(
            account: compilation.workspace.config.account ?? compilation.model.account,
            asOf: asOf,
            status: FollowUpStatus(model: compilation.model, asOf: asOf, dueSoonDays: compilation.workspace.config.reviewCadenceDays))
        if input.guides.count > 1 {
            let baseline = await compiler.compile(workspace: input.workspace(droppingLastGuide: true))
            report.changes = PlanChanges(baseline: baseline.model, current: compilation.model, asOf: asOf)
        }
        _ = FollowUpReportRenderer(includeSheets: true).render(report)
        _ = try? ActionsWorkbookRenderer().ownerWorkbooks(compilation, options: RenderOptions())
        return nil
    }

    static func checkOutputs(_ outputs: [OutputFile]) -> FuzzFinding? {
        for output in outputs {
            switch output.path {
            case "plan.json":
                do {
                    _ = try JSONParser.parse(String(decoding: output.contents, as: UTF8.self))
                } catch {
                    return FuzzFinding("plan.json is not JSON: \(error)")
                }
            case "actions.xlsx":
                do {
                    _ = try UpdateSheet.workbook(Data(output.contents), fileName: output.path)
                } catch {
                    return FuzzFinding("apg update cannot read the actions.xlsx apg build wrote: \(error)")
                }
            default:
                continue
            }
        }
        return nil
    }
}
