import APGJSON
import Foundation
import Testing

@Suite struct EditTests {
    @Test func renamingAHandleTouchesEveryFile() async throws {
        let sample = try await OpenSample(file: "de.md")
        let prepared = await sample.result("textDocument/prepareRename", sample.at("(@kbauer)", offset: 3))
        #expect(prepared["placeholder"] == "kbauer")
        var params = sample.at("(@kbauer)", offset: 3)
        if case .object(var members) = params { members.append(("newName", "@kbauer2")); params = .object(members) }
        let edit = await sample.result("textDocument/rename", params)
        guard case .object(let changes)? = edit["changes"] else {
            Issue.record("no changes in \(edit)")
            return
        }
        let files = changes.map { $0.key.split(separator: "/").last.map(String.init) ?? "" }
        #expect(files.contains("de.md"))
        #expect(files.contains("global.md"))
        let deEdits = try #require(changes.first { $0.key.hasSuffix("/de.md") }?.value.arrayValue)
        #expect(deEdits.allSatisfy { $0["newText"] == "kbauer2" })
        // Applied, every occurrence of the old handle is renamed, the front matter's too.
        #expect(deEdits.count == sample.text.components(separatedBy: "kbauer").count - 1)
        let applied = apply(deEdits, to: sample.text)
        #expect(!applied.contains("kbauer\n") && !applied.contains("@kbauer)") && applied.contains("[mfischer, kbauer2]"))
    }

    @Test func renamingACodeKeepsItACodeAndRefusesATakenName() async throws {
        let sample = try await OpenSample(file: "de.md")
        var params = sample.at("Strategie: S3.1", offset: 12)
        if case .object(var members) = params { members.append(("newName", "S3.9")); params = .object(members) }
        let edit = await sample.result("textDocument/rename", params)
        guard case .object(let changes)? = edit["changes"] else {
            Issue.record("no changes in \(edit)")
            return
        }
        #expect(changes.contains { $0.key.hasSuffix("/global.md") })
        for (newName, fragment) in [("frame-agreement", "not a code"), ("S1.1", "already used")] {
            var refused = sample.at("Strategie: S3.1", offset: 12)
            if case .object(var members) = refused { members.append(("newName", .string(newName))); refused = .object(members) }
            let response = await sample.client.request("textDocument/rename", refused)
            #expect(response["error"]?["code"] == -32803)
            #expect(response["error"]?["message"]?.stringValue?.contains(fragment) == true, "\(newName)")
        }
    }

    @Test func quickFixesAreTheFixesOfAPGFix() async throws {
        let sample = try await OpenSample(file: "de.md") { $0.replacingOccurrences(of: "  - Fällig: 2027-01-29\n", with: "  - Fällig: 29.01.2027\n") }
        let line = try #require(SampleWorkspace.position(of: "29.01.2027", in: sample.text))
        let actions = try #require(await sample.result("textDocument/codeAction", [
            "textDocument": ["uri": .string(sample.url.absoluteString)],
            "range": ["start": ["line": .int(line.line), "character": 0], "end": ["line": .int(line.line), "character": 30]],
            "context": ["diagnostics": []],
        ]).arrayValue)
        let quickFix = try #require(actions.first { $0["kind"] == "quickfix" })
        let edit = try #require(quickFix["edit"]?["changes"]?[sample.url.absoluteString]?.arrayValue?.first)
        #expect(edit["newText"] == "2027-01-29")
        #expect(edit["range"]?["start"] == ["line": .int(line.line), "character": .int(line.character)])
        #expect(quickFix["diagnostics"]?.arrayValue?.first?["code"]?.stringValue?.hasPrefix("APG") == true)
        #expect(actions.contains { $0["kind"] == "source.fixAll" })
        let onlyFixAll = try #require(await sample.result("textDocument/codeAction", [
            "textDocument": ["uri": .string(sample.url.absoluteString)],
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
            "context": ["diagnostics": [], "only": ["source.fixAll"]],
        ]).arrayValue)
        #expect(onlyFixAll.count == 1)
    }

    @Test func formattingIsWhatAPGFmtWrites() async throws {
        let sample = try await OpenSample(file: "de.md") { $0.replacingOccurrences(of: "- Katrin Bauer (@kbauer)", with: "* Katrin Bauer (@kbauer)") }
        let edits = try #require(await sample.result("textDocument/formatting", ["textDocument": ["uri": .string(sample.url.absoluteString)], "options": ["tabSize": 2, "insertSpaces": true]]).arrayValue)
        #expect(edits.count == 1)
        let formatted = try #require(edits.first?["newText"]?.stringValue)
        #expect(formatted.contains("- Katrin Bauer (@kbauer)"))
        #expect(formatted == sample.text.replacingOccurrences(of: "* Katrin Bauer", with: "- Katrin Bauer"))
    }

    /// Applies LSP edits (UTF-16 positions) to a text, last first.
    func apply(_ edits: [JSONValue], to text: String) -> String {
        var lines = text.components(separatedBy: "\n").map { Array($0.utf16) }
        let sorted = edits.sorted {
            let a = ($0["range"]?["start"]?["line"]?.numberValue ?? 0, $0["range"]?["start"]?["character"]?.numberValue ?? 0)
            let b = ($1["range"]?["start"]?["line"]?.numberValue ?? 0, $1["range"]?["start"]?["character"]?.numberValue ?? 0)
            return a > b
        }
        for edit in sorted {
            guard let line = edit["range"]?["start"]?["line"]?.numberValue.map(Int.init),
                  let start = edit["range"]?["start"]?["character"]?.numberValue.map(Int.init),
                  let end = edit["range"]?["end"]?["character"]?.numberValue.map(Int.init),
                  let newText = edit["newText"]?.stringValue else { continue }
            lines[line].replaceSubrange(start..<end, with: Array(newText.utf16))
        }
        return lines.map { String(decoding: $0, as: UTF16.self) }.joined(separator: "\n")
    }
}
