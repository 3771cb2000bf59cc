@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct LinkerMergeTests {
    @Test func sameMemberInTwoFilesMergesSilently() {
        let global = Guide.global()
        let germany = Guide.file("de.md", country: "DE") { file in
            file.members = [Guide.member("JWeber", "de.md", 8)]
        }
        let result = link([germany, global])
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.team.map(\.id) == ["jweber", "kbauer"])
        #expect(result.model.team.first?.location == Guide.at("global.md", 5))
    }

    @Test func aMemberWithoutCountryWorksInTheCountryOfTheirGuide() {
        let germany = Guide.file("de.md", country: "DE") { file in
            var member = Guide.member("mfischer", "de.md", 8)
            member.country = nil
            file.members = [member]
        }
        let emea = Guide.file("emea.md", region: "EMEA") { file in
            var member = Guide.member("anovak", "emea.md", 8)
            member.country = nil
            file.members = [member]
        }
        let team = link([Guide.global(), germany, emea]).model.team
        #expect(team.first { $0.id == "mfischer" }?.country == "DE")
        // A region is no country: the member's country stays unknown.
        #expect(team.first { $0.id == "anovak" }?.country == nil)
    }

    @Test func conflictingDefinitionIsAnErrorAtTheSecondWithANoteAtTheFirst() throws {
        let global = Guide.global()
        let germany = Guide.file("de.md", country: "DE") { file in
            file.goals = [Guide.goal("g1", "de.md", 12, target: 14)]
        }
        let result = link([global, germany])
        let error = try #require(result.diagnostics(LinkerRules.duplicateDefinition).first)
        #expect(result.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.message == "goal 'g1' is defined twice with different content (Target: 12 vs 14)")
        #expect(error.location == Guide.at("de.md", 12))
        #expect(error.notes.first?.location == Guide.at("global.md", 10))
        #expect(error.fix != nil)
        #expect(result.model.goals.count == 1)
        #expect(result.model.goals.first?.target?.value == 12)
    }

    @Test func conflictingMemberNamesTheRole() throws {
        let global = Guide.global()
        let germany = Guide.file("de.md", country: "DE") { file in
            file.members = [Guide.member("jweber", "de.md", 8, role: "Sales")]
        }
        let error = try #require(link([global, germany]).diagnostics(LinkerRules.duplicateDefinition).first)
        #expect(error.message == "team member '@jweber' is defined twice with different content (Role: 'Application Engineer' vs 'Sales')")
    }

    @Test func theGlobalFileCountsFirstWhateverItsPath() throws {
        // "a.md" sorts before "z-global.md", but the global file defines first.
        let country = Guide.file("a.md", country: "AT") { file in
            file.goals = [Guide.goal("G1", "a.md", 4, target: 20)]
        }
        let global = Guide.file("z-global.md") { file in
            file.goals = [Guide.goal("G1", "z-global.md", 9)]
        }
        let result = link([country, global])
        #expect(result.model.sources.map(\.path) == ["z-global.md", "a.md"])
        #expect(result.model.sources.first?.isGlobal == true)
        #expect(result.model.goals.first?.target?.value == 12)
        let error = try #require(result.diagnostics(LinkerRules.duplicateDefinition).first)
        #expect(error.location?.file == "a.md")
        #expect(error.notes.first?.location?.file == "z-global.md")
    }

    @Test func identicalItemsFromSeveralCountriesUnionTheirCountries() {
        let germany = Guide.file("de.md", country: "DE", language: "de") { file in
            file.items = [Guide.item("I-07", "de.md", 20, country: "DE")]
        }
        let china = Guide.file("cn.md", country: "CN", language: "zh") { file in
            file.items = [Guide.item("i-07", "cn.md", 31, country: "CN")]
        }
        let us = Guide.file("us.md", country: "US") { file in
            file.items = [Guide.item("I-07", "us.md", 5)]
        }
        let result = link([germany, china, us])
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.items.count == 1)
        // Definition order is path order: cn.md, de.md, us.md.
        #expect(result.model.items.first?.countries == ["CN", "DE", "US"])
        #expect(result.model.items.first?.location.file == "cn.md")
    }

    @Test func idsAreUniqueAcrossKinds() throws {
        let global = Guide.global { file in
            file.goals.append(Guide.goal("A1", "global.md", 40))
            file.actions = [Guide.action("a1", "global.md", 50, strategy: "S1.1")]
        }
        let result = link([global])
        let error = try #require(result.diagnostics(LinkerRules.idKindConflict).first)
        #expect(error.location == Guide.at("global.md", 50))
        #expect(error.message.hasPrefix("'a1' is already the id of a goal"))
        #expect(error.notes.first?.location == Guide.at("global.md", 40))
        #expect(result.model.actions.isEmpty)
    }

    @Test func proseSuppressionsAndSourcesAreKeptPerFile() {
        let germany = Guide.file("de.md", country: "DE", language: "de") { file in
            file.prose = [ProseSection(heading: "Notizen", markdown: "x", location: Guide.at("de.md", 40), isNotes: true)]
            file.suppressions = [Suppression(location: Guide.at("de.md", 41), line: 42, rules: ["APG200"])]
            file.frontMatter.authors = [Guide.person("KBauer", "de.md", 3)]
        }
        let result = link([germany, Guide.global()])
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.prose.map(\.heading) == ["Notizen"])
        #expect(result.model.suppressions["de.md"]?.first?.line == 42)
        #expect(result.model.sources.map(\.language) == ["en", "de"])
        #expect(result.model.sources.last?.authors == ["kbauer"])
        #expect(result.model.origin(of: Guide.at("de.md", 40)) == "DE")
    }
}
