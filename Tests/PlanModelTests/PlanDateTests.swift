import Testing
import PlanModel

@Suite struct PlanDateTests {
    @Test func parsesISODay() throws {
        let date = try PlanDate.parse("2027-02-15").get()
        #expect(date.iso == "2027-02-15")
        #expect(date.precision == .day)
    }

    @Test func monthAndQuarterMeanTheLastDay() throws {
        #expect(try PlanDate.parse("2027-02").get().iso == "2027-02-28")
        #expect(try PlanDate.parse("2028-02").get().iso == "2028-02-29")
        #expect(try PlanDate.parse("2027-Q2").get().iso == "2027-06-30")
        #expect(try PlanDate.parse("2027-Q4").get().written == "2027-Q4")
        #expect(try PlanDate.parse(" 2027-12 ").get().written == "2027-12")
    }

    @Test(arguments: ["2027-02-30", "2027-13-01", "2027-Q5", "2027-00"])
    func rejectsImpossibleDates(text: String) {
        #expect(PlanDate.parse(text) == .failure(.invalid))
    }

    @Test func proposesISOFormForDottedDates() {
        #expect(PlanDate.parse("15.02.2027") == .failure(.nonISO(suggestion: "2027-02-15")))
        #expect(PlanDate.parse("1.2.27") == .failure(.nonISO(suggestion: "2027-02-01")))
    }

    @Test func slashDatesAreAmbiguousUnlessOneSideIsNoMonth() {
        #expect(PlanDate.parse("02/03/2027") == .failure(.ambiguous))
        #expect(PlanDate.parse("31/12/2027") == .failure(.nonISO(suggestion: "2027-12-31")))
        #expect(PlanDate.parse("12/31/2027") == .failure(.nonISO(suggestion: "2027-12-31")))
    }

    @Test(arguments: ["soon", "", "2027", "２０２７-01-01", "2027-1-1"])
    func rejectsNonDates(text: String) {
        #expect(PlanDate.parse(text) == .failure(.notADate))
    }

    @Test func dayNumbersRoundTrip() throws {
        let date = try PlanDate.parse("2024-02-29").get()
        #expect(PlanDate(dayNumber: date.dayNumber) == date)
        #expect(PlanDate(dayNumber: 0).iso == "1970-01-01")
        #expect(date.adding(days: 1).iso == "2024-03-01")
        #expect(try PlanDate.parse("2027-Q2").get() == PlanDate.parse("2027-06-30").get())
    }
}
