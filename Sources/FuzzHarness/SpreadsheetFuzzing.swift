import Compiler
import Foundation
import Frontend
import PlanModel
import StatusUpdate

/// `fuzz-spreadsheet`: the bytes as the file `apg update --from` reads — an xlsx workbook
/// when they start like a zip archive, else CSV — planned against the sample workspace
/// (samples/kessler), and the edited guides compiled again. Nothing is written.
public enum SpreadsheetFuzzing {
    /// The sample workspace of this checkout, found from this file's path.
    public static let sampleRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/kessler")

    private static let sample = SampleCompilation()

    public static func run(_ bytes: [UInt8]) async -> FuzzFinding? {
        let sheet: UpdateSheet
        do {
            if bytes.starts(with: [0x50, 0x4B]) {
                sheet = try UpdateSheet.workbook(Data(bytes), fileName: "fuzz.xlsx")
            } else {
                let text = String(validating: bytes, as: UTF8.self) ?? String(decoding: bytes, as: UTF8.self)
                sheet = try UpdateSheet.csv(text, fileName: "fuzz.csv")
            }
        } catch {
            return nil  // refused with a message: what should happen to most inputs
        }
        guard let compilation = await sample.compilation() else { return FuzzFinding("the sample workspace does not compile") }
        let updater = StatusUpdater(compilation: compilation, root: sampleRoot, asOf: WorkspaceFuzzing.asOf)
        guard let outcome = try? updater.prepare(sheet, partial: true) else { return nil }
        for edit in outcome.edits {
            var workspace = compilation.workspace
            workspace.files = workspace.files.map { $0.path == edit.path ? ($0.path, Array(edit.edited.utf8)) : $0 }
            _ = await AccountCompiler(options: .init(asOf: WorkspaceFuzzing.asOf)).compile(workspace: workspace)
        }
        return nil
    }

    /// The sample compiled once per process: every input is planned against it.
    private actor SampleCompilation {
        private var cached: Compilation?

        func compilation() async -> Compilation? {
            if let cached { return cached }
            let compiled = try? await AccountCompiler(options: .init(asOf: WorkspaceFuzzing.asOf)).compile(root: SpreadsheetFuzzing.sampleRoot)
            cached = compiled
            return compiled
        }
    }
}
