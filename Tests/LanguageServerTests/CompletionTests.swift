import APGJSON
import Testing

@Suite struct CompletionTests {
    @Test func afterAtTheTeamsHandlesWithNames() async throws {
        let sample = try await OpenSample(file: "de.md") { $0.replacingOccurrences(of: "  - Verantwortlich: @kbauer\n", with: "  - Verantwortlich: @kb\n") }
        let completion = await sample.result("textDocument/completion", sample.at("@kb", offset: 3))
        let items = try #require(completion["items"]?.arrayValue)
        let kbauer = try #require(items.first { $0["label"] == "kbauer" })
        #expect(kbauer["detail"] == "Katrin Bauer")
        #expect(kbauer["textEdit"]?["newText"] == "kbauer")
        #expect(sample.labels(completion).contains("mfischer"))
    }

    @Test func referenceAttributesOfferIdsOfTheirKind() async throws {
        let sample = try await OpenSample(file: "de.md") { $0.replacingOccurrences(of: "  - Strategie: S3.1\n", with: "  - Strategie: S\n") }
        let labels = sample.labels(await sample.result("textDocument/completion", sample.at("Strategie: S", offset: 12)))
        #expect(labels.contains("S1.1"))
        #expect(labels.contains("S3.1"))
        #expect(!labels.contains("G1"))
        #expect(!labels.contains("DE-I1"))

        let units = sample.labels(await sample.result("textDocument/completion", sample.at("Einheit: #reutlingen", offset: 10)))
        #expect(units.contains("reutlingen"))
        #expect(units.contains("inverter"))
        #expect(!units.contains("S1.1"))
    }

    @Test func attributeKeysOfTheEntityInTheFilesLanguage() async throws {
        let sample = try await OpenSample(file: "de.md") { $0.replacingOccurrences(of: "  - Status: offen\n", with: "  - Sta\n") }
        let completion = await sample.result("textDocument/completion", sample.at("  - Sta", offset: 7))
        let labels = sample.labels(completion)
        #expect(labels.contains("Verantwortlich"))
        #expect(labels.contains("Fällig"))
        #expect(labels.contains("Meilenstein"))
        #expect(!labels.contains("Kaufrolle"))
        #expect(!labels.contains("Owner"))
        let status = completion["items"]?.arrayValue?.first { $0["label"] == "Status" }
        #expect(status?["textEdit"]?["newText"] == "Status: ")
    }

    @Test func statusAndPriorityOfferTheirWords() async throws {
        let sample = try await OpenSample(file: "de.md") { $0.replacingOccurrences(of: "  - Status: offen\n", with: "  - Status: \n") }
        let statuses = sample.labels(await sample.result("textDocument/completion", sample.at("  - Status: ", offset: 12)))
        #expect(statuses.contains("gefährdet"))
        #expect(statuses.contains("erledigt"))
        #expect(!statuses.contains("at risk"))
        let priorities = sample.labels(await sample.result("textDocument/completion", sample.at("Priorität: hoch", offset: 11)))
        #expect(Set(priorities) == ["hoch", "mittel", "niedrig"])
    }

    @Test func headingsOfferSectionNames() async throws {
        let sample = try await OpenSample(file: "fr.md") { $0 + "\n## \n" }
        let lines = sample.text.components(separatedBy: "\n")
        let line = try #require(lines.lastIndex(of: "## "))
        let labels = sample.labels(await sample.result("textDocument/completion", sample.client.documentParams(sample.url, line: line, character: 3)))
        #expect(labels.contains("Actions"))
        #expect(labels.contains("Objectifs"))
        #expect(labels.contains("Équipe"))
    }
}
