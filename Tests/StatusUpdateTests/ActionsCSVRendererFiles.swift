import Compiler
import Render

/// The text files a renderer writes, by path.
enum ActionsCSVRendererFiles {
    static func render(_ compilation: Compilation, options: RenderOptions = RenderOptions()) throws -> [String: String] {
        let files = try ActionsCSVRenderer().render(compilation, options: options)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }
}
