import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Frontend

extension DiagnosticFormat: ExpressibleByArgument {}

/// `apg check`: report every problem in a workspace.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in an account workspace."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .human

    @Flag(help: "Colour the human format even when stdout is not a terminal.")
    var color = false

    func run() async throws {
        let console = APGMain.console
        if let portfolio = try workspace.portfolio() {
            try await check(portfolio, console: console)
            return
        }
        let compilation = try await workspace.compile()
        DiagnosticPrinter.print(compilation, format: format, color: color || console.isTerminal, to: console)
        if compilation.hasErrors { throw ExitCode(1) }
    }

    /// Each account as its own workspace, side by side; the exit status is the worst.
    private func check(_ portfolio: Portfolio, console: Console) async throws {
        let options = workspace.compilerOptions
        let progress = ProgressLine(
            console: console, label: "checking accounts", total: portfolio.accounts.count,
            enabled: ProgressLine.isWanted(on: console, quiet: workspace.quiet))
        let outcomes = await PortfolioRun.run(portfolio.accounts, progress: progress) { account in
            switch await PortfolioRun.compile(account, options: options) {
            case .success(let compilation): .compiled(account, compilation)
            case .failure(let failure): .unreadable(account, failure.message)
            }
        }
        PortfolioPrinter(portfolio: portfolio, format: format, color: color || console.isTerminal, quiet: workspace.quiet, console: console)
            .print(outcomes)
        let status = outcomes.map(\.status).max() ?? 0
        if status != 0 { throw ExitCode(status) }
    }
}

/// Prints a compilation's diagnostics in a format; shared by `check`, `build` and `report`.
enum DiagnosticPrinter {
    static func report(for compilation: Compilation, currentFolder: URL) -> DiagnosticReport {
        DiagnosticReport(
            diagnostics: compilation.diagnostics,
            sources: compilation.sources,
            rules: RuleRegistry.allDescriptors,
            toolVersion: APGMain.version,
            paths: WorkspaceLocation.paths(workspace: compilation.workspace.root, currentFolder: currentFolder)
        )
    }

    static func print(_ compilation: Compilation, format: DiagnosticFormat, color: Bool, to console: Console) {
        let report = report(for: compilation, currentFolder: console.currentFolder)
        let text = DiagnosticFormatters.formatter(for: format, color: color).format(report)
        // Machine formats go to stdout; people's diagnostics go to stderr like a compiler's.
        switch format {
        case .json, .sarif, .github, .short: console.out(text)
        case .human: console.error(text)
        }
        if format == .github, let path = console.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
            appendStepSummary(GitHubFormatter.stepSummary(report), to: path, console: console)
        }
    }

    /// Appends to the job summary file, as every step of a GitHub job does; a summary
    /// that cannot be written is worth a warning, never a failed check.
    static func appendStepSummary(_ summary: String, to path: String, console: Console) {
        do {
            let url = URL(fileURLWithPath: path)
            if !FileManager.default.fileExists(atPath: path) {
                try Data().write(to: url)
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(summary.utf8))
        } catch {
            console.error("warning: cannot write the GitHub step summary to '\(path)': \(error.localizedDescription)\n")
        }
    }
}
