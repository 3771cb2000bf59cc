import Diagnostics
import Foundation
@testable import Frontend
import GuideMarkdown
import PlanModel
import Vocabulary

/// A guide lowered for a test: the file and the diagnostics.
struct Lowered {
    var file: GuideFile
    var diagnostics: [Diagnostic]
    var source: SourceText

    func diagnostics(_ rule: RuleDescriptor) -> [Diagnostic] { diagnostics.filter { $0.rule == rule.id } }

    /// The 1-based number of the first line containing `text`.
    func line(of text: String) -> Int? {
        (1...source.lineCount).first { source.line($0)?.contains(text) ?? false }
    }

    /// The UTF-8 column where `text` starts on its line.
    func column(of text: String) -> Int? {
        guard let line = line(of: text), let raw = source.line(line), let range = raw.range(of: text) else { return nil }
        return raw.utf8.distance(from: raw.startIndex, to: range.lowerBound) + 1
    }
}

enum LoweringFixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lowering")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func lower(
        _ name: String, country: String? = nil, language: String? = nil,
        config: WorkspaceConfig = WorkspaceConfig(), vocabulary: Vocabulary = .bundled
    ) throws -> Lowered {
        try lowerText(text(name), path: name, country: country, language: language, config: config, vocabulary: vocabulary)
    }
}

func lowerText(
    _ text: String, path: String = "test.md", country: String? = nil, language: String? = nil,
    config: WorkspaceConfig = WorkspaceConfig(), vocabulary: Vocabulary = .bundled
) -> Lowered {
    var frontMatter = FrontMatter()
    frontMatter.country = country
    frontMatter.language = language
    var file = GuideFile(path: path, frontMatter: frontMatter, language: language ?? "en")
    var diagnostics: [Diagnostic] = []
    let source = SourceText(path: path, text: text)
    GuideLowerer(vocabulary: vocabulary, config: config)
        .lower(document: MarkdownDocument(text: text), source: source, into: &file, diagnostics: &diagnostics)
    return Lowered(file: file, diagnostics: diagnostics, source: source)
}
