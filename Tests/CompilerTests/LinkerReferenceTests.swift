@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct LinkerReferenceTests {
    @Test func anItemNamingItselfIsReportedWhereItDoesSo() throws {
        let germany = Guide.file("de.md", country: "DE") { file in
            var item = Guide.item("DE-I3", "de.md", 12)
            item.sameAs = [Guide.ref("de-i3", "de.md", 14)]
            file.items = [item, Guide.item("DE-I4", "de.md", 20)]
        }
        let result = link([Guide.global(), germany])
        let finding = try #require(result.diagnostics(LinkerRules.selfReference).first)
        #expect(result.diagnostics(LinkerRules.selfReference).count == 1)
        #expect(finding.message == "item 'DE-I3' names itself in Same as")
        #expect(finding.location == Guide.at("de.md", 14, 3))
        #expect(finding.severity == .warning)
    }

    @Test func aCountryActionAttachesToAStrategyOfTheGlobalFile() {
        let global = Guide.global { file in
            var nested = Guide.action("A1", "global.md", 20, tactic: "T1.1.1")
            nested.strategy = nil
            file.actions = [nested]
        }
        let germany = Guide.file("de.md", country: "DE", language: "de") { file in
            file.actions = [
                Guide.action("DE-A1", "de.md", 30, strategy: "s1.1", owner: "KBauer"),
                Guide.action("DE-A2", "de.md", 40, tactic: "t1.1.1"),
            ]
        }
        let result = link([germany, global])
        #expect(result.diagnostics.isEmpty)
        let actions = result.model.actions
        #expect(actions.map(\.id) == ["A1", "DE-A1", "DE-A2"])
        #expect(actions.map { $0.strategy?.id } == ["S1.1", "S1.1", "S1.1"])
        #expect(actions.map { $0.tactic?.id } == ["T1.1.1", nil, "T1.1.1"])
        #expect(actions[1].owners.map(\.handle) == ["kbauer"])
        // The derived strategy points at the place that determined it.
        #expect(actions[2].strategy?.location == Guide.at("de.md", 42, 3))
    }

    @Test func anActionWithNeitherStrategyNorTacticIsAnError() throws {
        let germany = Guide.file("de.md", country: "DE") { file in
            file.actions = [Guide.action("DE-A1", "de.md", 30)]
        }
        let result = link([Guide.global(), germany])
        let error = try #require(result.diagnostics(LinkerRules.actionWithoutParent).first)
        #expect(error.message == "action 'DE-A1' belongs to no strategy or tactic")
        #expect(error.location == Guide.at("de.md", 30))
    }

    @Test func anActionWhoseStrategyIsNotItsTacticsIsAnError() throws {
        let global = Guide.global { file in
            file.strategies.append(Guide.strategy("S1.2", goal: "G1", "global.md", 25))
        }
        let germany = Guide.file("de.md", country: "DE") { file in
            file.actions = [Guide.action("DE-A2", "de.md", 30, strategy: "S1.2", tactic: "T1.1.1")]
        }
        let result = link([global, germany])
        let error = try #require(result.diagnostics(LinkerRules.actionParentMismatch).first)
        #expect(error.location == Guide.at("de.md", 31, 3))
        #expect(error.message == "action 'DE-A2' names strategy 'S1.2' but its tactic 'T1.1.1' belongs to strategy 'S1.1'")
    }

    @Test func anUnknownOwnerIsAnErrorAtItsUseWithASuggestion() throws {
        let germany = Guide.file("de.md", country: "DE") { file in
            file.actions = [Guide.action("DE-A1", "de.md", 30, strategy: "S1.1", owner: "jwebr")]
        }
        let result = link([Guide.global(), germany])
        let error = try #require(result.diagnostics(LinkerRules.unknownPerson).first)
        #expect(result.diagnostics.count == 1)
        #expect(error.message == "owner '@jwebr' is not a team member")
        #expect(error.location == Guide.at("de.md", 33, 10))
        #expect(error.fix?.message == "did you mean '@jweber'?")
        #expect(error.fix?.replacement == "@jweber")
    }

    @Test func everyPersonRoleIsResolved() {
        let global = Guide.global { file in
            file.frontMatter.authors = [Guide.person("nobody1", "global.md", 3)]
            file.goals[0].sponsors = [Guide.person("nobody2", "global.md", 11)]
            file.strategies[0].owners = [Guide.person("nobody3", "global.md", 16)]
            file.tactics[0].owners = [Guide.person("nobody4", "global.md", 19)]
            var unit = Guide.unit("xc", "global.md", 30)
            unit.coveredBy = [Guide.person("nobody5", "global.md", 31)]
            file.units = [unit]
            var stakeholder = Stakeholder(id: "kling", title: "Eva Kling", idSource: .slug, location: Guide.at("global.md", 35))
            stakeholder.coveredBy = [Guide.person("nobody6", "global.md", 36)]
            stakeholder.unit = Guide.ref("xc", "global.md", 37)
            file.stakeholders = [stakeholder]
            var item = Guide.item("I-1", "global.md", 45)
            item.raisedBy = [Guide.person("nobody7", "global.md", 46)]
            file.items = [item]
        }
        let result = link([global])
        let messages = result.diagnostics(LinkerRules.unknownPerson).map(\.message)
        #expect(messages == [
            "author '@nobody1' is not a team member",
            "sponsor '@nobody2' is not a team member",
            "owner '@nobody3' is not a team member",
            "owner '@nobody4' is not a team member",
            "covered by '@nobody5' is not a team member",
            "covered by '@nobody6' is not a team member",
            "raised by '@nobody7' is not a team member",
        ])
        #expect(result.diagnostics(LinkerRules.unresolvedReference).isEmpty)
    }

    @Test func unresolvedReferencesSuggestIdsOfTheRightKind() throws {
        let global = Guide.global { file in
            file.items = [Guide.item("I-07", "global.md", 40), Guide.item("I-08", "global.md", 41)]
            file.strategies[0].addresses = [Guide.ref("I-7", "global.md", 16, 14), Guide.ref("G1", "global.md", 16, 20), Guide.ref("i-08", "global.md", 16, 24)]
            file.strategies[0].units = [Guide.ref("nowhere", "global.md", 17)]
        }
        let result = link([global])
        let unresolved = result.diagnostics(LinkerRules.unresolvedReference)
        #expect(unresolved.map(\.message) == ["item 'I-7' in Addresses is not defined", "unit 'nowhere' in Units is not defined"])
        #expect(unresolved.first?.location == Guide.at("global.md", 16, 14))
        #expect(unresolved.first?.fix?.message == "did you mean 'I-07'?")
        #expect(unresolved.last?.fix?.message == "define a unit with the id 'nowhere', or correct the reference")

        let wrongKind = try #require(result.diagnostics(LinkerRules.referenceKindMismatch).first)
        #expect(wrongKind.message == "'G1' in Addresses is a goal, not an item")
        #expect(wrongKind.notes.first?.location == Guide.at("global.md", 10))
        // Resolved references are spelt as defined.
        #expect(result.model.strategies.first?.addresses.map(\.id) == ["I-7", "G1", "I-08"])
    }

    @Test func aFlatActionNamingATacticAsStrategyIsAKindMismatch() throws {
        let germany = Guide.file("de.md", country: "DE") { file in
            file.actions = [Guide.action("DE-A1", "de.md", 30, strategy: "T1.1.1")]
        }
        let result = link([Guide.global(), germany])
        let error = try #require(result.diagnostics(LinkerRules.referenceKindMismatch).first)
        #expect(error.message == "'T1.1.1' in Strategy is a tactic, not a strategy")
        #expect(error.location == Guide.at("de.md", 31, 3))
    }
}
