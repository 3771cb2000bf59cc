@testable import Compiler
import Diagnostics
import Foundation
import PlanModel
import Testing

/// Compiles the small real guides under `Fixtures/rules/<rule-name>/{pass,fail}/` and
/// checks one rule's findings. Both fixtures must otherwise be clean of errors, so that a
/// typo in a fixture cannot make the passing case pass for the wrong reason.
enum RuleFixture {
    static let asOf = date("2027-03-01")

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules", isDirectory: true)

    static func folder(_ rule: RuleDescriptor, _ kind: String) -> URL {
        root.appendingPathComponent("\(rule.id.name)/\(kind)", isDirectory: true)
    }

    static func compile(_ rule: RuleDescriptor, _ kind: String) async throws -> Compilation {
        try await AccountCompiler(options: .init(asOf: asOf)).compile(root: folder(rule, kind))
    }

    /// `fail` lists where the rule must report, as `file:line`, in order.
    static func check(_ rule: RuleDescriptor, fail expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let pass = try await compile(rule, "pass")
        #expect(pass.diagnostics.filter { $0.rule == rule.id }.map(\.message) == [], "pass fixture", sourceLocation: sourceLocation)
        #expect(otherErrors(pass, rule) == [], "pass fixture", sourceLocation: sourceLocation)

        let fail = try await compile(rule, "fail")
        let found = fail.diagnostics.filter { $0.rule == rule.id }
        let places = found.map { $0.location.map { "\($0.file):\($0.line)" } ?? "-" }
        #expect(places == expected, "fail fixture: \(found.map(\.message))", sourceLocation: sourceLocation)
        #expect(found.allSatisfy { $0.severity == rule.defaultSeverity }, sourceLocation: sourceLocation)
        #expect(otherErrors(fail, rule) == [], "fail fixture", sourceLocation: sourceLocation)
    }

    private static func otherErrors(_ compilation: Compilation, _ rule: RuleDescriptor) -> [String] {
        compilation.diagnostics
            .filter { $0.severity == .error && $0.rule != rule.id }
            .map { "\($0.rule.name) \($0.location.map(\.description) ?? "-"): \($0.message)" }
    }
}
