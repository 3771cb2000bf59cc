import Compiler
import Foundation
import PlanModel
import Testing
@testable import Render

/// The workshop pack of the bundled sample (`samples/kessler`), compiled by the real
/// pipeline with a fixed as-of date.
@Suite struct SamplePackTests {
    static let sampleRoot = PackFixture.repositoryRoot.appendingPathComponent("samples/kessler")

    static func compilation() async throws -> Compilation {
        guard case .success(let asOf) = PlanDate.parse("2026-12-01") else { throw RenderError.missingTemplate("as-of") }
        return try await AccountCompiler(options: .init(asOf: asOf)).compile(root: sampleRoot)
    }

    static func pack(_ format: WorkshopPackRenderer.Format, _ compilation: Compilation, options: RenderOptions = RenderOptions()) throws -> String {
        let name = format == .html ? "workshop-pack.html" : "workshop-pack.md"
        return try #require(try PackFixture.render(WorkshopPackRenderer(format: format), compilation, options: options)[name])
    }

    /// Golden files: re-record with APG_RECORD_GOLDEN=1, then the test fails once on purpose.
    @Test(arguments: ["workshop-pack.html", "workshop-pack.md"])
    func golden(file: String) async throws {
        let output = try Self.pack(file.hasSuffix(".html") ? .html : .markdown, try await Self.compilation())
        let url = PackFixture.testsFolder.appendingPathComponent("Fixtures/golden/kessler/\(file)")
        if ProcessInfo.processInfo.environment["APG_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record("recorded kessler/\(file); run again without APG_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "run with APG_RECORD_GOLDEN=1 and review the diff of Fixtures/golden/kessler/\(file)")
    }

    @Test func synthesizedItemsWithSourcesMergesAndUnaddressedMarks() async throws {
        let compilation = try await Self.compilation()
        let synthesis = compilation.synthesis
        let merged = try #require(synthesis.items.first { $0.members.count > 1 })
        let unaddressed = try #require(synthesis.items.first { !$0.isAddressed })
        let page = try Self.pack(.html, compilation)
        // Every source item of a merged entry is listed with its country, and the merge is explained.
        for member in merged.members {
            let item = try #require(compilation.model.items.first { $0.id == member })
            let country = try #require(compilation.model.origin(of: item.location))
            #expect(page.contains("<span class=\"cc\">\(country)</span> <span class=\"code\">\(member)</span>"), "source \(member) missing")
        }
        for merge in merged.merges {
            #expect(page.contains(merge.items.joined(separator: " + ") + " — "), "merge \(merge.items) not explained")
        }
        #expect(page.contains("<tr class=\"unaddressed\"><td>"))
        #expect(page.contains("<span class=\"code\">\(unaddressed.id)</span>"))
        #expect(page.contains("\(synthesis.items.count)</strong>"))
        // The whitespace matrix is the synthesis pass's: its products are the columns and
        // its whitespace cells are marked.
        for product in synthesis.whitespace.products {
            #expect(page.contains("<th class=\"col\"><span>\(product)</span></th>") || page.contains("<th class=\"col\"><span>\(product.replacingOccurrences(of: "&", with: "&amp;"))</span></th>"))
        }
        let gaps = synthesis.whitespace.rows.flatMap(\.cells).count(where: \.isWhitespace)
        #expect(gaps > 0)
        #expect(page.components(separatedBy: "<td class=\"gap\"").count - 1 == gaps)
    }

    @Test func noTrailingSeparatorsInLists() async throws {
        let compilation = try await Self.compilation()
        let html = try Self.pack(.html, compilation)
        let markdown = try Self.pack(.markdown, compilation)
        #expect(!html.contains("; </td>") && !html.contains("; </p>") && !html.contains(";</td>"))
        #expect(!markdown.contains("; |") && !markdown.contains(";; "))
    }

    @Test func defaultLanguageIsTheGlobalFilesAndGermanOnRequest() async throws {
        let compilation = try await Self.compilation()
        let globalSource = compilation.model.sources.first { $0.isGlobal }
        let global = try #require(globalSource)
        let view = try WorkshopPackRenderer.view(of: compilation, options: RenderOptions(), templates: .builtIn)
        #expect(view.lang == global.language)
        let german = try Self.pack(.html, compilation, options: RenderOptions(language: "de"))
        #expect(german.contains("<html lang=\"de\">"))
        for word in ["Hauptziele", "Probleme und Chancen", "Nach Einheit", "Whitespace-Matrix", "nicht adressiert", "Zeitplan der Maßnahmen"] {
            #expect(german.contains(word), "missing German label \(word)")
        }
        #expect(!german.contains(">Key goals<") && !german.contains("not addressed"))
        let germanMarkdown = try Self.pack(.markdown, compilation, options: RenderOptions(language: "de"))
        #expect(germanMarkdown.contains("## Hauptziele"))
    }
}
