@testable import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
import Testing

/// The sample workspace with one Austrian guide added, written from
/// `templates/guide/guide.de.md` by a German-speaking author who names the actions
/// section in their own words: nothing they wrote may go missing from the model.
@Suite struct AustrianGuideTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("samples/kessler")
    static let austrianGuide = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/austria/at.md")

    /// Compiles a copy of the sample with `at.md` added, its `## Aktionen` renamed to
    /// `heading`; nil adds no Austrian guide.
    static func compile(actionsHeading heading: String?) async throws -> Compilation {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-austria-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: sample, to: folder)
        if let heading {
            let text = try String(contentsOf: austrianGuide, encoding: .utf8)
            try text.replacingOccurrences(of: "## Aktionen\n", with: "## \(heading)\n")
                .write(to: folder.appendingPathComponent("at.md"), atomically: true, encoding: .utf8)
        }
        return try await AccountCompiler(options: .init(asOf: RuleFixture.asOf)).compile(root: folder)
    }

    @Test(arguments: ["Aktionen", "Maßnahmen", "Aufgaben", "Aktivitäten", "Maßnahmenplan", "To-dos", "Maßnahmen AT", "Maßnahmen Q1", "Aktionen 2027"])
    func everyAustrianActionIsInTheModel(heading: String) async throws {
        let sampleOnly = try await Self.compile(actionsHeading: nil)
        let compilation = try await Self.compile(actionsHeading: heading)
        let ids = compilation.model.actions.map(\.id)
        #expect(ids.filter { $0.hasPrefix("AT-") } == ["AT-A1", "AT-A2", "AT-A3"], "\(heading)")
        // The sample's own actions are all still there.
        #expect(Set(sampleOnly.model.actions.map(\.id)).isSubset(of: Set(ids)))
        #expect(ids.count == sampleOnly.model.actions.count + 3)
        let sectionFindings = compilation.diagnostics.filter {
            $0.location?.file == "at.md" && ($0.rule == LoweringRules.unknownSection.id || $0.rule == LoweringRules.unknownSectionEntities.id)
        }
        #expect(sectionFindings.isEmpty)
        #expect(!compilation.hasErrors, "\(compilation.diagnostics.filter { $0.severity == .error }.map(\.message))")
    }

    @Test func anUnknownHeadingIsAWarningThatCountsTheLostActions() async throws {
        let compilation = try await Self.compile(actionsHeading: "Aktionsliste")
        #expect(compilation.model.actions.filter { $0.id.hasPrefix("AT-") }.isEmpty)
        let warnings = compilation.diagnostics.filter { $0.rule == LoweringRules.unknownSectionEntities.id }
        #expect(warnings.map(\.message) == ["'Aktionsliste' is not a known section, so its 3 entities (3 actions) are ignored; did you mean 'Maßnahmen'?"])
        #expect(warnings.first?.location?.file == "at.md")
    }
}
