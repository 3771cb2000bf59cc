import ArgumentParser
import Compiler
import Diagnostics
import Foundation

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
        let compilation = try await workspace.compile()
        let console = APGMain.console
        DiagnosticPrinter.print(compilation, format: format, color: color || console.isTerminal, to: console)
        if compilation.hasErrors { throw ExitCode(1) }
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
