@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct LinkerAccountTests {
    @Test func apgYamlDecidesTheAccountAndTheFrontEndReportsDifferences() {
        var config = WorkspaceConfig()
        config.account = " Bosch Group "
        config.keyLocations["account"] = Guide.at("apg.yaml", 1)
        let files = [Guide.global(), Guide.file("us.md", account: "Bosch", country: "US")]
        let result = link(files, config: config)
        #expect(result.model.account == "Bosch Group")
        // APG018 compares each guide with apg.yaml; the linker does not say it twice.
        #expect(result.diagnostics(LinkerRules.accountMismatch).isEmpty)
    }

    @Test func namesCompareIgnoringCase() {
        let result = link([Guide.file("global.md", account: "Bosch Group"), Guide.file("de.md", account: "bosch group ", country: "DE")])
        #expect(result.model.account == "Bosch Group")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func withoutApgYamlTheGlobalFileDecides() {
        let files = [
            Guide.file("global.md", account: "Bosch Group"),
            Guide.file("de.md", account: "Bosch", country: "DE"),
            Guide.file("us.md", account: "Bosch", country: "US"),
        ]
        let result = link(files)
        #expect(result.model.account == "Bosch Group")
        let errors = result.diagnostics(LinkerRules.accountMismatch)
        #expect(errors.compactMap(\.location?.file) == ["de.md", "us.md"])
        #expect(errors.first?.message == "account 'Bosch' does not match the workspace's account 'Bosch Group'")
        #expect(errors.first?.location == Guide.at("de.md", 2))
        #expect(errors.first?.notes.first?.location == Guide.at("global.md", 2))
        #expect(errors.first?.fix?.replacement == "Bosch Group")
    }

    @Test func withoutGlobalFileTheMajorityDecidesAndTiesGoToTheFirst() {
        let majority = link([
            Guide.file("cn.md", account: "Bosch", country: "CN"),
            Guide.file("de.md", account: "Bosch Group", country: "DE"),
            Guide.file("us.md", account: "Bosch Group", country: "US"),
        ])
        #expect(majority.model.account == "Bosch Group")
        #expect(majority.diagnostics(LinkerRules.accountMismatch).compactMap(\.location?.file) == ["cn.md"])

        let tie = link([
            Guide.file("de.md", account: "Bosch Group", country: "DE"),
            Guide.file("cn.md", account: "Bosch", country: "CN"),
        ])
        #expect(tie.model.account == "Bosch")
        #expect(tie.diagnostics(LinkerRules.accountMismatch).compactMap(\.location?.file) == ["de.md"])
    }

    @Test func theGlobalVisionWinsAndADifferentCountryVisionIsAWarning() throws {
        let global = Guide.file("global.md") { file in
            file.vision = Vision(markdown: "Preferred partner for power electronics.\n", location: Guide.at("global.md", 20))
        }
        let germany = Guide.file("de.md", country: "DE") { file in
            file.vision = Vision(markdown: "  Preferred partner for power electronics.", location: Guide.at("de.md", 20))
        }
        let china = Guide.file("cn.md", country: "CN") { file in
            file.vision = Vision(markdown: "Number one supplier in China.", location: Guide.at("cn.md", 20))
        }
        let result = link([china, germany, global])
        #expect(result.model.vision?.location == Guide.at("global.md", 20))
        let warnings = result.diagnostics(LinkerRules.visionConflict)
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "the vision in 'cn.md' differs from the global file's vision and is ignored")
        #expect(warning.notes.first?.location == Guide.at("global.md", 20))
    }

    @Test func withoutGlobalFileTheFirstVisionCounts() {
        let germany = Guide.file("de.md", country: "DE") { file in
            file.vision = Vision(markdown: "A", location: Guide.at("de.md", 20))
        }
        let china = Guide.file("cn.md", country: "CN") { file in
            file.vision = Vision(markdown: "B", location: Guide.at("cn.md", 20))
        }
        let result = link([germany, china])
        #expect(result.model.vision?.markdown == "B")
        #expect(result.diagnostics(LinkerRules.visionConflict).first?.location?.file == "de.md")
    }
}
