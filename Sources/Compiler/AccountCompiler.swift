import Diagnostics
import Foundation
import Frontend
import PlanModel
import Vocabulary

/// The pipeline: read the workspace, parse every file concurrently, link, synthesize,
/// validate, then apply the workspace's rule settings and suppressions.
public struct AccountCompiler: Sendable {
    public struct Options: Sendable {
        /// The date stale-action and due-soon checks judge against.
        public var asOf: PlanDate
        /// Warnings become errors.
        public var strict: Bool = false
        /// A folder inside the workspace that must not be read (the build output).
        public var outputFolder: URL?

        public init(asOf: PlanDate, strict: Bool = false, outputFolder: URL? = nil) {
            self.asOf = asOf
            self.strict = strict
            self.outputFolder = outputFolder
        }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Compiles the workspace at `root`. Throws only when the workspace cannot be read
    /// at all; author mistakes are diagnostics in the result.
    /// `overlay`: texts standing in for files on disk (see `Workspace.load`).
    public func compile(root: URL, overlay: [String: [UInt8]] = [:]) async throws -> Compilation {
        let workspace = try Workspace.load(root: root, outputFolder: options.outputFolder, overlay: overlay)
        return await compile(workspace: workspace)
    }

    public func compile(workspace: Workspace) async -> Compilation {
        // Synthesis needs the concept data when there are items to compare, and a guide
        // almost always has some: it starts loading (once per process) on another core
        // while the vocabulary loads and the files are parsed, instead of after.
        async let conceptsLoaded = workspace.files.isEmpty ? 0 : ConceptLexicon.bundled.concepts.count
        let vocabulary = Vocabulary.bundled.extended(with: workspace.config.vocabulary)
        let parser = GuideParser(vocabulary: vocabulary, config: workspace.config)
        let parsed = await Self.parseConcurrently(workspace.files, with: parser)

        var diagnostics = workspace.diagnostics
        var sources: [String: SourceText] = [:]
        if let configSource = workspace.configSource { sources[configSource.path] = configSource }
        var files: [GuideFile] = []
        for result in parsed {
            diagnostics += result.diagnostics
            if let source = result.source { sources[source.path] = source }
            if let file = result.file { files.append(file) }
        }

        if let overLimit = WorkspaceLimits.entityLimitDiagnostic(files) {
            // Linking, synthesis and rendering grow with the entities: past the limit only
            // the files' own findings are reported.
            diagnostics.append(overLimit)
            files = []
        }
        let linked = Linker(config: workspace.config).link(files)
        PersonNameProposals.propose(in: &diagnostics, files: files, team: linked.model.team)
        diagnostics += linked.diagnostics
        _ = await conceptsLoaded
        let synthesis = Synthesizer(config: workspace.config).synthesize(linked.model)
        diagnostics += synthesis.diagnostics
        diagnostics += RuleRegistry.validate(RuleContext(model: linked.model, files: files, config: workspace.config, synthesis: synthesis, asOf: options.asOf))

        let policy = DiagnosticPolicy(config: workspace.config, strict: options.strict)
        diagnostics = policy.apply(to: diagnostics, suppressions: linked.model.suppressions)

        return Compilation(
            workspace: workspace,
            files: files,
            model: linked.model,
            synthesis: synthesis,
            sources: sources,
            diagnostics: diagnostics.sortedStably(),
            asOf: options.asOf
        )
    }

    /// Parses the files on all cores; the result keeps the input (sorted path) order. A
    /// file whose bytes are those of the last compilation of the same config is not
    /// parsed again (`RecentParses`).
    static func parseConcurrently(_ files: [(path: String, bytes: [UInt8])], with parser: GuideParser, recent: RecentParses = .shared) async -> [ParsedGuide] {
        let known = recent.entries(for: parser.config)
        let results = await withTaskGroup(of: (Int, ParsedGuide).self) { group in
            var results = [ParsedGuide?](repeating: nil, count: files.count)
            for (index, file) in files.enumerated() {
                if let entry = known[file.path], entry.bytes == file.bytes {
                    results[index] = entry.parsed
                } else {
                    group.addTask { (index, parser.parse(path: file.path, bytes: file.bytes)) }
                }
            }
            for await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
        var parses: [String: RecentParses.Entry] = [:]
        for (file, parsed) in zip(files, results) { parses[file.path] = RecentParses.Entry(bytes: file.bytes, parsed: parsed) }
        recent.remember(parses, for: parser.config)
        return results
    }
}
