import Compiler
import Diagnostics
import Foundation
import PlanModel
import Testing
import Vocabulary

/// Compiles a small workspace written to a temporary folder.
enum CustomerWorkspace {
    static func compile(_ files: [String: String]) async throws -> Compilation {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-customer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        let asOf = try PlanDate.parse("2027-01-01").get()
        return try await AccountCompiler(options: .init(asOf: asOf)).compile(root: root)
    }

    /// A global guide: `plan` goes under `## Goals`, after a team, an organization, two
    /// stakeholders (one opted in) and two items (one opted in).
    static func guide(_ plan: String) -> String {
        """
        ---
        account: Nordwind Group
        language: en
        updated: 2026-11-20
        authors: [ashown]
        ---

        # Nordwind

        ## Team

        - Alice Shown (@ashown) — Account Lead
          - Function: Sales
          - Country: DE
          - Email: alice@example.com
        - Zed Hidden (@zhidden) — Analyst
          - Function: Product Marketing
          - Country: FR
          - Visibility: internal

        ## Customer Organization

        - Drives Division {#drives}
          - Type: division
          - Themes: inverters
          - Covered by: @ashown

        ## Stakeholders

        - Dr. Eva Kling — VP Purchasing {#kling}
          - Unit: #drives
          - Stance: critic
        - Olga Visible — Head of Engineering {#olga}
          - Unit: #drives
          - Visibility: customer

        ## Issues and Opportunities

        ### Issues

        - GL-I1: Delivery delays on gate drivers
          - Unit: #drives
          - Value: EUR 2.5 Mio
        - GL-I2: Sensor quality escapes
          - Unit: #drives
          - Visibility: customer

        ## Goals

        \(plan)
        """
    }

    static func leaks(_ plan: String) async throws -> [Diagnostic] {
        let compilation = try await compile(["global.md": guide(plan)])
        return LeakCheck(compilation.customerEdition).diagnostics(outputs: ["workshop-pack.html"])
    }
}

@Suite struct CustomerEditionTests {
    static let plan = """
    ### G1: Grow design wins

    - Metric: design wins
    - Target: 6
    - Current: 4
    - Sponsor: @zhidden

    #### S1.1: Co-develop the inverter

    - Status: selected
    - Addresses: GL-I1, GL-I2
    - Owner: @ashown
    - Budget: EUR 40k
    - 2026-11-02: on track — the buyer is still sceptical

    - [ ] A1: Agree the test plan
      - Owner: @ashown, @zhidden
      - Due: 2027-03-31
      - Milestone: 2027-02-15 — test plan signed
      - Metric: steps
      - Target: 5

    #### S1.2: Undercut on price

    - Status: rejected
    - Owner: @ashown
    """

    @Test func theAllowListDecidesWhatACustomerSees() async throws {
        let compilation = try await CustomerWorkspace.compile(["global.md": CustomerWorkspace.guide(Self.plan)])
        let model = compilation.customerEdition.compilation.model
        #expect(model.team.map(\.id) == ["Alice Shown"], "internal members leave; handles become names")
        #expect(model.team.first?.email == nil && model.team.first?.role == nil && model.team.first?.function == "Sales")
        #expect(model.stakeholders.map(\.title) == ["Olga Visible"], "stakeholders only when opted in")
        #expect(model.items.map(\.id) == ["GL-I2"], "issues only when opted in")
        #expect(model.items.allSatisfy { $0.value == nil && $0.priority == nil })
        #expect(model.strategies.map(\.id) == ["S1.1"], "only selected strategies")
        #expect(model.strategies.first?.addresses.map(\.id) == ["GL-I2"])
        #expect(model.strategies.first?.customFields.isEmpty == true, "Budget is not in customer-fields")
        #expect(model.strategies.first?.history.map(\.text) == [""], "history comments are the team's")
        #expect(model.goals.first?.current == nil && model.goals.first?.sponsors.isEmpty == true)
        #expect(model.actions.first?.owners.map(\.handle) == ["Alice Shown"])
        #expect(model.actions.first?.metric == nil && model.actions.first?.milestones.count == 1)
        #expect(model.units.first?.coveredBy.isEmpty == true)
        #expect(model.sources.first?.authors == ["Alice Shown"])
    }

    @Test func customerFieldsOptCustomFieldsIn() async throws {
        let compilation = try await CustomerWorkspace.compile([
            "global.md": CustomerWorkspace.guide(Self.plan),
            "apg.yaml": "fields: [Budget]\ncustomer-fields: [budget]\n",
        ])
        #expect(compilation.diagnostics.filter { $0.severity == .error }.isEmpty)
        let strategy = compilation.customerEdition.compilation.model.strategies.first
        #expect(strategy?.customFields.map(\.value) == ["EUR 40k"])
    }

    @Test(arguments: ["en", "de", "fr", "es", "it", "pt", "ja", "zh"])
    func visibilityWordsExistInEveryLanguage(language: String) {
        let vocabulary = Vocabulary.bundled
        for value in Visibility.allCases {
            let words = vocabulary.words(for: value.rawValue, in: .visibility, language: language)
            #expect(!words.isEmpty, "no '\(value.rawValue)' in \(language)")
            for word in words { #expect(vocabulary.key(word, in: .visibility) == value.rawValue) }
        }
    }

    /// The plan with `action` added under the selected strategy S1.1.
    static func plan(adding action: String) -> String {
        plan.replacingOccurrences(of: "#### S1.2", with: action + "\n\n#### S1.2")
    }

    @Test func plannedTextWithoutLeaksPasses() async throws {
        #expect(try await CustomerWorkspace.leaks(Self.plan).isEmpty)
    }

    @Test(arguments: [
        ("- [ ] A9: Win over Eva Kling\n  - Owner: @ashown", "'Eva Kling', the name of stakeholder 'Dr. Eva Kling'"),
        ("- [ ] A9: Convince KLING first\n  - Owner: @ashown", "'Kling', the name of stakeholder 'Dr. Eva Kling'"),
        ("- [ ] A9: Deck\n  - Owner: @ashown\n  - Milestone: 2027-01-20 — reviewed with @ashown", "'@ashown', the handle of team member 'Alice Shown'"),
        ("- [ ] A9: Ask Zed Hidden for the numbers\n  - Owner: @ashown", "'Zed Hidden', the name of internal team member 'Zed Hidden'"),
        ("- [ ] A9: Follow up on S1.2\n  - Owner: @ashown", "'S1.2', the code of rejected strategy S1.2"),
        ("- [ ] A9: Prepare the undercut on price memo\n  - Owner: @ashown", "'Undercut on price', the title of rejected strategy S1.2"),
        ("- [ ] A9: Fix GL-I1 first\n  - Owner: @ashown", "'GL-I1', the code of issue GL-I1"),
        ("- [ ] A9: Close the 2.5 Mio gap\n  - Owner: @ashown", "'2.5 Mio', the value of GL-I1"),
        ("- [ ] A9: Mail alice@example.com\n  - Owner: @ashown", "'alice@example.com', the e-mail address of team member 'Alice Shown'"),
    ])
    func plantedLeaksAreErrors(action: String, expected: String) async throws {
        let leaks = try await CustomerWorkspace.leaks(Self.plan(adding: action))
        #expect(leaks.count == 1, "\(leaks.map(\.message))")
        let leak = try #require(leaks.first)
        #expect(leak.rule.code == "APG350" && leak.severity == .error)
        #expect(leak.message.contains(expected), "\(leak.message)")
        #expect(leak.message.contains("would leak into the customer edition (workshop-pack.html)"))
        #expect(leak.location?.file == "global.md" && (leak.location?.line ?? 0) > 60)
    }

    @Test(arguments: [
        "- [ ] A9: Klingbeil plant visit\n  - Owner: @ashown",
        "- [ ] A9: Run the user training\n  - Owner: @ashown",
        "- [ ] A9: Meet Olga Visible on the roadmap\n  - Owner: @ashown",
    ])
    func wordsMatchWholeAndRoleWordsNeedAName(action: String) async throws {
        #expect(try await CustomerWorkspace.leaks(Self.plan(adding: action)).isEmpty)
    }

    @Test(arguments: ["critic", "Kritiker", "gatekeeper", "décideur"])
    func aRoleWordNextToANameIsAWarning(word: String) async throws {
        let leaks = try await CustomerWorkspace.leaks(Self.plan(adding: "- [ ] A9: Meet Olga Visible, our \(word)\n  - Owner: @ashown"))
        #expect(leaks.map(\.rule.code) == ["APG351"], "\(leaks.map(\.message))")
        #expect(leaks.first?.severity == .warning)
    }

    @Test func theAssessmentWarningFollowsRulesButTheLeakErrorDoesNot() async throws {
        let compilation = try await CustomerWorkspace.compile([
            "global.md": CustomerWorkspace.guide(Self.plan(adding: "- [ ] A9: Meet Olga Visible, our critic, and Eva Kling\n  - Owner: @ashown")),
            "apg.yaml": "rules: { customer-edition-assessment: off, APG350: off }\n",
        ])
        let leaks = LeakCheck(compilation.customerEdition).diagnostics(outputs: ["plan.json"])
        #expect(leaks.map(\.rule.code) == ["APG350"], "\(leaks.map(\.message))")
        #expect(leaks.first?.severity == .error)
    }

    @Test func chineseNamesMatchWithoutSpaces() async throws {
        let compilation = try await CustomerWorkspace.compile([
            "global.md": CustomerWorkspace.guide(Self.plan(adding: "- [ ] A9: 与王建国会面\n  - Owner: @ashown"))
                .replacingOccurrences(of: "Dr. Eva Kling", with: "王建国"),
        ])
        let leaks = LeakCheck(compilation.customerEdition).diagnostics(outputs: ["plan.json"])
        #expect(leaks.map(\.rule.code) == ["APG350"], "\(leaks.map(\.message))")
    }
}
