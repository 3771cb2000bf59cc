import APGJSON
import Testing

@Suite struct NavigationTests {
    @Test func definitionOfACodeIsInTheGlobalFile() async throws {
        let sample = try await OpenSample(file: "de.md")
        let result = await sample.result("textDocument/definition", sample.at("Strategie: S3.1", offset: 12))
        let location = try #require(result.arrayValue?.first)
        #expect(location["uri"]?.stringValue?.hasSuffix("/global.md") == true)
        let global = try String(contentsOf: sample.root.appendingPathComponent("global.md"), encoding: .utf8)
        let expected = try #require(SampleWorkspace.position(of: "S3.1: Negotiate", in: global))
        #expect(location["range"]?["start"] == ["line": .int(expected.line), "character": .int(expected.character)])
        #expect(location["range"]?["end"]?["character"] == .int(expected.character + 4))
    }

    @Test func definitionOfAHandleAndOfAUnit() async throws {
        let sample = try await OpenSample(file: "de.md")
        let member = await sample.result("textDocument/definition", sample.at("Betreut von: @kbauer", offset: 15))
        #expect(member.arrayValue?.first?["uri"]?.stringValue?.hasSuffix("/de.md") == true)
        #expect(member.arrayValue?.first?["range"]?["start"]?["line"] == .int(SampleWorkspace.position(of: "(@kbauer)", in: sample.text)!.line))
        let unit = await sample.result("textDocument/definition", sample.at("Einheit: #emob", offset: 11))
        #expect(unit.arrayValue?.isEmpty == false)
    }

    @Test func referencesOfAHandleSpanFilesAndTheFrontMatter() async throws {
        let sample = try await OpenSample(file: "de.md")
        let result = await sample.result("textDocument/references", sample.at("(@kbauer)", offset: 2))
        let locations = try #require(result.arrayValue)
        let files = Set(locations.compactMap { $0["uri"]?.stringValue?.split(separator: "/").last.map(String.init) })
        #expect(files.contains("de.md"))
        #expect(files.contains("global.md"))
        // `authors: [mfischer, kbauer]` names her too.
        #expect(locations.contains { $0["range"]?["start"]?["line"] == 5 })
        let withoutDeclaration = await sample.result("textDocument/references", {
            var params = sample.at("(@kbauer)", offset: 2)
            if case .object(var members) = params { members.append(("context", ["includeDeclaration": false])); params = .object(members) }
            return params
        }())
        #expect((withoutDeclaration.arrayValue?.count ?? 0) == locations.count - 1)
    }

    @Test func hoverShowsTheMergedAction() async throws {
        let sample = try await OpenSample(file: "de.md")
        let hover = await sample.result("textDocument/hover", sample.at("DE-A1:", offset: 1))
        let text = try #require(hover["contents"]?["value"]?.stringValue)
        #expect(text.contains("Konzerneinkauf zum globalen Rahmenvertrag"))
        #expect(text.contains("action `DE-A1`"))
        #expect(text.contains("de.md"))
        #expect(text.contains("(DE)"))
        #expect(text.contains("Owner: @mfischer"))
        #expect(text.contains("Due: 2027-01-29"))
        #expect(text.contains("Status: open"))
        let member = await sample.result("textDocument/hover", sample.at("@kbauer", offset: 2))
        #expect(member["contents"]?["value"]?.stringValue?.contains("Katrin Bauer") == true)
    }

    @Test func documentSymbolsNestStrategiesUnderGoals() async throws {
        let sample = try await OpenSample(file: "global.md")
        let symbols = try #require(await sample.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(sample.url.absoluteString)]]).arrayValue)
        let g1 = try #require(symbols.first { $0["detail"] == "G1" })
        let children = g1["children"]?.arrayValue?.compactMap { $0["detail"]?.stringValue } ?? []
        #expect(children.starts(with: ["S1.1", "S1.2", "S1.3"]))
        let s11 = g1["children"]?.arrayValue?.first
        #expect(s11?["children"]?.arrayValue?.isEmpty == false)
        #expect(!symbols.contains { $0["detail"] == "S1.1" })
    }

    @Test func workspaceSymbolsMatchIdsAndTitles() async throws {
        let sample = try await OpenSample(file: "de.md")
        let symbols = try #require(await sample.result("workspace/symbol", ["query": "rahmenvertrag"]).arrayValue)
        #expect(symbols.contains { $0["name"]?.stringValue?.hasPrefix("DE-A1 ") == true })
        let all = try #require(await sample.result("workspace/symbol", ["query": ""]).arrayValue)
        #expect(all.count > symbols.count)
    }
}
