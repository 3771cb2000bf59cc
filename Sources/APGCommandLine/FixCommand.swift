import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Frontend
import StatusUpdate

/// `apg fix`: applies the fixes of the diagnostics that are certain (a replacement for
/// a known range of text), such as ISO dates and misspelt section names and keys.
struct FixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the automatic fixes of the diagnostics (ISO dates, misspelt section names and attribute keys).",
        discussion: "`apg rules` marks the rules with an automatic fix. Other findings are left for a person."
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(name: .customLong("dry-run"), help: "Change nothing; print a unified diff of the fixes.")
    var dryRun = false

    @Option(help: "Apply only the fixes of this rule (code or name).")
    var rule: String?

    func validate() throws {
        if let rule, !RuleRegistry.allDescriptors.contains(where: { $0.id.isNamed(rule) }) {
            let suggestion = NearMiss.suggestion(for: rule, among: RuleRegistry.allNames)
            throw ValidationError("no rule named '\(rule)'\(suggestion) (`apg rules` lists them all)")
        }
    }

    func run() async throws {
        let compilation = try await workspace.compile()
        let fixable = compilation.diagnostics.filter { diagnostic in
            guard let fix = diagnostic.fix, fix.isMachineApplicable else { return false }
            return rule.map { diagnostic.rule.isNamed($0) } ?? true
        }
        let byFile = Dictionary(grouping: fixable) { $0.fix?.range?.start.file ?? "" }
        let console = APGMain.console
        var total = 0
        if !dryRun {
            AtomicFileWriter.removeStaleTemporaryFiles(besides: compilation.workspace.files.map { workspace.rootURL.appendingPathComponent($0.path) })
        }
        for path in byFile.keys.sorted() where !path.isEmpty {
            let url = workspace.rootURL.appendingPathComponent(path)
            guard case .success(let bytes) = Workspace.readGuide(atPath: url.path) else { continue }
            let data = Data(bytes)
            let edits = byFile[path, default: []].compactMap(\.fix).compactMap(TextEdit.init)
            let (fixed, applied) = TextEdit.apply(edits, to: [UInt8](data))
            guard applied > 0, let old = String(validating: data, as: UTF8.self), let new = String(validating: fixed, as: UTF8.self) else { continue }
            total += applied
            if dryRun {
                console.out(UnifiedDiff.diff(old: old, new: new, path: path))
            } else {
                try AtomicFileWriter.replace(url, with: new)
                console.out("fixed \(applied) finding(s) in \(path)\n")
            }
        }
        if total == 0 { console.error("nothing to fix automatically\n") }
    }
}

/// One replacement of a range of a file's bytes. Public for the fuzz harness, which runs
/// `apg fix` in memory.
public struct TextEdit: Equatable {
    public var range: SourceRange
    public var replacement: String

    public init?(_ fix: FixSuggestion) {
        guard let range = fix.range, let replacement = fix.replacement else { return nil }
        self.range = range
        self.replacement = replacement
    }

    /// Applies the edits that fit the text, last first so earlier offsets stay valid;
    /// of overlapping edits only the first is applied (a second run of `apg fix`
    /// catches what remains). Returns the new bytes and how many edits were applied.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> ([UInt8], Int) {
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
        func offset(_ location: SourceLocation) -> Int? {
            guard location.line >= 1, location.line <= lineStarts.count, location.column >= 1 else { return nil }
            let start = lineStarts[location.line - 1]
            let end = location.line < lineStarts.count ? lineStarts[location.line] - 1 : bytes.count
            let offset = start + location.column - 1
            return offset <= end ? offset : nil
        }
        var spans: [(range: Range<Int>, text: [UInt8])] = []
        for edit in edits {
            guard let lower = offset(edit.range.start), let upper = offset(edit.range.end), lower <= upper else { continue }
            spans.append((lower..<upper, Array(edit.replacement.utf8)))
        }
        spans.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound < $1.range.upperBound }
        var kept: [(range: Range<Int>, text: [UInt8])] = []
        for span in spans {
            if let last = kept.last {
                if last == span { continue }
                if span.range.lowerBound < last.range.upperBound { continue }
            }
            kept.append(span)
        }
        var result = bytes
        for span in kept.reversed() { result.replaceSubrange(span.range, with: span.text) }
        return (result, kept.count)
    }
}
