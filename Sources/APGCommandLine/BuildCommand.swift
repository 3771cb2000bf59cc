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
        let compilation = try await workspace.compile(outputFolder: outputURL)
        let console = APGMain.console
        DiagnosticPrinter.print(compilation, format: format, color: console.isTerminal, to: console)
        if compilation.hasErrors && !force {
            console.error("error: nothing written: the workspace has errors (use --force to write anyway)\n")
            throw ExitCode(1)
        }
        try OutputFolder.check(outputURL, named: output, workspaceRoot: workspace.rootURL)
        let options = RenderOptions(
            language: lang,
            audience: audience,
            owner: owner,
            templateOverrides: templates.map { URL(fileURLWithPath: $0, isDirectory: true) }
        )
        let files = try await Self.render(compilation, options: options)
        try OutputFolder.write(files, to: outputURL, named: output, what: "the outputs")
        if format == .human {
            console.error("wrote \(files.count) file\(files.count == 1 ? "" : "s") to '\(output)'\n")
        }
        // Forced outputs of a workspace with errors are still a failed build.
        if compilation.hasErrors { throw ExitCode(1) }
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
