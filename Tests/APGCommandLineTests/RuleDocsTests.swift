@testable import APGCommandLine
import Foundation
import Testing

/// `docs/rules/<CODE>.md` are generated (`apg rules --write-docs docs/rules`) and linked
/// from every diagnostic `apg lsp` publishes: they must say what `apg explain` says.
@Suite struct RuleDocsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/rules")

    @Test func theCommittedPagesAreThoseOfTheRules() throws {
        let hint = "run `apg rules --write-docs docs/rules` and commit the result"
        let pages = RulesCommand.docPages()
        let committed = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(committed == pages.map(\.name).sorted(), "\(hint)")
        for (name, page) in pages {
            let text = try? String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text == page, "\(name) is out of date: \(hint)")
        }
    }

    @Test func writeDocsWritesOnePagePerRule() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-rule-docs-\(UUID().uuidString)")
        let result = await APGMain.runCaptured(["rules", "--write-docs", folder.path])
        #expect(result.status == 0)
        let pages = RulesCommand.docPages()
        #expect(result.stdout == "wrote \(pages.count) rule pages to '\(folder.path)'\n")
        let first = try #require(pages.first)
        #expect(try String(contentsOf: folder.appendingPathComponent(first.name), encoding: .utf8) == first.page)
    }
}
