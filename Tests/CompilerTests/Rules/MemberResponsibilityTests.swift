@testable import Compiler
import Diagnostics
import Testing

@Suite struct MemberResponsibilityTests {
    @Test func everyMemberWithSomeResponsibilityPasses() {
        var plan = PlanBuilder.sound()
        plan.member("covers", country: "CN")
        plan.stakeholder("liu", coveredBy: ["COVERS"])
        #expect(plan.diagnostics(of: MemberResponsibility()).isEmpty)
    }

    @Test func memberWithoutResponsibilityFails() {
        var plan = PlanBuilder.sound()
        plan.member("lwei", function: "Product Marketing", country: "CN")
        let diagnostics = plan.diagnostics(of: MemberResponsibility())
        #expect(diagnostics.map(\.message) == ["@lwei owns, sponsors and covers nothing in the plan"])
        #expect(diagnostics.first?.location == plan.model.team.last?.location)
    }

    @Test func fixtures() async throws {
        try await RuleFixture.check(MemberResponsibility.descriptor, fail: ["global.md:12"])
    }
}
