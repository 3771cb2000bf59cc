import APGJSON
@testable import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
@testable import Render
import Testing

/// A small linked account, built in code, rendered to plan.json.
enum PlanFixture {
    static let globalText = """
        ---
        account: Bosch Group
        ---
        # Bosch
        ## Team
        - Anna Müller (@amueller) — Key Account Manager
        """

    static func files() -> [GuideFile] {
        func at(_ file: String, _ line: Int, _ column: Int = 1) -> Diagnostics.SourceLocation { Diagnostics.SourceLocation(file: file, line: line, column: column) }
        var frontMatter = FrontMatter()
        frontMatter.account = "Bosch Group"
        var global = GuideFile(path: "global.md", frontMatter: frontMatter, language: "en")
        var member = Member(id: "amueller", title: "Anna Müller", location: at("global.md", 6))
        member.role = "Key Account Manager"
        member.function = "Sales"
        member.country = "DE"
        global.members = [member]
        global.vision = Vision(markdown: "Preferred partner.", location: at("global.md", 8))
        var unit = OrgUnit(id: "xc", title: "Cross-Domain Computing", idSource: .explicit, location: at("global.md", 10))
        unit.type = .division
        unit.themes = ["SiC"]
        global.units = [unit]
        var secret = OrgUnit(id: "secret", title: "Internal unit", idSource: .explicit, location: at("global.md", 11))
        secret.visibility = .internal
        global.units.append(secret)
        var goal = Goal(id: "G1", title: "Double design wins", idSource: .code, location: at("global.md", 20))
        goal.target = Quantity(value: 12, text: "12")
        goal.due = PlanDate(year: 2028, month: 12, day: 31)
        goal.sponsors = [PersonRef(handle: "AMueller", location: at("global.md", 21, 12))]
        global.goals = [goal]
        var strategy = Strategy(id: "S1.1", title: "Co-develop", idSource: .code, location: at("global.md", 25))
        strategy.goal = Reference(id: "g1", location: at("global.md", 25))
        strategy.status = .selected
        strategy.addresses = [Reference(id: "I-07", location: at("global.md", 27, 14)), Reference(id: "secret-item", location: at("global.md", 27, 20))]
        strategy.units = [Reference(id: "secret", location: at("global.md", 28, 10))]
        global.strategies = [strategy]
        var tactic = Tactic(id: "T1.1.1", title: "Technology days", idSource: .code, location: at("global.md", 30))
        tactic.strategy = Reference(id: "S1.1", location: at("global.md", 30))
        global.tactics = [tactic]
        var action = ActionItem(id: "A1", title: "Run the first technology day", idSource: .code, location: at("global.md", 31, 5))
        action.tactic = Reference(id: "T1.1.1", location: at("global.md", 31))
        action.owners = [PersonRef(handle: "amueller", location: at("global.md", 32, 14))]
        action.due = PlanDate(year: 2027, month: 6, day: 30, precision: .quarter)
        action.milestones = [Milestone(date: PlanDate(year: 2027, month: 1, day: 15) ?? PlanDate(dayNumber: 0), title: "agenda agreed", location: at("global.md", 34))]
        action.history = [HistoryEntry(date: PlanDate(year: 2027, month: 1, day: 10) ?? PlanDate(dayNumber: 0), status: .atRisk, text: "venue open", location: at("global.md", 35))]
        action.target = Quantity(value: 20, text: "20")
        global.actions = [action]

        var germanFrontMatter = FrontMatter()
        germanFrontMatter.account = "Bosch Group"
        germanFrontMatter.country = "DE"
        var germany = GuideFile(path: "de.md", frontMatter: germanFrontMatter, language: "de")
        var item = Item(id: "I-07", title: "Lieferengpass SiC", idSource: .code, location: at("de.md", 12))
        item.kind = .issue
        item.priority = .high
        item.themes = ["SiC", "supply"]
        item.value = Quantity(value: 2_500_000, unit: "EUR", text: "EUR 2,5 Mio")
        item.language = "de"
        var hidden = Item(id: "secret-item", title: "Intern", idSource: .code, location: at("de.md", 14))
        hidden.visibility = .internal
        germany.items = [item, hidden]
        return [germany, global]
    }

    static func compilation(diagnostics extra: [Diagnostic] = []) -> Compilation {
        let files = files()
        let linked = Linker(config: WorkspaceConfig()).link(files)
        let workspace = Workspace(root: URL(fileURLWithPath: "/nonexistent"), config: WorkspaceConfig(), configSource: nil, files: [], diagnostics: [])
        return Compilation(
            workspace: workspace,
            files: files,
            model: linked.model,
            synthesis: SynthesisResult(),
            sources: ["global.md": SourceText(path: "global.md", text: globalText)],
            diagnostics: (linked.diagnostics + extra).sortedStably(),
            asOf: PlanDate(year: 2027, month: 3, day: 1) ?? PlanDate(dayNumber: 0)
        )
    }

    static func render(_ compilation: Compilation, audience: Audience = .team) throws -> String {
        let outputs = try PlanJSONRenderer().render(compilation, options: RenderOptions(audience: audience))
        let output = try #require(outputs.first)
        #expect(outputs.count == 1)
        #expect(output.path == "plan.json")
        return String(decoding: output.contents, as: UTF8.self)
    }

    static func document(_ compilation: Compilation, audience: Audience = .team) -> JSONValue {
        PlanJSONRenderer.document(for: compilation, audience: audience)
    }
}

@Suite struct PlanJSONRendererTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let first = try PlanFixture.render(PlanFixture.compilation())
        let second = try PlanFixture.render(PlanFixture.compilation())
        #expect(first == second)
        #expect(first.hasPrefix("{\n  \"version\": 1,\n  \"account\": \"Bosch Group\",\n"))
        #expect(first.hasSuffix("}\n"))
    }

    @Test func topLevelKeysComeInTheDocumentedOrder() throws {
        guard case .object(let members) = PlanFixture.document(PlanFixture.compilation()) else {
            Issue.record("plan.json is not an object")
            return
        }
        #expect(members.map(\.key) == [
            "version", "account", "sources", "team", "units", "stakeholders", "items", "vision",
            "goals", "strategies", "tactics", "actions", "clusters", "organization", "diagnostics",
        ])
    }

    @Test func entitiesCarryTheirSourceWithCodePointColumns() throws {
        let document = PlanFixture.document(PlanFixture.compilation())
        let member = try #require(document["team"]?.arrayValue?.first)
        #expect(member["id"] == "amueller")
        #expect(member["title"] == "Anna Müller")
        #expect(member["source"] == ["file": "global.md", "line": 6, "column": 1, "origin": nil])
        let sponsor = try #require(document["goals"]?.arrayValue?.first?["sponsors"])
        #expect(sponsor == ["amueller"])  // spelt as the team defines it
        let item = try #require(document["items"]?.arrayValue?.first)
        #expect(item["source"]?["origin"] == "DE")
        #expect(item["value"] == ["amount": 2_500_000, "unit": "EUR", "text": "EUR 2,5 Mio"])
        #expect(item["theme"] == "SiC")
        #expect(item["countries"] == ["DE"])
        #expect(document["sources"]?.arrayValue?.map { $0["path"] } == ["global.md", "de.md"])
    }

    @Test func columnsCountCodePointsNotBytes() throws {
        // Line 6 is "- Anna Müller (@amueller) — …": byte column 17 is code point column 16.
        let diagnostic = Diagnostic(rule: RuleID(code: "APG104", name: "unknown-person"), severity: .error, message: "x",
                                    location: Diagnostics.SourceLocation(file: "global.md", line: 6, column: 17))
        let document = PlanFixture.document(PlanFixture.compilation(diagnostics: [diagnostic]))
        let reported = try #require(document["diagnostics"]?.arrayValue?.first { $0["message"] == "x" })
        #expect(reported["location"] == ["file": "global.md", "line": 6, "column": 16])
        #expect(reported["rule"] == "APG104")
    }

    @Test func actionsHaveTheirLinkedStrategyEffectiveStatusAndDates() throws {
        let document = PlanFixture.document(PlanFixture.compilation())
        let action = try #require(document["actions"]?.arrayValue?.first)
        #expect(action["strategy"] == "S1.1")
        #expect(action["tactic"] == "T1.1.1")
        #expect(action["owners"] == ["amueller"])
        #expect(action["due"] == "2027-06-30")
        #expect(action["status"] == "at-risk")
        #expect(action["done"] == .null)
        #expect(action["milestones"] == [["date": "2027-01-15", "title": "agenda agreed"]])
        #expect(action["history"] == [["date": "2027-01-10", "status": "at-risk", "text": "venue open"]])
        #expect(action["target"]?["amount"] == 20)
        #expect(action["actual"] == .null)
        #expect(action["source"]?["column"] == 5)
        let strategy = try #require(document["strategies"]?.arrayValue?.first)
        #expect(strategy["goal"] == "G1")
        #expect(strategy["status"] == "selected")
    }

    @Test func aCustomerBuildLeavesOutInternalEntitiesAndDiagnostics() throws {
        let warning = Diagnostic(rule: RuleID(code: "APG110", name: "vision-conflict"), severity: .warning, message: "internal finding", location: nil)
        var compilation = PlanFixture.compilation(diagnostics: [warning])
        // Items are left out of a customer edition unless marked for it.
        for index in compilation.model.items.indices where compilation.model.items[index].id == "I-07" {
            compilation.model.items[index].visibility = .customer
        }
        let team = PlanFixture.document(compilation, audience: .team)
        let customer = PlanFixture.document(compilation, audience: .customer)
        #expect(team["units"]?.arrayValue?.count == 2)
        #expect(customer["units"]?.arrayValue?.map { $0["id"] } == ["xc"])
        #expect(customer["items"]?.arrayValue?.map { $0["id"] } == ["I-07"])
        #expect(customer["strategies"]?.arrayValue?.first?["addresses"] == ["I-07"])
        #expect(customer["strategies"]?.arrayValue?.first?["units"] == [])
        #expect(customer["diagnostics"] == [])
        #expect(team["diagnostics"]?.arrayValue?.isEmpty == false)
    }

    static func schemaValidator() throws -> JSONSchemaValidator {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas/plan.schema.json")
        return try JSONSchemaValidator(schemaText: String(contentsOf: url, encoding: .utf8))
    }

    @Test(arguments: [Audience.team, Audience.customer])
    func planJSONIsValidAgainstItsSchema(audience: Audience) throws {
        let finding = Diagnostic(rule: RuleID(code: "APG100", name: "duplicate-definition"), severity: .error, message: "x",
                                 location: Diagnostics.SourceLocation(file: "global.md", line: 6, column: 3),
                                 notes: [DiagnosticNote("first", at: nil)], fix: FixSuggestion("y", replacement: "z"))
        let text = try PlanFixture.render(PlanFixture.compilation(diagnostics: [finding]), audience: audience)
        let errors = try Self.schemaValidator().validate(JSONParser.parse(text))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }

    @Test func theSchemaRejectsUnknownKeysAndMissingFields() throws {
        guard case .object(var members) = PlanFixture.document(PlanFixture.compilation()) else {
            Issue.record("plan.json is not an object")
            return
        }
        members.append((key: "generatedAt", value: "2027-03-01T10:00:00Z"))
        members.removeAll { $0.key == "account" }
        let errors = try Self.schemaValidator().validate(.object(members))
        #expect(errors.count >= 2)

        // Nested definitions are checked too: an action with an unknown status.
        let text = try PlanFixture.render(PlanFixture.compilation())
        let broken = text.replacingOccurrences(of: "\"status\": \"at-risk\",\n      \"checked\"", with: "\"status\": \"late\",\n      \"checked\"")
        #expect(broken != text)
        #expect(try !Self.schemaValidator().validate(JSONParser.parse(broken)).isEmpty)
    }
}
