import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Frontend
import Render

extension Audience: ExpressibleByArgument {}

/// `apg build`: compile the workspace and write plan.json and the workshop pack.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile an account workspace and write plan.json and the workshop pack."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .shortAndLong, help: "Output folder, relative to the current folder.")
    var output: String = "out"

    @Flag(help: "Write the outputs even when the workspace has errors (the exit status is still 1).")
    var force = false

    @Option(help: "Language of the pack's labels: en, de or one added to labels.json with --templates (default: the global file's language, else English).")
    var lang: String?

    @Option(help: "Who the outputs are for: team or customer (customer leaves out internal entities, notes and diagnostics).")
    var audience: Audience = .team

    @Option(help: "Write a personal calendar for this owner (@handle).")
    var owner: String?

    @Option(help: "A folder whose templates override the built-in ones.")
    var templates: String?

    @Option(help: "Format of the diagnostics printed: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .human

    func validate() throws {
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates takes a folder of templates to lay over the built-in ones; '\(templates)' is not a folder")
            }
        }
    }

    func run() async throws {
        let outputURL = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        let console = APGMain.console
        if let portfolio = try workspace.portfolio(outputFolder: outputURL) {
            try await build(portfolio, to: outputURL, console: console)
            return
        }
        let compilation = try await workspace.compile(outputFolder: outputURL)
        DiagnosticPrinter.print(compilation, format: format, color: console.isTerminal, to: console)
        if compilation.hasErrors && !force {
            console.error("error: nothing written: the workspace has errors (use --force to write anyway)\n")
            throw ExitCode(1)
        }
        try OutputFolder.check(outputURL, named: output, workspaceRoot: workspace.rootURL)
        let files = try await Self.writeOutputs(of: compilation, options: renderOptions, to: outputURL, named: output)
        if format == .human && !workspace.quiet {
            console.error("wrote \(files.count) file\(files.count == 1 ? "" : "s") to '\(output)'\n")
        }
        // Forced outputs of a workspace with errors are still a failed build.
        if compilation.hasErrors { throw ExitCode(1) }
    }

    private var renderOptions: RenderOptions {
        RenderOptions(
            language: lang,
            audience: audience,
            owner: owner,
            templateOverrides: templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
        )
    }

    /// Renders every output and writes them all or none; returns the files written.
    static func writeOutputs(of compilation: Compilation, options: RenderOptions, to outputURL: URL, named output: String) async throws -> [OutputFile] {
        // The renderers are independent: the two packs, most of the work, run side by side.
        let renderers = RendererRegistry.buildRenderers
        let results = await withTaskGroup(of: (Int, Result<[OutputFile], any Error>).self) { group in
            for (index, renderer) in renderers.enumerated() {
                group.addTask { (index, Result { try renderer.render(compilation, options: options) }) }
            }
            var results = [Result<[OutputFile], any Error>](repeating: .success([]), count: renderers.count)
            for await (index, result) in group { results[index] = result }
            return results
        }
        var files: [OutputFile] = []
        for (renderer, result) in zip(renderers, results) {
            switch result {
            case .success(let rendered):
                files += rendered
            case .failure(let error):
                // Nothing is written when any renderer fails: no half-updated output folder.
                throw CommandFailure("cannot render \(renderer.name), nothing written: \(error)")
            }
        }
        try OutputFolder.write(files, to: outputURL, named: output, what: "the outputs")
        return files
    }

    /// Each account into `OUT/<account folder>/`, side by side, then `OUT/index.html`
    /// linking every account's pack. An account with errors is left unwritten (unless
    /// `--force`) while the others are written; the exit status is the worst.
    private func build(_ portfolio: Portfolio, to outputURL: URL, console: Console) async throws {
        try OutputFolder.check(outputURL, named: output, workspaceRoot: portfolio.root)
        let options = workspace.compilerOptions, renderOptions = self.renderOptions, force = self.force, output = self.output
        let progress = ProgressLine(
            console: console, label: "building accounts", total: portfolio.accounts.count,
            enabled: ProgressLine.isWanted(on: console, quiet: workspace.quiet))
        let outcomes = await PortfolioRun.run(portfolio.accounts, progress: progress) { account in
            let folderURL = outputURL.appendingPathComponent(account.folder, isDirectory: true)
            let folderName = (output as NSString).appendingPathComponent(account.folder)
            let compilation: Compilation
            switch await PortfolioRun.compile(account, options: options, outputFolder: folderURL) {
            case .success(let compiled): compilation = compiled
            case .failure(let failure): return .unreadable(account, failure.message)
            }
            var outcome = AccountOutcome.compiled(account, compilation)
            if compilation.hasErrors && !force {
                outcome.failure = "nothing written: the account has errors (use --force to write anyway)"
                return outcome
            }
            do {
                try OutputFolder.check(folderURL, named: folderName, workspaceRoot: account.root)
                let files = try await Self.writeOutputs(of: compilation, options: renderOptions, to: folderURL, named: folderName)
                outcome.notes.append("wrote \(files.count) file\(files.count == 1 ? "" : "s") to '\(folderName)'")
                if let page = files.first(where: { $0.path == "workshop-pack.html" }) {
                    outcome.page = account.folder + "/" + page.path
                }
            } catch {
                outcome.status = 2
                outcome.failure = (error as? CommandFailure)?.message ?? "\(error)"
            }
            return outcome
        }
        PortfolioPrinter(portfolio: portfolio, format: format, color: console.isTerminal, quiet: workspace.quiet, console: console)
            .print(outcomes)
        try PortfolioPrinter.writeIndex(outcomes, title: "Workshop packs" + workspace.shareTitle, pageKind: "workshop pack", to: outputURL, named: output)
        if !workspace.quiet {
            let written = outcomes.count { $0.page != nil }
            console.error("wrote the workshop packs of \(written) of \(outcomes.count) account\(outcomes.count == 1 ? "" : "s") and \(PortfolioIndexRenderer.fileName) to '\(output)'\n")
        }
        let status = outcomes.map(\.status).max() ?? 0
        if status != 0 { throw ExitCode(status) }
    }
}
