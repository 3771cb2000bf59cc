import Compiler
import Foundation
import PlanModel
import Render
import Vocabulary

/// Turns a checked update sheet into new guide texts: every change is applied in the
/// file that defines its action, in the file's language.
public struct StatusUpdater {
    public struct FileEdit: Sendable, Equatable {
        /// Relative to the workspace root.
        public var path: String
        public var original: String
        public var edited: String
    }

    public struct Outcome: Sendable {
        public var changes: [StatusChange]
        public var refusals: [UpdateRefusal]
        public var edits: [FileEdit]
        /// Whether the guides changed since the workbook was exported (its hidden sheet's
        /// revision); nil when the file does not say (CSV).
        public var guidesChangedSinceExport: Bool?
    }

    public var compilation: Compilation
    public var root: URL
    public var asOf: PlanDate

    public init(compilation: Compilation, root: URL, asOf: PlanDate) {
        self.compilation = compilation
        self.root = root
        self.asOf = asOf
    }

    /// Plans the edits. Nothing is written; with refusals and without `partial`, no
    /// edits are returned at all.
    public func prepare(_ sheet: UpdateSheet, partial: Bool) throws -> Outcome {
        let planner = UpdatePlanner(compilation: compilation)
        let (changes, refusals) = planner.plan(sheet)
        let changedSinceExport = sheet.revision.map { $0 != ActionRowChecksum.revision(of: compilation.sources) }
        guard refusals.isEmpty || partial else {
            return Outcome(changes: [], refusals: refusals, edits: [], guidesChangedSinceExport: changedSinceExport)
        }
        let actions = Dictionary(compilation.model.actions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let byFile = Dictionary(grouping: changes, by: \.location.file)
        var edits: [FileEdit] = []
        for path in byFile.keys.sorted() {
            let url = root.appendingPathComponent(path)
            let original: String
            do {
                original = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw UpdateSheetError("cannot read '\(path)': \(error.localizedDescription)")
            }
            // The locations are those of the compiled text: a file edited since is refused.
            // (The compiler drops a byte order mark and reads a lone CR as a line end.)
            let comparable = String(original.drop { $0 == "\u{FEFF}" }).replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n")
            if let compiled = compilation.sources[path]?.text,
               compiled.replacingOccurrences(of: "\r\n", with: "\n") != comparable {
                throw UpdateSheetError("'\(path)' changed while apg was reading it; run the update again")
            }
            let language = compilation.model.sources.first { $0.path == path }?.language ?? "en"
            var editor = GuideEditor(text: original, language: language, vocabulary: planner.vocabulary)
            for change in byFile[path] ?? [] {
                guard let action = actions[change.actionID.lowercased()] else { continue }
                editor.apply(change, to: action, asOf: asOf)
            }
            if editor.text != original { edits.append(FileEdit(path: path, original: original, edited: editor.text)) }
        }
        return Outcome(changes: changes, refusals: refusals, edits: edits, guidesChangedSinceExport: changedSinceExport)
    }
}
