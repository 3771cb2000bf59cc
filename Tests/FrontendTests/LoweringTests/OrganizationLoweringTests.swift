@testable import Frontend
import PlanModel
import Testing

@Suite struct OrganizationLoweringTests {
    @Test func nestingIsTheReportingLine() throws {
        let lowered = try LoweringFixture.lower("organization.md")
        let units = lowered.file.units
        #expect(units.map(\.id) == ["bosch", "mobility", "xc", "ebike"])
        #expect(units.map { $0.parent?.id } == [nil, "bosch", "mobility", "mobility"])
        #expect(units[0].type == .group)
        #expect(units[1].type == .division)
        #expect(units[1].themes == ["software-defined vehicle", "SiC power electronics"])
        #expect(units[2].coveredBy.map(\.handle) == ["jweber", "amueller"])
        #expect(units[2].acquired == 2019)
        #expect(units[2].contacts == ["Dr. Eva Kling", "Max Maier"])
        #expect(units[3].type == .subsidiary)
        #expect(units[3].country == "DE")
        #expect(units.allSatisfy { $0.idSource == .explicit })
    }

    @Test func referenceOnlyItemsDefineNothing() throws {
        let lowered = try LoweringFixture.lower("organization.md")
        let references = lowered.file.unitReferences
        #expect(references.count == 1)
        #expect(references.first?.target.id == "mobility")
        #expect(references.first?.parent == nil)
        #expect(references.first?.target.location.line == lowered.line(of: "- #mobility"))
    }

    @Test func wellFormedFixtureHasNoDiagnostics() throws {
        #expect(try LoweringFixture.lower("organization.md").diagnostics.isEmpty)
    }

    /// Spec §4.2: where a child entity is allowed, an unknown `Word: text` item is one.
    @Test func unknownKeyItemUnderAUnitIsAChildUnitUnlessDeclared() {
        let text = """
        ## Customer Organization
        - Bosch Group {#bosch}
          - Budget: EUR 5k
        """
        let plain = lowerText(text)
        #expect(plain.file.units.map(\.title) == ["Bosch Group", "Budget: EUR 5k"])
        #expect(plain.file.units.last?.parent?.id == "bosch")

        var config = WorkspaceConfig()
        config.fields = ["budget"]
        let declared = lowerText(text, config: config)
        #expect(declared.diagnostics.isEmpty)
        #expect(declared.file.units.count == 1)
        #expect(declared.file.units.first?.customFields == [CustomField(key: "Budget", value: "EUR 5k", location: .init(file: "", line: 0, column: 0))])
    }

    @Test func nestedReferenceClaimsItsParent() {
        let lowered = lowerText("""
        ## Customer Organization
        - Bosch Group {#bosch}
          - #mobility
            - eBike {#ebike}
        """)
        #expect(lowered.file.unitReferences == [OrgUnitReference(
            target: Reference(id: "mobility", location: .init(file: "", line: 0, column: 0)),
            parent: Reference(id: "bosch", location: .init(file: "", line: 0, column: 0)))])
        #expect(lowered.file.units.map { $0.parent?.id } == [nil, "mobility"])
    }

    @Test func unknownUnitTypeSuggestsTheClosestWord() {
        let lowered = lowerText("""
        ## Customer Organization
        - Bosch Group {#bosch}
          - Type: grop
        """)
        let unknown = lowered.diagnostics(LoweringRules.unknownValue)
        #expect(unknown.count == 1)
        #expect(unknown.first?.message.contains("did you mean 'group'?") == true)
        #expect(unknown.first?.fix?.replacement == "group")
        #expect(unknown.first?.location?.column == 11)
    }
}
