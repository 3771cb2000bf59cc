@testable import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
import Testing

/// The issue's new user: the Kessler sample with an added Austrian guide written in
/// German, full of what people naturally write. Every finding proposes the canonical
/// form, in German, with the workspace's own people and ids.
@Suite struct NaturalInputsTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/kessler")
    static let austrianGuide = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/natural-inputs/at.md")

    static func compile() async throws -> Compilation {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("apg-natural-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: sample, to: workspace)
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.copyItem(at: austrianGuide, to: workspace.appendingPathComponent("at.md"))
        return try await AccountCompiler(options: .init(asOf: PlanDate(year: 2026, month: 11, day: 26)!)).compile(root: workspace)
    }

    static func finding(_ compilation: Compilation, _ rule: RuleDescriptor, line: Int) throws -> Diagnostic {
        try #require(compilation.diagnostics.first { $0.rule == rule.id && $0.location?.file == "at.md" && $0.location?.line == line },
                     "\(compilation.diagnostics.filter { $0.location?.file == "at.md" }.map { "\($0.rule.code) \($0.location?.line ?? 0) \($0.message)" })")
    }

    @Test func aPersonsNameOrEmailProposesTheirHandle() async throws {
        let compilation = try await Self.compile()
        let byName = try Self.finding(compilation, LoweringRules.personWithoutAt, line: 22)
        #expect(byName.fix?.replacement == "@esteiner")
        #expect(byName.fix?.isMachineApplicable == true, "one member matches: apg fix may apply it")
        #expect(byName.message.hasSuffix("did you mean '@esteiner'?"))
        let byEmail = try Self.finding(compilation, LoweringRules.personWithoutAt, line: 34)
        #expect(byEmail.fix?.replacement == "@esteiner")
    }

    @Test func datesAndCountriesProposeTheirCanonicalForm() async throws {
        let compilation = try await Self.compile()
        #expect(try Self.finding(compilation, LoweringRules.invalidDate, line: 23).fix?.replacement == "2027-Q2")
        #expect(try Self.finding(compilation, LoweringRules.invalidDate, line: 29).fix?.replacement == "2027-Q2")
        #expect(try Self.finding(compilation, LoweringRules.invalidValue, line: 15).fix?.replacement == "AT")
    }

    @Test func helpUsesGermanWordsAndTheTeamsOwnPeople() async throws {
        let compilation = try await Self.compile()
        let status = try Self.finding(compilation, LoweringRules.unknownValue, line: 26)
        #expect(status.fix?.message.hasPrefix("use one of: offen, im Plan, gefährdet") == true)
        let owner = try Self.finding(compilation, ActionOwner.descriptor, line: 27)
        #expect(owner.fix?.message.contains("`Verantwortlich: @esteiner`") == true, "\(owner.fix?.message ?? "")")
        // Nothing anywhere proposes a handle that is not in the team.
        let team = Set(compilation.model.team.map(\.handle))
        for diagnostic in compilation.diagnostics {
            let text = (diagnostic.fix?.message ?? "") + " " + (diagnostic.fix?.replacement ?? "")
            for word in text.split(whereSeparator: { $0 == " " || $0 == "`" || $0 == "'" }) where word.hasPrefix("@") && word.count > 1 {
                let handle = word.dropFirst().trimmingCharacters(in: .punctuationCharacters)
                #expect(handle == "handle" || handle == "<handle" || team.contains(handle), "\(diagnostic.message): \(text)")
            }
        }
    }

    @Test func aNearMissIdPrefersStrategiesStillInPlay() async throws {
        let compilation = try await Self.compile()
        // S1.3 and S3.2 are as close to 'S3.3' as S3.1, but both were rejected.
        let unresolved = try Self.finding(compilation, LinkerRules.unresolvedReference, line: 21)
        #expect(unresolved.fix?.replacement == "S3.1")
    }
}
