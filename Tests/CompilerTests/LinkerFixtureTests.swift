@testable import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
import Testing
import Vocabulary

/// Real guide files, parsed by the front end and linked.
@Suite struct LinkerFixtureTests {
    struct Parsed {
        var files: [GuideFile]
        var parserDiagnostics: [Diagnostic]
        var linked: Linker.Result

        func linkerDiagnostics(_ rule: RuleDescriptor) -> [Diagnostic] { linked.diagnostics(rule) }
    }

    static func parse(_ folder: String) throws -> Parsed {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/linker/\(folder)")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }.sorted()
        let parser = GuideParser(vocabulary: Vocabulary.bundled, config: WorkspaceConfig())
        var files: [GuideFile] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(name)))
            let parsed = parser.parse(path: name, bytes: bytes)
            diagnostics += parsed.diagnostics
            if let file = parsed.file { files.append(file) }
        }
        return Parsed(files: files, parserDiagnostics: diagnostics, linked: Linker(config: WorkspaceConfig()).link(files))
    }

    @Test func aCleanWorkspaceLinksAcrossFilesAndLanguages() throws {
        let parsed = try Self.parse("clean")
        #expect(!parsed.parserDiagnostics.hasErrors, "\(parsed.parserDiagnostics.map(\.message))")
        #expect(parsed.linked.diagnostics.isEmpty, "\(parsed.linked.diagnostics.map(\.message))")
        let model = parsed.linked.model
        #expect(model.account == "Bosch Group")
        #expect(model.sources.map(\.path) == ["global.md", "de.md"])
        #expect(model.sources.last?.authors == ["amueller"])
        #expect(model.team.map(\.id) == ["jweber", "amueller"])
        #expect(model.units.map(\.id) == ["bosch", "mobility", "xc", "reutlingen"])
        #expect(model.units.map { $0.parent?.id } == [nil, "bosch", "mobility", "mobility"])
        #expect(model.items.map(\.id) == ["I-07"])
        #expect(model.items.first?.countries == ["DE"])
        #expect(model.items.first?.unit?.id == "xc")
        #expect(model.vision?.location.file == "global.md")
        #expect(model.actions.map(\.id) == ["A1", "DE-A1", "DE-A2"])
        #expect(model.actions.map { $0.strategy?.id } == ["S1.1", "S1.1", "S1.1"])
        #expect(model.actions.map { $0.owners.map(\.handle) } == [["jweber"], ["amueller"], ["jweber"]])
    }

    @Test func aBrokenWorkspaceReportsEveryLinkingProblemWhereItIsWritten() throws {
        let parsed = try Self.parse("broken")
        let account = try #require(parsed.linkerDiagnostics(LinkerRules.accountMismatch).first)
        #expect(account.location?.file == "us.md")
        #expect(account.location?.line == 2)
        #expect(parsed.linked.model.account == "Bosch Group")

        let goal = try #require(parsed.linkerDiagnostics(LinkerRules.duplicateDefinition).first)
        #expect(goal.message == "goal 'G1' is defined twice with different content (Target: 12 vs 14)")
        #expect(goal.location?.file == "us.md")
        #expect(goal.notes.first?.location?.file == "global.md")

        let parent = try #require(parsed.linkerDiagnostics(LinkerRules.unitParentConflict).first)
        #expect(parent.message == "unit 'xc' is placed under 'bosch-na' but already under 'mobility'")
        #expect(parent.location?.line == 11)

        let vision = try #require(parsed.linkerDiagnostics(LinkerRules.visionConflict).first)
        #expect(vision.severity == .warning)
        #expect(vision.location?.file == "us.md")

        let owner = try #require(parsed.linkerDiagnostics(LinkerRules.unknownPerson).first)
        #expect(owner.message == "owner '@jwebr' is not a team member")
        #expect(owner.location?.line == 27)
        #expect(owner.fix?.message == "did you mean '@jweber'?")

        let orphan = try #require(parsed.linkerDiagnostics(LinkerRules.actionWithoutParent).first)
        #expect(orphan.message == "action 'US-A2' belongs to no strategy or tactic")

        let kind = try #require(parsed.linkerDiagnostics(LinkerRules.referenceKindMismatch).first)
        #expect(kind.message == "'G1' in Strategy is a goal, not a strategy")
        #expect(kind.location?.line == 36)

        // broken/ has no file that raises I-07.
        let item = try #require(parsed.linkerDiagnostics(LinkerRules.unresolvedReference).first)
        #expect(item.message == "item 'I-07' in Addresses is not defined")
        #expect(item.location?.file == "global.md")
        #expect(parsed.linked.diagnostics.count == 8, "\(parsed.linked.diagnostics.map(\.message))")
    }
}
