@testable import Frontend
import PlanModel
import Testing

@Suite struct StakeholderLoweringTests {
    @Test func stakeholdersWithJobTitlesAndAttributes() throws {
        let lowered = try LoweringFixture.lower("stakeholders.md")
        #expect(lowered.diagnostics.isEmpty)
        let people = lowered.file.stakeholders
        #expect(people.map(\.id) == ["kling", "max-maier", "P3"])
        #expect(people.map(\.idSource) == [.explicit, .slug, .code])
        #expect(people[2].title == "Chen Jing")
        #expect(people[2].jobTitle == "Plant Manager Suzhou")
        #expect(people[0].title == "Dr. Eva Kling")
        #expect(people[0].jobTitle == "VP Purchasing")
        #expect(people[0].unit?.id == "xc")
        #expect(people[0].buyingRole == .decisionMaker)
        #expect(people[0].stance == .supporter)
        #expect(people[0].coveredBy.map(\.handle) == ["jweber"])
        #expect(people[0].lastContact == PlanDate(year: 2027, month: 1, day: 12))
        #expect(people[1].stance == .critic)
        #expect(people[1].buyingRole == .influencer)
    }
}
