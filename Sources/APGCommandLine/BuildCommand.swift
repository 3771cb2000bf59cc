import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Frontend
import Render

extension Audience: ExpressibleByArgument {}
extension CSVSeparator: ExpressibleByArgument {}

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

    @Option(help: "Language of the pack's labels: en, de, es, fr, it, ja, pt, zh or one added to labels.json with --templates (default: the global file's language, else English).")
    var lang: String?

    @Option(help: "Who the outputs are for: team or customer (the customer edition: an allow-list, see the README; its text is checked for leaks first).")
    var audience: Audience = .team

    @Option(help: "Write a personal calendar for this owner (@handle).")
    var owner: String?

    @Option(help: "A folder whose templates override the built-in ones.")
    var templates: String?

    @Flag(help: "Also write a VTODO per action into the calendars, for task apps (the due dates are all-day events either way).")
    var todos = false

    @Option(help: ArgumentHelp("Field separator of actions.csv: ',', ';' or tab (default: ';' when the pack's language is de, fr, es, it or pt, where Excel expects it; ',' otherwise).", valueName: "separator"))
    var csvDelimiter: CSVSeparator?

    @Option(help: "Format of the diagnostics printed: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .human

    @OptionGroup var printing: PrintOptions

    func validate() throws {
        if output.isEmpty { throw ValidationError.emptyPath("--output", takes: "a folder") }
        if templates?.isEmpty == true { throw ValidationError.emptyPath("--templates", takes: "a folder of templates") }
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: URL(literalPath: templates).path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates takes a folder of templates to lay over the built-in ones; '\(templates)' is not a folder")
            }
        }
    }

    func run() async throws {
        let outputURL = URL(literalPath: output)
        let console = APGMain.console
        let printer = try printing.printer()
        if let portfolio = try workspace.portfolio(outputFolder: outputURL) {
            try await build(portfolio, to: outputURL, printer: printer, console: console)
            return
        }
        let compilation = try await workspace.compile(outputFolder: outputURL)
        let blocked = compilation.hasErrors && !force
        var edition = Edition(files: [], leaks: [])
        if !blocked {
            do {
                edition = try await Self.renderEdition(compilation, options: renderOptions)
            } catch {
                DiagnosticPrinter.print(compilation, format: format, color: console.isTerminal, to: console)
                throw error
            }
        }
        var printed = compilation
        printed.diagnostics = (compilation.diagnostics + edition.leaks).sortedStably()
        DiagnosticPrinter.print(printed, format: format, color: console.isTerminal, to: console)
        if blocked {
            console.error("error: nothing written: the workspace has errors (use --force to write anyway)\n")
            throw ExitCode(1)
        }
        if edition.leaks.hasErrors {
            console.error("error: \(Self.leakRefusal)\n")
            throw ExitCode(1)
        }
        edition.files = try PrintOptions.adding(Self.pdfName, printing: "workshop-pack.html", of: edition.files, with: printer, dated: compilation.asOf)
        try OutputFolder.check(outputURL, named: output, workspaceRoot: workspace.rootURL)
        try OutputFolder.write(edition.files, to: outputURL, named: output, what: "the outputs")
        if format == .human && !workspace.quiet {
            console.error("wrote \(edition.files.count) file\(edition.files.count == 1 ? "" : "s") to '\(output)'\n")
        }
        // Forced outputs of a workspace with errors are still a failed build.
        if compilation.hasErrors { throw ExitCode(1) }
    }

    static let pdfName = "workshop-pack.pdf"

    static let leakRefusal = "nothing written: the customer edition's text names what it leaves out (reword it, or mark it 'Visibility: customer'; --force does not override this)"

    private var renderOptions: RenderOptions {
        RenderOptions(language: lang, audience: audience, owner: owner, templateOverrides: templates.map { URL(literalPath: $0) },
                      includesTodos: todos, csvDelimiter: csvDelimiter)
    }

    /// What a build writes, and the leak check's findings when it is a customer edition
    /// (then nothing may be written while one is an error).
    struct Edition {
        var files: [OutputFile]
        var leaks: [Diagnostic]
    }

    /// A customer build renders its customer edition, and checks its text for leaks
    /// before anything is written; a team build renders the compilation as it is.
    static func renderEdition(_ compilation: Compilation, options: RenderOptions) async throws -> Edition {
        guard options.audience == .customer else { return Edition(files: try await render(compilation, options: options), leaks: []) }
        let edition = compilation.customerEdition
        var options = options
        if let owner = options.owner {
            // A customer edition knows the team by name: the owner's handle becomes the name.
            let names = CustomerEdition.customerNames(of: compilation.model.team)
            let handle = owner.hasPrefix("@") ? String(owner.dropFirst()) : owner
            options.owner = names[handle.lowercased()] ?? handle
        }
        let files: [OutputFile] = try await render(edition.compilation, options: options)
        return Edition(files: files, leaks: LeakCheck(edition).diagnostics(outputs: files.map(\.path)))
    }

    /// Every output of a build; nothing when any renderer fails, so that an output
    /// folder is never half updated. Shared with `watch`.
    static func render(_ compilation: Compilation, options: RenderOptions) async throws -> [OutputFile] {
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
        return files
    }

    /// Each account into `OUT/<account folder>/`, side by side, then `OUT/index.html`
    /// linking every account's pack. An account with errors is left unwritten (unless
    /// `--force`) while the others are written; the exit status is the worst.
    private func build(_ portfolio: Portfolio, to outputURL: URL, printer: PDFPrinter?, console: Console) async throws {
        try OutputFolder.check(outputURL, named: output, workspaceRoot: portfolio.root)
        let options = workspace.compilerOptions, renderOptions = self.renderOptions, force = self.force, output = self.output
        let progress = ProgressLine(
            console: console, label: "building accounts", total: portfolio.accounts.count,
            enabled: ProgressLine.isWanted(on: console, quiet: workspace.quiet))
        let outcomes = await PortfolioRun.runCompiled(
            portfolio.accounts, options: options, outputURL: outputURL, output: output, progress: progress
        ) { account, compilation, folder in
            let folderURL = folder.url, folderName = folder.name
            var outcome = AccountOutcome.compiled(account, compilation)
            if compilation.hasErrors && !force {
                outcome.failure = "nothing written: the account has errors (use --force to write anyway)"
                return outcome
            }
            do {
                let edition = try await Self.renderEdition(compilation, options: renderOptions)
                if !edition.leaks.isEmpty {
                    var printed = compilation
                    printed.diagnostics = (compilation.diagnostics + edition.leaks).sortedStably()
                    outcome = AccountOutcome.compiled(account, printed)
                }
                if edition.leaks.hasErrors {
                    outcome.failure = Self.leakRefusal
                    return outcome
                }
                let files = try PrintOptions.adding(Self.pdfName, printing: "workshop-pack.html", of: edition.files, with: printer, dated: compilation.asOf)
                try OutputFolder.check(folderURL, named: folderName, workspaceRoot: account.root)
                try OutputFolder.write(files, to: folderURL, named: folderName, what: "the outputs")
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
        try PortfolioPrinter.writeIndex(outcomes, title: "Workshop packs" + workspace.shareTitle, pageKind: "workshop pack", audience: audience, to: outputURL, named: output)
        if !workspace.quiet {
            let written = outcomes.count { $0.page != nil }
            console.error("wrote the workshop packs of \(written) of \(outcomes.count) account\(outcomes.count == 1 ? "" : "s") and \(PortfolioIndexRenderer.fileName) to '\(output)'\n")
        }
        let status = outcomes.map(\.status).max() ?? 0
        if status != 0 { throw ExitCode(status) }
    }
}
