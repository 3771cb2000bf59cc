@testable import Compiler
import Diagnostics
import Foundation
import PlanModel
import Testing

@Suite struct RuleRegistryTests {
    /// A plan that breaks every validation rule at least once.
    static func brokenPlan() -> PlanBuilder {
        var plan = PlanBuilder()
        plan.config.teamLimit = 1
        plan.config.itemLimit = 0
        plan.config.horizon = .init(start: date("2027-01-01"), end: date("2027-12-31"))
        plan.config.workshop = .init(agenda: [.init(time: "09:00", topic: "Goals", owner: "amueler", location: SourceLocation(file: "apg.yaml", line: 5, column: 7))])
        plan.member("amueller", function: "Sales", country: "DE")
        plan.member("lwei", function: "Sales", country: "DE")
        plan.item("I-1", priority: .high)
        plan.unit("mobility", themes: [], acquired: 2010)
        plan.stakeholder("vogel", stance: .critic)
        plan.goal("G1", metric: nil)
        plan.goal("G2")
        plan.strategy("S2.1", goal: "G2")
        plan.goal("G3")
        plan.strategy("S3.1", goal: "G3", status: .selected)
        plan.strategy("S3.2", goal: "G3", status: .rejected)
        plan.action("A1", strategy: "S2.1", owner: nil, due: nil, metric: nil)
        plan.action("A2", strategy: "S2.1", owner: "amueller", due: "2027-02-01") { action, plan in
            action.checked = true
            plan.status(.atRisk, on: &action)
            plan.milestone("2027-03-01", on: &action)
            plan.history("2026-12-01", nil, on: &action)
        }
        plan.action("A3", strategy: "S2.1", owner: "amueller", due: "2027-06-01") { action, plan in
            plan.status(.open, on: &action)
            plan.history("2027-02-01", .atRisk, on: &action)
        }
        return plan
    }

    @Test func soundPlanHasNoFindings() {
        let diagnostics = RuleRegistry.validate(PlanBuilder.sound().context)
        #expect(diagnostics.map { "\($0.rule.name): \($0.message)" } == [])
    }

    @Test func brokenPlanTriggersEveryRule() {
        let diagnostics = RuleRegistry.validate(Self.brokenPlan().context)
        let fired = Set(diagnostics.map(\.rule.code))
        for rule in RuleRegistry.rules {
            #expect(fired.contains(rule.descriptor.id.code), "\(rule.descriptor.id.name) did not fire")
        }
    }

    @Test func messagesFollowTheHouseStyle() {
        let diagnostics = RuleRegistry.validate(Self.brokenPlan().context)
        for diagnostic in diagnostics {
            let label = "\(diagnostic.rule.name): \(diagnostic.message)"
            #expect(Self.startsLowercase(diagnostic.message), "\(label)")
            #expect(!diagnostic.message.hasSuffix("."), "\(label)")
            #expect(!diagnostic.message.contains("\n"), "\(label)")
            #expect(diagnostic.location != nil, "\(label)")
            let fix = diagnostic.fix?.message ?? ""
            #expect(!fix.isEmpty, "\(label) has no fix")
            #expect(Self.startsLowercase(fix) && !fix.hasSuffix("."), "\(label): fix '\(fix)'")
            for note in diagnostic.notes {
                #expect(Self.startsLowercase(note.message) && !note.message.hasSuffix("."), "\(label): note '\(note.message)'")
            }
        }
    }

    @Test func emittedRulesAreRegisteredWithTheirDefaultSeverity() {
        let known = Dictionary(RuleRegistry.allDescriptors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for diagnostic in RuleRegistry.validate(Self.brokenPlan().context) {
            #expect(known[diagnostic.rule]?.defaultSeverity == diagnostic.severity, "\(diagnostic.rule.code)")
        }
    }

    @Test func descriptorsHaveUniqueWellFormedIdsAndFullPages() {
        let descriptors = RuleRegistry.allDescriptors
        #expect(descriptors.map(\.id.code) == descriptors.map(\.id.code).sorted())
        #expect(Self.duplicates(descriptors.map(\.id.code)) == [], "duplicate rule codes")
        #expect(Self.duplicates(descriptors.map { $0.id.name.lowercased() }) == [], "duplicate rule names")
        for descriptor in descriptors {
            let id = descriptor.id
            #expect(Self.isCode(id.code), "\(id.code) is not APG + three digits")
            #expect(Self.isKebabCase(id.name), "\(id.code): '\(id.name)' is not kebab-case")
            #expect(!descriptor.summary.isEmpty && Self.startsLowercase(descriptor.summary) && !descriptor.summary.hasSuffix("."), "\(id.code) summary")
            let headings = descriptor.documentation.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.lowercased() }
            for required in ["what it checks", "why", "example", "fix"] {
                #expect(headings.contains { $0.contains(required) }, "\(id.code) page lacks a '\(required)' heading")
            }
        }
    }

    @Test func validationRulesUseTheirCodeRange() {
        for descriptor in RuleRegistry.validationDescriptors {
            let number = Int(descriptor.id.code.dropFirst(3)) ?? 0
            #expect((200...299).contains(number), "\(descriptor.id.code)")
        }
    }

    @Test func everyRuleHasATestFile() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        for rule in RuleRegistry.rules {
            let name = "\(type(of: rule))Tests.swift"
            #expect(files.contains(name), "\(rule.descriptor.id.name) has no test file \(name)")
        }
    }

    @Test func everyRuleHasPassingAndFailingFixtures() {
        for rule in RuleRegistry.rules {
            for kind in ["pass", "fail"] {
                let guide = RuleFixture.folder(rule.descriptor, kind).appendingPathComponent("global.md")
                #expect(FileManager.default.fileExists(atPath: guide.path), "\(rule.descriptor.id.name) has no \(kind) fixture")
            }
        }
    }

    @Test func descriptorsAreFoundByCodeOrName() {
        #expect(RuleRegistry.descriptor(named: "apg208")?.id.name == "goal-alternatives")
        #expect(RuleRegistry.descriptor(named: "Goal-Alternatives")?.id.code == "APG208")
        #expect(RuleRegistry.descriptor(named: "goal-alternative") == nil)
    }

    static func duplicates(_ values: [String]) -> [String] {
        Dictionary(grouping: values, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return !first.isUppercase
    }

    static func isCode(_ code: String) -> Bool {
        code.count == 6 && code.hasPrefix("APG") && code.dropFirst(3).allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isKebabCase(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasSuffix("-") && !name.contains("--")
            && name.allSatisfy { ($0.isASCII && $0.isLowercase) || ($0.isASCII && $0.isNumber) || $0 == "-" }
    }
}
