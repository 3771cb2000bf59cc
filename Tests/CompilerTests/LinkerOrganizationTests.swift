@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct LinkerOrganizationTests {
    private func parents(_ result: Linker.Result) -> [String: String] {
        var parents: [String: String] = [:]
        for unit in result.model.units { parents[unit.id] = unit.parent?.id }
        return parents
    }

    @Test func referenceOnlyNodesHangLocalUnitsUnderAUnitDefinedElsewhere() {
        let global = Guide.global { file in
            file.units = [Guide.unit("bosch", "global.md", 30), Guide.unit("mobility", "global.md", 32, parent: "bosch"),
                          Guide.unit("bosch-na", "global.md", 34, parent: "bosch"), Guide.unit("xc", "global.md", 36)]
        }
        let us = Guide.file("us.md", country: "US") { file in
            // - #Mobility
            //   - Charleston plant {#charleston}
            // - #bosch-na
            //   - #xc
            file.unitReferences = [
                OrgUnitReference(target: Guide.ref("Mobility", "us.md", 10), parent: nil),
                OrgUnitReference(target: Guide.ref("bosch-na", "us.md", 14), parent: nil),
                OrgUnitReference(target: Guide.ref("xc", "us.md", 15), parent: Guide.ref("bosch-na", "us.md", 14)),
            ]
            file.units = [Guide.unit("charleston", "us.md", 11, parent: "Mobility")]
        }
        let result = link([global, us])
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.units.map(\.id) == ["bosch", "mobility", "bosch-na", "xc", "charleston"])
        let parents = parents(result)
        #expect(parents["charleston"] == "mobility")  // spelt as defined
        #expect(parents["xc"] == "bosch-na")
        #expect(parents["mobility"] == "bosch")
        #expect(parents["bosch"] == nil)
    }

    @Test func aReferenceOnlyNodeForAnUnknownUnitIsAnErrorWithASuggestion() throws {
        let global = Guide.global { file in file.units = [Guide.unit("mobility", "global.md", 30)] }
        let us = Guide.file("us.md", country: "US") { file in
            file.unitReferences = [OrgUnitReference(target: Guide.ref("mobilty", "us.md", 10), parent: nil)]
            file.units = [Guide.unit("charleston", "us.md", 11, parent: "mobilty")]
        }
        let result = link([global, us])
        // The reference-only node and the child's parent are the same place: one error.
        let errors = result.diagnostics(LinkerRules.unresolvedReference)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.location == Guide.at("us.md", 10, 3))
        #expect(error.fix?.message == "did you mean 'mobility'?")
        #expect(parents(result)["charleston"] == nil)
    }

    @Test func aUnitWithTwoParentsIsAnErrorWithANoteAtTheOtherClaim() throws {
        let global = Guide.global { file in
            file.units = [Guide.unit("mobility", "global.md", 30), Guide.unit("xc", "global.md", 32, parent: "mobility"),
                          Guide.unit("bosch-na", "global.md", 40)]
        }
        let us = Guide.file("us.md", country: "US") { file in
            file.unitReferences = [
                OrgUnitReference(target: Guide.ref("bosch-na", "us.md", 10), parent: nil),
                OrgUnitReference(target: Guide.ref("xc", "us.md", 11), parent: Guide.ref("bosch-na", "us.md", 10)),
            ]
        }
        let result = link([global, us])
        let error = try #require(result.diagnostics(LinkerRules.unitParentConflict).first)
        #expect(result.diagnostics.count == 1)
        #expect(error.message == "unit 'xc' is placed under 'bosch-na' but already under 'mobility'")
        #expect(error.location == Guide.at("us.md", 11, 3))
        #expect(error.notes.first?.location == Guide.at("global.md", 32))
        #expect(parents(result)["xc"] == "mobility")
    }

    @Test func aParentCycleIsReportedAndBroken() throws {
        let global = Guide.global { file in
            file.units = [Guide.unit("mobility", "global.md", 30), Guide.unit("xc", "global.md", 32, parent: "mobility")]
        }
        // - #xc
        //   - #mobility
        let us = Guide.file("us.md", country: "US") { file in
            file.unitReferences = [
                OrgUnitReference(target: Guide.ref("xc", "us.md", 10), parent: nil),
                OrgUnitReference(target: Guide.ref("mobility", "us.md", 11), parent: Guide.ref("xc", "us.md", 10)),
            ]
        }
        let result = link([global, us])
        let error = try #require(result.diagnostics(LinkerRules.unitParentCycle).first)
        #expect(result.diagnostics.count == 1)
        #expect(error.message == "unit 'mobility' is its own ancestor: mobility → xc → mobility")
        #expect(error.location == Guide.at("us.md", 11, 3))
        #expect(error.notes.first?.location == Guide.at("global.md", 32))
        // Broken at the blamed claim, so walking up terminates.
        #expect(parents(result)["mobility"] == nil)
        #expect(parents(result)["xc"] == "mobility")
    }

    @Test func aUnitThatIsItsOwnParentIsACycle() throws {
        let global = Guide.global { file in
            file.units = [Guide.unit("mobility", "global.md", 30)]
            file.unitReferences = [OrgUnitReference(target: Guide.ref("mobility", "global.md", 41), parent: Guide.ref("mobility", "global.md", 40))]
        }
        let result = link([global])
        let error = try #require(result.diagnostics(LinkerRules.unitParentCycle).first)
        #expect(error.message == "unit 'mobility' is its own ancestor: mobility → mobility")
        #expect(parents(result)["mobility"] == nil)
    }

    @Test func aLongChainWithACycleAtItsTopLinksWithoutRecursion() {
        // 20 000 units in one chain: a recursive walk would overflow the stack.
        let count = 20_000
        let global = Guide.global { file in
            file.units = (0..<count).map { index in
                Guide.unit("u\(index)", "global.md", index + 100, parent: index == 0 ? nil : "u\(index - 1)")
            }
            file.unitReferences = [OrgUnitReference(target: Guide.ref("u0", "global.md", 99_999), parent: Guide.ref("u\(count - 1)", "global.md", 99_998))]
        }
        let result = link([global])
        #expect(result.diagnostics(LinkerRules.unitParentCycle).count == 1)
        #expect(result.model.units.count == count)
        // Every walk up now ends.
        var parentOf: [String: String] = [:]
        for unit in result.model.units { parentOf[unit.key] = unit.parent?.key }
        var steps = 0
        var current: String? = "u\(count - 1)"
        while let unit = current, steps <= count {
            current = parentOf[unit]
            steps += 1
        }
        #expect(steps == count)
    }
}
