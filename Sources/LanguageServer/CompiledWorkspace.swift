import Compiler
import Diagnostics
import Frontend
import PlanModel
import Vocabulary

/// The last compilation of one workspace, with what the handlers look things up in.
struct CompiledWorkspace: Sendable {
    /// The workspace folder, a standardized absolute path.
    let root: String
    let compilation: Compilation
    /// Every file's text as compiled (open documents' unsaved text), by relative path.
    let texts: [String: TextLines]
    let index: SymbolIndex
    let vocabulary: Vocabulary

    init(root: String, compilation: Compilation) {
        self.root = root
        self.compilation = compilation
        var texts: [String: TextLines] = [:]
        for file in compilation.workspace.files { texts[file.path] = TextLines(bytes: file.bytes) }
        if let config = compilation.workspace.configSource { texts[config.path] = TextLines(config.text) }
        self.texts = texts
        self.vocabulary = Vocabulary.bundled.extended(with: compilation.workspace.config.vocabulary)
        self.index = SymbolIndex(files: compilation.files)
    }

    /// The absolute path of a workspace file.
    func absolutePath(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    func relativePath(_ absolute: String) -> String? {
        WorkspaceLocator.relativePath(of: absolute, under: root)
    }

    func guideFile(_ relative: String) -> GuideFile? {
        compilation.files.first { $0.path == relative }
    }

    /// A file's language: the compiled guide's, else English.
    func language(of relative: String) -> String {
        guideFile(relative)?.language ?? "en"
    }
}
