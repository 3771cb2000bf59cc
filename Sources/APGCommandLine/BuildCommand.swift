import ArgumentParser
import Compiler
import Diagnostics
import Foundation
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

    @Option(help: "Who the outputs are for: team or customer (the customer edition: an allow-list, see the README; its text is checked for leaks first).")
    var audience: Audience = .team

    @Option(help: "Write a personal calendar for this owner (@handle).")
    var owner: String?

    @Option(help: "A folder whose templates override the built-in ones.")
    var templates: String?

    @Option(help: "Format of the diagnostics printed: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .human

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
        let compilation = try await workspace.compile(outputFolder: outputURL)
        let console = APGMain.console
        // A customer build renders its customer edition, and checks its text for leaks
        // before anything is written.
        let edition = audience == .customer ? compilation.customerEdition : nil
        let blocked = compilation.hasErrors && !force
        var files: [OutputFile] = []
        var leaks: [Diagnostic] = []
        if !blocked {
            do {
                files = try await render(edition?.compilation ?? compilation, customerNames: CustomerEdition.customerNames(of: compilation.model.team))
            } catch {
                DiagnosticPrinter.print(compilation, format: format, color: console.isTerminal, to: console)
                throw error
            }
            if let edition { leaks = LeakCheck(edition).diagnostics(outputs: files.map(\.path)) }
        }
        var printed = compilation
        printed.diagnostics = (compilation.diagnostics + leaks).sortedStably()
        DiagnosticPrinter.print(printed, format: format, color: console.isTerminal, to: console)
        if blocked {
            console.error("error: nothing written: the workspace has errors (use --force to write anyway)\n")
            throw ExitCode(1)
        }
        if leaks.hasErrors {
            console.error("error: nothing written: the customer edition's text names what it leaves out (reword it, or mark it 'Visibility: customer'; --force does not override this)\n")
            throw ExitCode(1)
        }
        try OutputFolder.check(outputURL, named: output, workspaceRoot: workspace.rootURL)
        try OutputFolder.write(files, to: outputURL, named: output, what: "the outputs")
        if format == .human {
            console.error("wrote \(files.count) file\(files.count == 1 ? "" : "s") to '\(output)'\n")
        }
        // Forced outputs of a workspace with errors are still a failed build.
        if compilation.hasErrors { throw ExitCode(1) }
    }

    /// The build's options for `compilation`, then every renderer of the registry.
    private func render(_ compilation: Compilation, customerNames: [String: String]) async throws -> [OutputFile] {
        let options = RenderOptions(
            language: lang,
            audience: audience,
            owner: owner.map { owner in
                // A customer edition knows the team by name: the owner's handle becomes the name.
                guard compilation.isCustomerEdition else { return owner }
                let handle = owner.hasPrefix("@") ? String(owner.dropFirst()) : owner
                return customerNames[handle.lowercased()] ?? handle
            },
            templateOverrides: templates.map { URL(literalPath: $0) }
        )
        return try await Self.render(compilation, options: options)
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
}
