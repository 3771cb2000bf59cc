@testable import Compiler
import Diagnostics
import PlanModel

/// Builds `GuideFile`s in code, the way the front end would hand them to the linker.
enum Guide {
    static func file(
        _ path: String,
        account: String? = "Bosch Group",
        country: String? = nil,
        region: String? = nil,
        language: String = "en",
        _ build: (inout GuideFile) -> Void = { _ in }
    ) -> GuideFile {
        var frontMatter = FrontMatter()
        frontMatter.account = account
        frontMatter.country = country
        frontMatter.region = region
        frontMatter.keyLocations["account"] = SourceLocation(file: path, line: 2, column: 1)
        var file = GuideFile(path: path, frontMatter: frontMatter, language: language)
        build(&file)
        return file
    }

    static func at(_ file: String, _ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func ref(_ id: String, _ file: String, _ line: Int, _ column: Int = 3) -> Reference {
        Reference(id: id, location: at(file, line, column))
    }

    static func person(_ handle: String, _ file: String, _ line: Int) -> PersonRef {
        PersonRef(handle: handle, location: at(file, line, 10))
    }

    static func member(_ handle: String, _ file: String, _ line: Int, role: String? = "Application Engineer") -> Member {
        var member = Member(id: handle, title: "Person \(handle.lowercased())", location: at(file, line))
        member.role = role
        return member
    }

    static func unit(_ id: String, _ file: String, _ line: Int, parent: String? = nil) -> OrgUnit {
        var unit = OrgUnit(id: id, title: "Unit \(id.lowercased())", idSource: .explicit, location: at(file, line))
        unit.parent = parent.map { ref($0, file, line - 1) }
        return unit
    }

    static func item(_ id: String, _ file: String, _ line: Int, country: String? = nil) -> Item {
        var item = Item(id: id, title: "Item \(id.lowercased())", idSource: .code, location: at(file, line))
        item.kind = .issue
        item.priority = .high
        item.countries = country.map { [$0] } ?? []
        return item
    }

    static func goal(_ id: String, _ file: String, _ line: Int, target: Double = 12) -> Goal {
        var goal = Goal(id: id, title: "Goal \(id.lowercased())", idSource: .code, location: at(file, line))
        goal.target = Quantity(value: target, text: String(Int(target)))
        return goal
    }

    static func strategy(_ id: String, goal: String, _ file: String, _ line: Int) -> Strategy {
        var strategy = Strategy(id: id, title: "Strategy \(id.lowercased())", idSource: .code, location: at(file, line))
        strategy.goal = ref(goal, file, line)
        strategy.status = .selected
        return strategy
    }

    static func tactic(_ id: String, strategy: String, _ file: String, _ line: Int) -> Tactic {
        var tactic = Tactic(id: id, title: "Tactic \(id.lowercased())", idSource: .code, location: at(file, line))
        tactic.strategy = ref(strategy, file, line)
        return tactic
    }

    static func action(_ id: String, _ file: String, _ line: Int, strategy: String? = nil, tactic: String? = nil, owner: String = "jweber") -> ActionItem {
        var action = ActionItem(id: id, title: "Action \(id.lowercased())", idSource: .code, location: at(file, line))
        action.strategy = strategy.map { ref($0, file, line + 1) }
        action.tactic = tactic.map { ref($0, file, line + 2) }
        action.owners = [person(owner, file, line + 3)]
        action.due = PlanDate(year: 2027, month: 3, day: 31)
        return action
    }

    /// A global file with a team, one goal, strategy S1.1 and tactic T1.1.1.
    static func global(_ build: (inout GuideFile) -> Void = { _ in }) -> GuideFile {
        file("global.md") { file in
            file.members = [member("jweber", "global.md", 5), member("kbauer", "global.md", 6)]
            file.goals = [goal("G1", "global.md", 10)]
            file.strategies = [strategy("S1.1", goal: "G1", "global.md", 15)]
            file.tactics = [tactic("T1.1.1", strategy: "S1.1", "global.md", 18)]
            build(&file)
        }
    }
}

extension Linker.Result {
    func diagnostics(_ rule: RuleDescriptor) -> [Diagnostic] { diagnostics.filter { $0.rule == rule.id } }
}

func link(_ files: [GuideFile], config: WorkspaceConfig = WorkspaceConfig()) -> Linker.Result {
    Linker(config: config).link(files)
}
