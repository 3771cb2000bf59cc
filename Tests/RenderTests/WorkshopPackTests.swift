import Compiler
import Foundation
import Spreadsheet
import Testing
@testable import Render

@Suite struct WorkshopPackTests {
    func html(_ compilation: Compilation = PackFixture.compilation(), options: RenderOptions = RenderOptions()) throws -> String {
        try #require(try PackFixture.render(WorkshopPackRenderer(format: .html), compilation, options: options)["workshop-pack.html"])
    }

    func markdown(_ compilation: Compilation = PackFixture.compilation(), options: RenderOptions = RenderOptions()) throws -> String {
        try #require(try PackFixture.render(WorkshopPackRenderer(format: .markdown), compilation, options: options)["workshop-pack.md"])
    }

    @Test func htmlIsSelfContainedAndShowsCodes() throws {
        let page = try html()
        for code in ["G1", "S1.1", "S1.2", "S1.3", "T1.1.1", "A1", "A2", "DE-I1", "US-O1"] {
            #expect(page.contains(">\(code)<"), "code \(code) missing")
        }
        #expect(!page.contains("<script"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("@import"))
        #expect(page.contains("@page"))
        #expect(page.contains("<svg") && page.contains("class=\"org-chart\"") && page.contains("class=\"gantt\""))
        #expect(page.contains("<td class=\"date\">2027-01-20</td>") || page.contains("<dd><span class=\"date\">2027-01-20</span></dd>"))
    }

    @Test func markdownHasMermaidDiagrams() throws {
        let page = try markdown()
        #expect(page.contains("```mermaid\ngraph TD"))
        #expect(page.contains("```mermaid\ngantt"))
        #expect(page.contains("**A1** Run the first technology day"))
    }

    @Test func germanLabels() throws {
        let page = try html(options: RenderOptions(language: "de"))
        #expect(page.contains("Hauptziele") && page.contains("Maßnahmen") && page.contains("lang=\"de\""))
        #expect(page.contains("ausgewählt"))
    }

    @Test func frenchLabels() throws {
        let page = try html(options: RenderOptions(language: "fr"))
        #expect(page.contains("Objectifs clés") && page.contains("Stratégies alternatives") && page.contains("lang=\"fr\""))
        #expect(page.contains("retenue"))
        #expect(!page.contains("Key goals") && !page.contains("Alternative strategies"))
    }

    @Test func everyBuiltInLanguageHasEveryLabelAndValue() throws {
        let url = PackFixture.repositoryRoot.appendingPathComponent("templates/pack/labels.json")
        let table = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [String: [String: String]]])
        #expect(table.keys.sorted() == ["de", "en", "es", "fr", "it", "ja", "pt", "zh"])
        let english = try #require(table["en"])
        for (language, entry) in table {
            for part in ["labels", "values"] {
                #expect(Set((entry[part] ?? [:]).keys) == Set((english[part] ?? [:]).keys), "\(language) \(part)")
                for (key, text) in english[part] ?? [:] {
                    let placeholders = { (text: String) in text.matches(of: /\{[a-z]+\}/).map { String(text[$0.range]) }.sorted() }
                    #expect(placeholders(entry[part]?[key] ?? "") == placeholders(text), "\(language) \(key)")
                }
            }
        }
        // The status words are the vocabulary's, as authors write them.
        for language in ["fr", "es", "it", "pt", "ja", "zh"] {
            #expect(table[language]?["values"]?["action-status.at-risk"] == WorkbookLanguage.statusWord("at-risk", language: language))
        }
    }

    @Test func anUnknownLanguageAskedForIsAnErrorWithSuggestion() {
        #expect(throws: RenderError.unknownLanguage("xx", available: ["de", "en", "es", "fr", "it", "ja", "pt", "zh"], suggestion: nil)) {
            try html(options: RenderOptions(language: "xx"))
        }
        #expect(throws: RenderError.unknownLanguage("dr", available: ["de", "en", "es", "fr", "it", "ja", "pt", "zh"], suggestion: "de")) {
            try html(options: RenderOptions(language: "dr"))
        }
        #expect((try? html(options: RenderOptions(language: "de-AT")))?.contains("Hauptziele") == true)
    }

    @Test func aGlobalFileInALanguageWithoutLabelsGetsEnglish() throws {
        var compilation = PackFixture.compilation()
        for index in compilation.model.sources.indices where compilation.model.sources[index].isGlobal {
            compilation.model.sources[index].language = "ko"
        }
        let page = try #require(PackFixture.render(WorkshopPackRenderer(format: .html), compilation)["workshop-pack.html"])
        #expect(page.contains("Key goals") && page.contains("lang=\"en\""))
    }

    @Test func hostileTitlesAreEscaped() throws {
        let compilation = PackFixture.compilation(
            goalTitle: "<script>alert(1)</script> {{labels.goals}}",
            actionTitle: "\"><img src=x onerror=alert(1)>",
            prose: "[click](javascript:alert(1)) <script>alert(2)</script>"
        )
        let page = try html(compilation)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; {{labels.goals}}"))
        // Backslash-escaped `\<` is a literal `<` in Markdown: drop those and no tag may remain.
        let md = try markdown(compilation)
        let unescaped = md.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script>alert"))
        #expect(!unescaped.contains("<img src=x"))
        #expect(!md.contains("javascript:"))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\> \\{\\{labels.goals\\}\\}"))
    }

    @Test func mermaidLabelsAreEscaped() {
        #expect(Mermaid.label("a\"b]c<d>#e;") == "a#34;b#93;c#60;d#62;#35;e#59;")
        #expect(Mermaid.ganttText("A1: x; y # z") == "A1 x y z")
        #expect(Mermaid.ganttTaskName("Section review done") == "· Section review done")
        #expect(Mermaid.ganttTaskName("click: here") == "· click here")
        #expect(Mermaid.ganttTaskName(":;#") == "(untitled)")
        #expect(Mermaid.ganttTaskName("Sections agreed") == "Sections agreed")
    }

    @Test func sameInputSameBytes() throws {
        #expect(try html() == html())
        #expect(try markdown() == markdown())
    }

    /// Golden files: re-record with APG_RECORD_GOLDEN=1, then the test fails once on purpose.
    @Test(arguments: ["workshop-pack.html", "workshop-pack.md"])
    func golden(file: String) throws {
        let output = file.hasSuffix(".html") ? try html() : try markdown()
        let url = PackFixture.testsFolder.appendingPathComponent("Fixtures/golden/\(file)")
        if ProcessInfo.processInfo.environment["APG_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record("recorded \(file); run again without APG_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected)
    }
}

@Suite struct CustomerAudienceTests {
    @Test func nothingInternalLeaksIntoAnyOutput() throws {
        let options = RenderOptions(audience: .customer, owner: "@jweber")
        var outputs: [OutputFile] = []
        for renderer in RendererRegistry.buildRenderers {
            outputs += try renderer.render(PackFixture.compilation(), options: options)
        }
        // The customer edition knows people by name: the owner's calendar is named after Jonas Weber.
        #expect(Set(outputs.map(\.path)).isSuperset(of: ["workshop-pack.html", "workshop-pack.md", "actions.csv", "milestones.ics", "milestones-jonas-weber.ics", "plan.json", "actions.xlsx"]))
        for file in outputs {
            var text = String(decoding: file.contents, as: UTF8.self)
            if file.path.hasSuffix(".xlsx") {
                // A workbook is compressed: its cells are what a reader sees.
                text = try XLSXReader.read(Data(file.contents)).flatMap { $0.rows.values.flatMap { $0.values.map(\.text) } }.joined(separator: "\n")
            }
            for marker in ["SECRET", "secretagent", "DE-I9", "S9.1", "G9", "A9", "skunk"] {
                #expect(!text.contains(marker), "\(file.path) contains \(marker)")
            }
        }
    }

    @Test func teamBuildStillShowsEverything() throws {
        let page = try #require(try PackFixture.render(WorkshopPackRenderer(format: .html))["workshop-pack.html"])
        #expect(page.contains("SECRET note") && page.contains("SECRET diagnostic") && page.contains("SECRET Skunkworks"))
    }

    @Test func filteredCompilationDropsDescendantsAndReferences() {
        let filtered = PackFixture.compilation().filtered(for: .customer)
        #expect(!filtered.model.units.contains { $0.id == "skunk-lab" })
        #expect(!filtered.model.stakeholders.contains { $0.id == "mole" })
        #expect(!filtered.model.strategies.contains { $0.id == "S9.1" })
        // Issues and opportunities are shown only when marked `Visibility: customer`, so
        // no reference to one is left; S1.3 is proposed, and only selected strategies show.
        #expect(filtered.model.strategies.first { $0.id == "S1.1" }?.addresses.map(\.id) == [])
        #expect(!filtered.model.strategies.contains { $0.id == "S1.3" })
        #expect(filtered.diagnostics.isEmpty && filtered.sources.isEmpty)
        #expect(!filtered.model.prose.contains { $0.isNotes })
    }
}

@Suite struct TemplateTests {
    @Test func embeddedTemplatesMatchTemplatesFolder() throws {
        let folder = PackFixture.repositoryRoot.appendingPathComponent("templates/pack")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".json") }.sorted()
        #expect(names == EmbeddedTemplates.files.map(\.name).sorted(), "run scripts/embed-templates")
        for entry in EmbeddedTemplates.files {
            let text = try String(contentsOf: folder.appendingPathComponent(entry.name), encoding: .utf8)
            #expect(text == entry.text, "\(entry.name) differs from the embedded copy: run scripts/embed-templates")
        }
    }

    @Test func builtInTemplatesPassTheCheck() throws {
        let view = try WorkshopPackRenderer.view(of: PackFixture.compilation(), options: RenderOptions(), templates: .builtIn)
        let checker = TemplateChecker(schema: view.instanceSchema, templates: TemplateSet.builtIn.templates)
        #expect(checker.check("html-pack").isEmpty)
        #expect(checker.check("md-pack").isEmpty)
    }

    /// The fields are the one list of template names: a stored property missing from
    /// it could be filled in by the builder and never reach a template.
    @Test func templateFieldsNameEveryStoredProperty() {
        var seen: Set<ObjectIdentifier> = []
        var problems: [String] = []
        func visit<View: TemplateObject>(_ type: View.Type) {
            guard seen.insert(ObjectIdentifier(type)).inserted else { return }
            let names = View.templateFields.map(\.name)
            let properties = Mirror(reflecting: View()).children.compactMap(\.label)
            if names != properties { problems.append("\(View.self): fields \(names), stored properties \(properties)") }
            for field in View.templateFields {
                if let nested = viewType(in: field.valueType) { visit(nested) }
            }
        }
        visit(PackView.self)
        #expect(problems.isEmpty, "\(problems)")
        #expect(seen.count >= 28, "the walk must reach the nested view types")
    }

    private func viewType(in type: Any.Type) -> (any TemplateObject.Type)? {
        if let view = type as? any TemplateObject.Type { return view }
        if let container = type as? any ElementTyped.Type { return viewType(in: container.elementType) }
        return nil
    }

    @Test func unknownNamesAreReported() {
        let schema = TemplateSchema.object(["goals": .list(.object(["title": .value])), "account": .value, "svg": .trusted])
        let templates = ["main": "{{account}}\n{{#goals}}{{titel}}{{/goals}}{{> missing}}{{{account}}}{{{svg}}}"]
        let problems = TemplateChecker(schema: schema, templates: templates).check("main")
        #expect(problems.map(\.tag) == ["{{titel}}", "{{> missing}}", "{{{account}}}"])
        #expect(problems.first?.line == 2)
        #expect(problems.first?.description == "template 'main.mustache' line 2: {{titel}}: unknown name 'titel'; did you mean 'title'?")
    }

    @Test func overrideWithUnknownNameFailsTheBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<h1>{{acount}}</h1>".utf8).write(to: folder.appendingPathComponent("html-pack.mustache"))
        let options = RenderOptions(templateOverrides: folder)
        #expect(throws: RenderError.self) { try WorkshopPackRenderer(format: .html).render(PackFixture.compilation(), options: options) }
        do {
            _ = try WorkshopPackRenderer(format: .html).render(PackFixture.compilation(), options: options)
        } catch {
            #expect("\(error)".contains("html-pack.mustache") && "\(error)".contains("{{acount}}") && "\(error)".contains("did you mean 'account'?"))
        }

        try Data("<h1>{{account}}</h1>".utf8).write(to: folder.appendingPathComponent("html-pack.mustache"))
        let page = try #require(try PackFixture.render(WorkshopPackRenderer(format: .html), options: options)["workshop-pack.html"])
        #expect(page == "<h1>Bosch Group</h1>")
    }

    @Test func anOverriddenLabelsFileNeedsOnlyTheWordsItChanges() throws {
        func html(options: RenderOptions) throws -> String {
            try #require(try PackFixture.render(WorkshopPackRenderer(format: .html), options: options)["workshop-pack.html"])
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let labels = #"{"en": {"labels": {"goals": "Our goals"}}, "ko": {"labels": {"goals": "핵심 목표"}, "values": {"strategy-status.selected": "채택"}}}"#
        try Data(labels.utf8).write(to: folder.appendingPathComponent("labels.json"))
        let english = try html(options: RenderOptions(templateOverrides: folder))
        #expect(english.contains(">Our goals<") && english.contains(">Alternative strategies<"))
        let korean = try html(options: RenderOptions(language: "ko", templateOverrides: folder))
        #expect(korean.contains(">핵심 목표<") && korean.contains("채택") && korean.contains("lang=\"ko\""))
        #expect(korean.contains(">Alternative strategies<"), "a word Korean lacks falls back to English")

        try Data("{".utf8).write(to: folder.appendingPathComponent("labels.json"))
        #expect(throws: RenderError.self) { try html(options: RenderOptions(templateOverrides: folder)) }
    }

    @Test func aMisspeltOverrideFailsTheBuildButANewPartialIsFine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = RenderOptions(templateOverrides: folder)
        let typo = folder.appendingPathComponent("html-pak.mustache")
        try Data("<h1>{{account}}</h1>".utf8).write(to: typo)
        #expect(throws: RenderError.unknownTemplateFile(url: typo.path, suggestion: "html-pack.mustache")) {
            try WorkshopPackRenderer(format: .html).render(PackFixture.compilation(), options: options)
        }

        try FileManager.default.removeItem(at: typo)
        try Data("<h1>{{> html-title}}</h1>".utf8).write(to: folder.appendingPathComponent("html-pack.mustache"))
        try Data("{{account}}".utf8).write(to: folder.appendingPathComponent("html-title.mustache"))
        let page = try #require(try PackFixture.render(WorkshopPackRenderer(format: .html), options: options)["workshop-pack.html"])
        #expect(page == "<h1>Bosch Group</h1>")
    }
}

/// Lists and optionals of view structs, for the walk over the view types.
private protocol ElementTyped {
    static var elementType: Any.Type { get }
}

extension Array: ElementTyped {
    static var elementType: Any.Type { Element.self }
}

extension Optional: ElementTyped {
    static var elementType: Any.Type { Wrapped.self }
}
