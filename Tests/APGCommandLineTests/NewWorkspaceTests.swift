@testable import APGCommandLine
import APGTestSupport
import Foundation
import Testing

/// `init` and `new-guide`: starting a workspace and adding guides.
@Suite struct NewWorkspaceTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("apg-init-\(UUID().uuidString)", isDirectory: true)
    }

    /// An eight-country team, one guide per Appendix A language, in one workspace.
    @Test func initThenNewGuideForEveryLanguageChecksWithoutErrors() async throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let created = await APGMain.runCaptured(["init", root.path, "--account", "Kessler Group"])
        #expect(created.status == 0, "\(created.stderr)")
        let countries = ["US": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "BR": "pt", "JP": "ja", "CN": "zh"]
        #expect(Set(countries.values) == Set(GuideTemplates.languages))
        for (country, language) in countries.sorted(by: { $0.key < $1.key }) {
            let result = await APGMain.runCaptured(["new-guide", root.path, "--country", country])
            #expect(result.status == 0, "\(country): \(result.stderr)")
            let text = try String(contentsOf: root.appendingPathComponent("\(country.lowercased()).md"), encoding: .utf8)
            #expect(text.contains("language: \(language)\n"), "\(country)")
            #expect(text.contains("country: \(country)\n"))
            #expect(text.contains("account: Kessler Group\n"))
            #expect(!text.contains("{{"), "unfilled placeholder in \(country)")
        }
        let check = await APGMain.runCaptured(["check", root.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("error"), "\(check.stderr)")
    }

    /// The templates' examples, uncommented, are real guide content: eight of them in
    /// one workspace still link without a clash, because their ids derive from the
    /// country code.
    @Test func uncommentedTemplateExamplesDoNotCollideAcrossGuides() async throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = await APGMain.runCaptured(["init", root.path, "--account", "Kessler Group"])
        for country in ["US", "DE", "FR", "ES", "IT", "BR", "JP", "CN"] {
            _ = await APGMain.runCaptured(["new-guide", root.path, "--country", country])
            let url = root.appendingPathComponent("\(country.lowercased()).md")
            let text = try String(contentsOf: url, encoding: .utf8)
            // Uncomment the example entities; the explanations above them stay out.
            var kept: [String] = []
            var inComment = false
            var inExample = false
            for line in text.components(separatedBy: "\n") {
                if line == "<!--" { inComment = true; inExample = false; continue }
                if line == "-->" { inComment = false; continue }
                if inComment, !inExample, line.hasPrefix("- ") { inExample = true }
                if inComment, !inExample { continue }
                kept.append(line)
            }
            try kept.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let check = await APGMain.runCaptured(["check", root.path, "--format", "short"])
        #expect(check.stdout.contains("'US-I1'") && check.stdout.contains("'CN-O1'"), "the examples were not uncommented: \(check.stdout)")
        #expect(!check.stdout.contains("[APG100]"), "\(check.stdout)")
    }

    @Test func neitherCommandOverwritesAFile() async throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(await APGMain.runCaptured(["init", root.path, "--account", "Acme"]).status == 0)
        let again = await APGMain.runCaptured(["init", root.path, "--account", "Other"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("exists already"))
        #expect(try String(contentsOf: root.appendingPathComponent("apg.yaml"), encoding: .utf8).contains("account: Acme"))
        #expect(await APGMain.runCaptured(["new-guide", root.path, "--country", "de"]).status == 0)
        try "mine\n".write(to: root.appendingPathComponent("de.md"), atomically: true, encoding: .utf8)
        let second = await APGMain.runCaptured(["new-guide", root.path, "--country", "DE", "--lang", "en"])
        #expect(second.status == 2)
        #expect(try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8) == "mine\n")
    }

    @Test func badCountryLanguageOrMissingWorkspaceIsExitStatusTwo() async throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let noWorkspace = await APGMain.runCaptured(["new-guide", root.path, "--country", "DE"])
        #expect(noWorkspace.status == 2)
        #expect(noWorkspace.stderr.contains("apg init"))
        _ = await APGMain.runCaptured(["init", root.path, "--account", "Acme"])
        let country = await APGMain.runCaptured(["new-guide", root.path, "--country", "GER"])
        #expect(country.status == 2)
        #expect(country.stderr.contains("did you mean 'DE'?"), "\(country.stderr)")
        #expect(await APGMain.runCaptured(["new-guide", root.path, "--country", "DE", "--lang", "nl"]).status == 2)
    }

    @Test func countriesWithoutATemplateLanguageGetEnglishAndLangOverrides() async throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = await APGMain.runCaptured(["init", root.path, "--account", "Acme: Europe"])
        _ = await APGMain.runCaptured(["new-guide", root.path, "--country", "NL"])
        _ = await APGMain.runCaptured(["new-guide", root.path, "--country", "AT", "--lang", "fr"])
        #expect(try String(contentsOf: root.appendingPathComponent("nl.md"), encoding: .utf8).contains("language: en\n"))
        let austria = try String(contentsOf: root.appendingPathComponent("at.md"), encoding: .utf8)
        #expect(austria.contains("language: fr\n"))
        // A name YAML would misread is quoted.
        #expect(austria.contains("account: \"Acme: Europe\"\n"))
        #expect(await APGMain.runCaptured(["check", root.path]).status == 0)
    }

    /// `authors:` gets the handle of the team member git says is the author.
    @Test func authorsIsTheHandleOfTheGitUser() async throws {
        let repository = try ScratchRepository()
        try repository.write("apg.yaml", "account: Acme\n")
        try repository.write("global.md", """
            ---
            account: Acme
            ---

            ## Team
            - Julia Weber (@jweber) — Global Key Account Manager
              - Email: julia.weber@example.com

            """)
        try repository.git(["config", "user.email", "Julia.Weber@example.com"])
        try repository.git(["config", "user.name", "Someone Else"])
        #expect(await APGMain.runCaptured(["new-guide", repository.root.path, "--country", "DE"]).status == 0)
        let guide = try String(contentsOf: repository.root.appendingPathComponent("de.md"), encoding: .utf8)
        #expect(guide.contains("\nauthors: [jweber]\n"))

        try repository.git(["config", "user.email", "nobody@example.com"])
        #expect(await APGMain.runCaptured(["new-guide", repository.root.path, "--country", "FR"]).status == 0)
        let french = try String(contentsOf: repository.root.appendingPathComponent("fr.md"), encoding: .utf8)
        #expect(french.contains("\n# authors: [yourhandle]"))
    }

    /// The binary's copies of the guide templates are the files in templates/guide/.
    @Test func embeddedGuideTemplatesMatchTheFiles() throws {
        let folder = Self.repository.appendingPathComponent("templates/guide")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(names == EmbeddedGuideTemplates.files.map(\.name), "run scripts/embed-guide-templates")
        for (name, text) in EmbeddedGuideTemplates.files {
            let file = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(file == text, "\(name) differs: run scripts/embed-guide-templates")
        }
    }
}
