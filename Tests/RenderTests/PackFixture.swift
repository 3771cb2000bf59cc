@testable import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel
import Render

/// A small account built in code (the front end and linker land separately): two
/// countries, a goal with three alternative strategies, tactics, actions, milestones,
/// an org tree with an acquired uncovered unit, and internal entities marked SECRET.
enum PackFixture {
    static func at(_ file: String, _ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }
    static func date(_ text: String) -> PlanDate {
        if case .success(let date) = PlanDate.parse(text) { return date }
        return PlanDate(dayNumber: 0)
    }
    static func person(_ handle: String) -> PersonRef { PersonRef(handle: handle, location: at("global.md", 1)) }
    static func ref(_ id: String) -> Reference { Reference(id: id, location: at("global.md", 1)) }
    static func quantity(_ text: String) -> Quantity { Quantity(value: Double(text) ?? 0, text: text) }

    static func compilation(goalTitle: String = "Double automotive design wins by 2028", actionTitle: String = "Run the first technology day", prose: String = "Visit **Reutlingen** fab.", horizon: Bool = true) -> Compilation {
        var model = AccountModel(account: "Bosch Group")
        model.sources = [
            SourceFileInfo(path: "global.md", country: nil, region: nil, language: "en", updated: date("2027-01-12"), authors: ["amueller"], isGlobal: true),
            SourceFileInfo(path: "de.md", country: "DE", region: nil, language: "de", updated: date("2027-01-20"), authors: ["jweber"], isGlobal: false),
            SourceFileInfo(path: "us.md", country: "US", region: nil, language: "en", updated: nil, authors: [], isGlobal: false),
        ]
        var anna = Member(id: "amueller", title: "Anna Müller", location: at("global.md", 8))
        anna.role = "Key Account Manager"; anna.function = "Sales"; anna.country = "DE"
        var jonas = Member(id: "jweber", title: "Jonas Weber", location: at("de.md", 6))
        jonas.function = "Application Engineering"; jonas.country = "DE"
        var mia = Member(id: "mchen", title: "Mia Chen", location: at("us.md", 6))
        mia.function = "Product Marketing"; mia.country = "US"
        var secretMember = Member(id: "secretagent", title: "SECRET Member", location: at("de.md", 12))
        secretMember.visibility = .internal; secretMember.function = "Sales"; secretMember.country = "DE"
        model.team = [anna, jonas, mia, secretMember]

        var group = OrgUnit(id: "bosch", title: "Bosch Group", idSource: .explicit, location: at("global.md", 20))
        group.type = .group; group.coveredBy = [person("amueller")]
        var mobility = OrgUnit(id: "mobility", title: "Mobility", idSource: .explicit, location: at("global.md", 22))
        mobility.parent = ref("bosch"); mobility.themes = ["software-defined vehicle", "SiC power electronics"]; mobility.coveredBy = [person("jweber")]
        var xc = OrgUnit(id: "xc", title: "Cross-Domain Computing Solutions", idSource: .explicit, location: at("global.md", 25))
        xc.parent = ref("mobility"); xc.themes = ["central compute"]; xc.country = "DE"; xc.coveredBy = [person("jweber")]
        var acquired = OrgUnit(id: "etas", title: "ETAS", idSource: .explicit, location: at("de.md", 30))
        acquired.parent = ref("mobility"); acquired.acquired = 2019; acquired.themes = ["tooling"]
        var secretUnit = OrgUnit(id: "skunk", title: "SECRET Skunkworks", idSource: .explicit, location: at("de.md", 34))
        secretUnit.parent = ref("bosch"); secretUnit.visibility = .internal
        var secretChild = OrgUnit(id: "skunk-lab", title: "SECRETLAB", idSource: .explicit, location: at("de.md", 36))
        secretChild.parent = ref("skunk")
        model.units = [group, mobility, xc, acquired, secretUnit, secretChild]

        var kling = Stakeholder(id: "kling", title: "Dr. Eva Kling", idSource: .slug, location: at("de.md", 40))
        kling.jobTitle = "VP Purchasing"; kling.unit = ref("mobility"); kling.buyingRole = .decisionMaker; kling.stance = .supporter
        kling.coveredBy = [person("amueller")]; kling.lastContact = date("2027-01-05")
        var secretPerson = Stakeholder(id: "mole", title: "SECRET Mole", idSource: .slug, location: at("de.md", 44))
        secretPerson.unit = ref("skunk-lab"); secretPerson.buyingRole = .influencer
        model.stakeholders = [kling, secretPerson]

        var issue = Item(id: "DE-I1", title: "Long qualification cycles for SiC modules", idSource: .code, location: at("de.md", 50))
        issue.kind = .issue; issue.unit = ref("xc"); issue.themes = ["SiC power electronics"]; issue.priority = .high
        issue.countries = ["DE"]; issue.products = ["SiC MOSFET"]
        var opportunity = Item(id: "US-O1", title: "800 V inverter platform", idSource: .code, location: at("us.md", 20))
        opportunity.kind = .opportunity; opportunity.unit = ref("xc"); opportunity.themes = ["SiC power electronics"]
        opportunity.priority = .medium; opportunity.countries = ["US"]; opportunity.value = Quantity(value: 2_500_000, unit: "EUR", text: "EUR 2.5M")
        opportunity.products = ["SiC MOSFET", "Gate driver"]
        var secretItem = Item(id: "DE-I9", title: "SECRET pricing weakness", idSource: .code, location: at("de.md", 60))
        secretItem.kind = .issue; secretItem.visibility = .internal; secretItem.countries = ["DE"]
        model.items = [issue, opportunity, secretItem]

        model.vision = Vision(markdown: "Become Bosch's **first-choice** partner for power semiconductors.", location: at("global.md", 14))

        var goal = Goal(id: "G1", title: goalTitle, idSource: .code, location: at("global.md", 70))
        goal.metric = "design wins per year"; goal.baseline = quantity("6"); goal.target = quantity("12"); goal.due = date("2028-12-31")
        goal.sponsors = [person("amueller")]
        var secretGoal = Goal(id: "G9", title: "SECRET goal", idSource: .code, location: at("global.md", 120))
        secretGoal.visibility = .internal
        model.goals = [goal, secretGoal]

        var s11 = Strategy(id: "S1.1", title: "Co-develop the SiC roadmap with Cross-Domain Computing", idSource: .code, location: at("global.md", 76))
        s11.goal = ref("G1"); s11.status = .selected; s11.addresses = [ref("DE-I1"), ref("US-O1"), ref("DE-I9")]; s11.units = [ref("xc")]; s11.owners = [person("jweber")]
        var s12 = Strategy(id: "S1.2", title: "Win ETAS as tooling partner", idSource: .code, location: at("global.md", 95))
        s12.goal = ref("G1"); s12.status = .proposed; s12.units = [ref("etas")]
        var s13 = Strategy(id: "S1.3", title: "Price aggressively", idSource: .code, location: at("global.md", 105))
        s13.goal = ref("G1"); s13.status = .rejected; s13.owners = [person("secretagent")]
        var s91 = Strategy(id: "S9.1", title: "SECRET strategy", idSource: .code, location: at("global.md", 122))
        s91.goal = ref("G9")
        model.strategies = [s11, s12, s13, s91]

        var tactic = Tactic(id: "T1.1.1", title: "Quarterly technology days with the XC architects", idSource: .code, location: at("global.md", 82))
        tactic.strategy = ref("S1.1")
        model.tactics = [tactic]

        var a1 = ActionItem(id: "A1", title: actionTitle, idSource: .code, location: at("global.md", 83))
        a1.strategy = ref("S1.1"); a1.tactic = ref("T1.1.1"); a1.owners = [person("jweber")]; a1.due = date("2027-02-15")
        a1.milestones = [Milestone(date: date("2027-01-15"), title: "agenda agreed with XC", location: at("global.md", 86))]
        a1.metric = "XC engineers attending"; a1.target = quantity("20")
        a1.history = [HistoryEntry(date: date("2027-01-10"), status: .onTrack, text: "venue booked", location: at("global.md", 89))]
        var a2 = ActionItem(id: "A2", title: "Send the SiC roadmap under NDA", idSource: .code, location: at("global.md", 90))
        a2.strategy = ref("S1.1"); a2.owners = [person("amueller"), person("mchen")]; a2.due = date("2027-Q2"); a2.status = .atRisk
        a2.milestones = [Milestone(date: date("2027-04-30"), title: "NDA signed", location: at("global.md", 93))]
        var a9 = ActionItem(id: "A9", title: "SECRET action", idSource: .code, location: at("global.md", 124))
        a9.strategy = ref("S9.1"); a9.owners = [person("amueller")]; a9.due = date("2027-03-01")
        a9.milestones = [Milestone(date: date("2027-02-01"), title: "SECRET milestone", location: at("global.md", 125))]
        var a3 = ActionItem(id: "A3", title: "SECRET internal action under a visible strategy", idSource: .code, location: at("global.md", 100))
        a3.strategy = ref("S1.2"); a3.owners = [person("mchen")]; a3.due = date("2027-05-01"); a3.visibility = .internal
        model.actions = [a1, a2, a9, a3]

        model.prose = [
            ProseSection(heading: "Notes", markdown: "SECRET note: the buyer is leaving.", location: at("de.md", 80), isNotes: true),
            ProseSection(heading: "Market context", markdown: prose, location: at("us.md", 40), isNotes: false),
        ]

        var config = WorkspaceConfig()
        config.account = "Bosch Group"
        if horizon { config.horizon = WorkspaceConfig.Horizon(start: date("2027-01-01"), end: date("2027-12-31")) }
        let workspace = Workspace(root: URL(fileURLWithPath: "/tmp/ws"), config: config, configSource: nil, files: [], diagnostics: [])
        let diagnostic = Diagnostic(rule: RuleID(code: "APG230", name: "secret-rule"), severity: .warning, message: "SECRET diagnostic", location: at("de.md", 12))
        return Compilation(
            workspace: workspace, files: [], model: model, synthesis: Synthesizer(config: config).synthesize(model),
            sources: ["de.md": SourceText(path: "de.md", text: "SECRET source")],
            diagnostics: [diagnostic], asOf: date("2027-02-01")
        )
    }

    static func render(_ renderer: some Renderer, _ compilation: Compilation = compilation(), options: RenderOptions = RenderOptions()) throws -> [String: String] {
        var result: [String: String] = [:]
        for file in try renderer.render(compilation, options: options) {
            result[file.path] = String(decoding: file.contents, as: UTF8.self)
        }
        return result
    }

    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
}
