@testable import Frontend
import PlanModel
import Testing

@Suite struct TeamLoweringTests {
    @Test func membersWithRolesAndAttributesInSeveralLanguages() throws {
        let lowered = try LoweringFixture.lower("team.md", country: "DE")
        let members = lowered.file.members
        #expect(members.map(\.id) == ["amueller", "jweber", "liwei"])
        #expect(members[0].title == "Anna Müller")
        #expect(members[0].role == "Key Account Manager")
        #expect(members[0].function == "Sales")
        #expect(members[0].country == "DE")
        #expect(members[0].email == "anna.mueller@example.com")
        #expect(members[1].role == "Application Engineer")
        #expect(members[1].function == "Application Engineering")
        #expect(members[2].title == "李伟")
        #expect(members[2].function == "Product Marketing")
        #expect(members[2].country == "CN")
        #expect(lowered.file.title == "Bosch — Deutschland")
    }

    @Test func memberWithoutHandleIsAnError() throws {
        let lowered = try LoweringFixture.lower("team.md")
        let missing = lowered.diagnostics(LoweringRules.missingHandle)
        #expect(missing.count == 1)
        #expect(missing.first?.severity == .error)
        #expect(missing.first?.message.contains("Karl Kurz") == true)
        #expect(missing.first?.location?.line == lowered.line(of: "Karl Kurz"))
        #expect(missing.first?.location?.column == 1)
        #expect(lowered.diagnostics.count == 1)
    }

    @Test func memberLocationIsTheListMarker() throws {
        let lowered = try LoweringFixture.lower("team.md")
        let anna = try #require(lowered.file.members.first)
        #expect(anna.location.line == 4)
        #expect(anna.location.column == 1)
        #expect(anna.location.file == "team.md")
    }

    @Test func misplacedAndCustomAttributesOnMembers() {
        let lowered = lowerText("""
        ## Team
        - Anna Müller (@amueller)
          - Priority: high
          - Shoe size: 38
          - speaks French
          - Visibility: internal
        """)
        let anna = lowered.file.members.first
        #expect(anna?.visibility == .internal)
        #expect(anna?.customFields.map(\.key) == ["Priority", "Shoe size"])
        #expect(lowered.diagnostics(LoweringRules.misplacedAttribute).count == 1)
        #expect(lowered.diagnostics(LoweringRules.customField).count == 1)
        let unexpected = lowered.diagnostics(LoweringRules.unexpectedEntity)
        #expect(unexpected.count == 1)
        #expect(unexpected.first?.location?.line == 5)
        #expect(unexpected.first?.location?.column == 5)
    }

    @Test func invalidCountryCode() {
        let lowered = lowerText("""
        ## Team
        - Anna Müller (@amueller)
          - Country: Germany
        """)
        #expect(lowered.file.members.first?.country == nil)
        let invalid = lowered.diagnostics(LoweringRules.invalidValue)
        #expect(invalid.count == 1)
        #expect(invalid.first?.location?.column == 14)
    }
}

@Suite struct FullWidthMemberTests {
    @Test func fullWidthParenthesesAroundTheHandle() {
        let lowered = lowerText("## 团队\n- 张敏（@zhangmin）— 现场应用工程师\n")
        #expect(lowered.file.members.map(\.id) == ["zhangmin"])
        #expect(lowered.file.members.first?.title == "张敏")
    }
}
