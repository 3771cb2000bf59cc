import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Frontend
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

    @Option(help: "Who the report is for: team or customer (the customer edition: an allow-list, see the README; its text is checked for leaks first).")
    var audience: Audience = .team

    @Option(help: "Language of the report's words, numbers and dates, and of the owner sheets: \(FollowUpReportRenderer.languages.joined(separator: ", ")) (default: the global file's language, else English).")
    var lang: String?

    @Option(help: "Format of the diagnostics printed: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .human

    @OptionGroup var printing: PrintOptions

    func validate() throws {
        if let history, history < 1 {
            throw ValidationError("--history takes a number of revisions of at least 1, not \(history)")
        }
        if let since, since.isEmpty {
            throw ValidationError("--since takes a git revision or a folder, not an empty value")
        }
        if output.isEmpty { throw ValidationError.emptyPath("--output", takes: "a folder") }
    }

    func run() async throws {
        let console = APGMain.console
        let outputURL = URL(literalPath: output)
        if let portfolio = try workspace.portfolio(outputFolder: outputURL) {
            try await report(portfolio, to: outputURL, console: console)
            return
        }
        let job = try printingJob()
        let compiled = try await workspace.compile(outputFolder: outputURL)
        DiagnosticPrinter.print(compiled, format: format, color: console.isTerminal, to: console)
        if compiled.hasErrors {
            console.error("error: nothing written: the workspace has errors\n")
            throw ExitCode(1)
        }
        let baseline: FollowUpJob.Baseline? = since.map { since in
            Self.folder(at: since).map { .folder($0, name: since) } ?? .revision(since)
        }
        var warnings: [String] = []
        defer { for warning in warnings { console.error("warning: \(warning)\n") } }
        var leaks: [Diagnostic] = []
        let written = try await job.write(compiled, root: workspace.rootURL, baseline: baseline, to: outputURL, named: output,
                                          warnings: &warnings, leaks: &leaks)
        if !leaks.isEmpty {
            var printed = compiled
            printed.diagnostics = leaks.sortedStably()
            DiagnosticPrinter.print(printed, format: format, color: console.isTerminal, to: console)
        }
        guard let summary = written else {
            console.error("error: \(Self.leakRefusal)\n")
            throw ExitCode(1)
        }
        if workspace.quiet { return }
        // With a machine format, stdout carries the diagnostics alone: a tool parses it.
        if format == .human { console.out(summary + "\n") } else { console.error(summary + "\n") }
    }

    /// Why a customer report whose text leaks was not written (report has no `--force`).
    static let leakRefusal = "nothing written: the customer edition's text names what it leaves out (reword it, or mark it 'Visibility: customer')"

    private var job: FollowUpJob {
        FollowUpJob(audience: audience, history: history, sheets: sheets, language: lang)
    }

    /// The job with its PDF printer (`--pdf`); fails before anything is compiled when no
    /// browser is found.
    private func printingJob() throws -> FollowUpJob {
        var job = self.job
        job.printer = try printing.printer()
        return job
    }

    /// Each account's report into `OUT/<account folder>/`, side by side, and
    /// `OUT/index.html` linking them. `--since DIR` compares each account with its folder
    /// in DIR; `--since REV` and `--history` read each account's git history.
    private func report(_ portfolio: Portfolio, to outputURL: URL, console: Console) async throws {
        try OutputFolder.check(outputURL, named: output, workspaceRoot: portfolio.root)
        let job = try printingJob()
        let options = workspace.compilerOptions, output = self.output, since = self.since
        let sinceFolder = since.flatMap(Self.folder(at:))
        let progress = ProgressLine(
            console: console, label: "reporting on accounts", total: portfolio.accounts.count,
            enabled: ProgressLine.isWanted(on: console, quiet: workspace.quiet))
        let outcomes = await PortfolioRun.runCompiled(
            portfolio.accounts, options: options, outputURL: outputURL, output: output, progress: progress
        ) { account, compilation, folder in
            let folderURL = folder.url, folderName = folder.name
            var outcome = AccountOutcome.compiled(account, compilation)
            if compilation.hasErrors {
                outcome.failure = "nothing written: the account has errors"
                return outcome
            }
            var warnings: [String] = []
            var baseline: FollowUpJob.Baseline?
            if let since {
                if let sinceFolder {
                    if let copy = Self.folder(at: sinceFolder.appendingPathComponent(account.folder).path) {
                        baseline = .folder(copy, name: (since as NSString).appendingPathComponent(account.folder))
                    } else {
                        warnings.append("'\(since)' holds no folder '\(account.folder)' to compare with; the report shows no changes")
                    }
                } else {
                    baseline = .revision(since)
                }
            }
            do {
                var leaks: [Diagnostic] = []
                let written = try await job.write(compilation, root: account.root, baseline: baseline, to: folderURL, named: folderName,
                                                  warnings: &warnings, leaks: &leaks)
                if !leaks.isEmpty {
                    var printed = compilation
                    printed.diagnostics = (compilation.diagnostics + leaks).sortedStably()
                    outcome = AccountOutcome.compiled(account, printed)
                }
                if let summary = written {
                    outcome.notes.append(summary)
                    outcome.page = account.folder + "/follow-up-report.html"
                } else {
                    outcome.failure = Self.leakRefusal
                }
            } catch {
                outcome.status = 2
                outcome.failure = (error as? CommandFailure)?.message ?? "\(error)"
            }
            // Warnings are not progress: --quiet keeps them.
            outcome.warnings = warnings
            return outcome
        }
        PortfolioPrinter(portfolio: portfolio, format: format, color: console.isTerminal, quiet: workspace.quiet, console: console)
            .print(outcomes)
        try PortfolioPrinter.writeIndex(outcomes, title: "Follow-up reports" + workspace.shareTitle, pageKind: "follow-up report", audience: audience, to: outputURL, named: output)
        let status = outcomes.map(\.status).max() ?? 0
        if status != 0 { throw ExitCode(status) }
    }

    /// The folder at `path`, or nil when there is none (then `--since` names a revision).
    private static func folder(at path: String) -> URL? {
        let url = URL(literalPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return url
    }
}

/// Writes one workspace's follow-up report: the status as of a date, the changes since
/// a baseline and the trend over the last revisions.
struct FollowUpJob: Sendable {
    enum Baseline: Sendable {
        /// An earlier copy of the workspace; `name` as the user gave it.
        case folder(URL, name: String)
        /// A git revision of the repository holding the workspace.
        case revision(String)
    }

    var audience: Audience
    var history: Int?
    var sheets: Bool
    /// `--lang`; nil means the global file's language when the report has its words.
    var language: String?
    /// Prints `follow-up-report.pdf` (`--pdf`) when set.
    var printer: PDFPrinter? = nil

    /// Writes the report of `compiled` (which has no errors) and returns the line that
    /// says what was written; a baseline with errors adds to `warnings`. A customer
    /// report whose text leaks (`leaks` holds an error) is not written: nil.
    func write(_ compiled: Compilation, root: URL, baseline source: Baseline?, to outputURL: URL, named output: String,
               warnings: inout [String], leaks: inout [Diagnostic]) async throws -> String? {
        let audience = self.audience
        // A customer report is made from the customer edition, whose text is checked for
        // leaks before anything is written.
        let edition = audience == .customer ? compiled.customerEdition : nil
        let compilation = edition?.compilation ?? compiled

        // An unknown --lang stops the command before any baseline is compiled.
        let fallbackLanguage = compilation.model.sources.first(where: \.isGlobal)?.language ?? "en"
        let renderer: FollowUpReportRenderer
        do {
            renderer = try FollowUpReportRenderer(includeSheets: sheets, language: language, fallbackLanguage: fallbackLanguage)
        } catch {
            throw CommandFailure("\(error)")
        }

        let config = compilation.workspace.config
        let asOf = compilation.asOf
        let baselines = FollowUpBaselines(compilerOptions: .init(asOf: asOf)) { $0.filtered(for: audience) }
        var report = FollowUpReport(
            account: config.account ?? compilation.model.account,
            asOf: asOf,
            status: FollowUpStatus(model: compilation.model, asOf: asOf, dueSoonDays: config.reviewCadenceDays)
        )
        report.status.ownersAreNames = compilation.isCustomerEdition

        var repository: GitRepository?
        func gitRepository() throws -> GitRepository {
            if let repository { return repository }
            do {
                let found = try GitRepository(containing: root)
                repository = found
                return found
            } catch {
                throw CommandFailure("\(error)")
            }
        }

        if let source {
            let baseline: Compilation
            let since: String
            switch source {
            case .folder(let folder, let name):
                since = name
                baseline = try await run { try await baselines.compile(folder: folder) }
                report.baseline = .init(kind: .folder, name: name, commit: nil, errorCount: baseline.diagnostics.errorCount)
            case .revision(let revision):
                since = revision
                let repository = try gitRepository()
                let commit: String
                do {
                    commit = try repository.commit(for: revision)
                } catch {
                    throw CommandFailure("\(error) (and there is no folder named '\(revision)')")
                }
                baseline = try await run { try await baselines.compile(commit: commit, in: repository) }
                let date = try? repository.date(of: commit)
                report.baseline = .init(kind: .revision, name: revision, commit: commit, date: date, errorCount: baseline.diagnostics.errorCount)
            }
            if baseline.hasErrors {
                warnings.append("the baseline '\(since)' has \(baseline.diagnostics.errorCount) error(s); it is compared as far as it could be read")
            }
            report.changes = PlanChanges(baseline: baseline.model, current: compilation.model, asOf: asOf)
        }

        if let history {
            let repository = try gitRepository()
            report.trend = try await run { try await baselines.trend(count: history, in: repository, dueSoonDays: config.reviewCadenceDays) }
        }

        var files = renderer.render(report)
        if sheets {
            // From the unfiltered compilation: the workbooks filter it themselves and keep
            // the plan's revision, which the filtered copy no longer has the sources for.
            do {
                files += try ActionsWorkbookRenderer().ownerWorkbooks(compiled, options: RenderOptions(language: renderer.language, audience: audience))
            } catch {
                throw CommandFailure("cannot render the owner workbooks, nothing written: \(error)")
            }
        }
        if let edition {
            leaks = LeakCheck(edition).diagnostics(outputs: files.map(\.path))
            if leaks.hasErrors { return nil }
        }
        files = try PrintOptions.adding("follow-up-report.pdf", printing: "follow-up-report.html", of: files, with: printer, dated: asOf)
        try OutputFolder.check(outputURL, named: output, workspaceRoot: root)
        try OutputFolder.write(files, to: outputURL, named: output, what: "the report")
        let status = report.status
        return "wrote the follow-up report as of \(asOf.iso) to \(output): \(status.overdue.count) overdue, \(status.dueSoon.count) due soon, \(status.passedMilestones.count) milestone(s) passed"
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
