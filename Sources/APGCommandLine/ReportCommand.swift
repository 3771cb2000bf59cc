import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import PlanModel
import Render

/// `apg report`: the follow-up report — where the plan stands as of a date, what changed
/// since the last review (a git revision or an earlier copy), and the trend over the
/// last revisions.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a follow-up report: status as of a date and what changed since the last review."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: ArgumentHelp(
        "Compare with this baseline: a folder holding an earlier copy of the workspace, or else a git revision of the repository that holds the workspace.",
        valueName: "rev-or-dir"
    ))
    var since: String?

    @Option(name: .shortAndLong, help: "Output folder, relative to the current folder.")
    var output: String = "out"

    @Option(help: ArgumentHelp("Add a trend over the last N git revisions that touched the workspace.", valueName: "n"))
    var history: Int?

    @Flag(help: "Also write sheets/<handle>.md and sheets/<handle>.xlsx per owner: their actions and what to update (the workbook goes back through `apg update`).")
    var sheets = false

    @Option(help: "Who the report is for: team or customer (customer leaves out internal entities and the owner sheets of internal members).")
    var audience: Audience = .team

    @Option(help: "Format of the diagnostics printed: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .human

    func validate() throws {
        if let history, history < 1 {
            throw ValidationError("--history takes a number of revisions of at least 1, not \(history)")
        }
        if let since, since.isEmpty {
            throw ValidationError("--since takes a git revision or a folder, not an empty value")
        }
    }

    func run() async throws {
        let console = APGMain.console
        let outputURL = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        let compiled = try await workspace.compile(outputFolder: outputURL)
        DiagnosticPrinter.print(compiled, format: format, color: console.isTerminal, to: console)
        if compiled.hasErrors {
            console.error("error: nothing written: the workspace has errors\n")
            throw ExitCode(1)
        }
        let audience = self.audience
        let compilation = compiled.filtered(for: audience)

        let config = compilation.workspace.config
        let asOf = compilation.asOf
        let baselines = FollowUpBaselines(compilerOptions: .init(asOf: asOf)) { $0.filtered(for: audience) }
        var report = FollowUpReport(
            account: config.account ?? compilation.model.account,
            asOf: asOf,
            status: FollowUpStatus(model: compilation.model, asOf: asOf, dueSoonDays: config.reviewCadenceDays)
        )

        var repository: GitRepository?
        func gitRepository() throws -> GitRepository {
            if let repository { return repository }
            do {
                let found = try GitRepository(containing: workspace.rootURL)
                repository = found
                return found
            } catch {
                throw CommandFailure("\(error)")
            }
        }

        if let since {
            let baseline: Compilation
            let sinceURL = URL(fileURLWithPath: since, isDirectory: true).standardizedFileURL
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: sinceURL.path, isDirectory: &isFolder), isFolder.boolValue {
                baseline = try await run { try await baselines.compile(folder: sinceURL) }
                report.baseline = .init(kind: .folder, name: since, commit: nil, errorCount: baseline.diagnostics.errorCount)
            } else {
                let repository = try gitRepository()
                let commit: String
                do {
                    commit = try repository.commit(for: since)
                } catch {
                    throw CommandFailure("\(error) (and there is no folder named '\(since)')")
                }
                baseline = try await run { try await baselines.compile(commit: commit, in: repository) }
                report.baseline = .init(kind: .revision, name: since, commit: commit, errorCount: baseline.diagnostics.errorCount)
            }
            if baseline.hasErrors {
                console.error("warning: the baseline '\(since)' has \(baseline.diagnostics.errorCount) error(s); it is compared as far as it could be read\n")
            }
            report.changes = PlanChanges(baseline: baseline.model, current: compilation.model, asOf: asOf)
        }

        if let history {
            let repository = try gitRepository()
            report.trend = try await run { try await baselines.trend(count: history, in: repository, dueSoonDays: config.reviewCadenceDays) }
        }

        try OutputFolder.check(outputURL, named: output, workspaceRoot: workspace.rootURL)
        var files = FollowUpReportRenderer(includeSheets: sheets).render(report)
        if sheets {
            // From the unfiltered compilation: the workbooks filter it themselves and keep
            // the plan's revision, which the filtered copy no longer has the sources for.
            do {
                files += try ActionsWorkbookRenderer().ownerWorkbooks(compiled, options: RenderOptions(audience: audience))
            } catch {
                throw CommandFailure("cannot render the owner workbooks, nothing written: \(error)")
            }
        }
        try OutputFolder.write(files, to: outputURL, named: output, what: "the report")
        let status = report.status
        let summary = "wrote the follow-up report as of \(asOf.iso) to \(output): \(status.overdue.count) overdue, \(status.dueSoon.count) due soon, \(status.passedMilestones.count) milestone(s) passed\n"
        // With a machine format, stdout carries the diagnostics alone: a tool parses it.
        if format == .human { console.out(summary) } else { console.error(summary) }
    }

    /// Runs a baseline step, turning git and I/O failures into exit status 2.
    private func run<T>(_ step: () async throws -> T) async throws -> T {
        do {
            return try await step()
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
