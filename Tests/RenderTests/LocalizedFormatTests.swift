import PlanModel
@testable import Render
import Testing

@Suite struct LocalizedFormatTests {
    @Test(arguments: [
        ("en", 2_200_000.0, "EUR", "EUR 2.2M"),
        ("de", 2_200_000.0, "EUR", "2,2 Mio. EUR"),
        ("fr", 2_200_000.0, "EUR", "2,2 M EUR"),
        ("es", 2_250_000.0, "EUR", "2,3 M EUR"),
        ("de", 210_000.0, "USD", "210 Tsd. USD"),
        ("en", 210_000.0, "USD", "USD 210k"),
        ("ja", 2_200_000.0, "EUR", "220万 EUR"),
        ("zh", 350_000_000.0, "CNY", "3.5亿 CNY"),
        ("de", 12.0, "%", "12 %"),
        ("en", 4_000.0, "units", "4,000 units"),
        ("de", 4_000.0, "units", "4.000 units"),
        ("de-CH", 1_500_000.0, "CHF", "1,5 Mio. CHF"),
        ("xx", 1_500_000.0, "EUR", "EUR 1.5M"),
    ])
    func amounts(language: String, value: Double, unit: String, expected: String) {
        #expect(LocalizedFormat(language: language).amount(value, unit: unit) == expected)
    }

    @Test func datesNumbersAndPercentages() throws {
        let date = try PlanDate.parse("2027-03-31").get()
        #expect(LocalizedFormat(language: "en").date(date) == "2027-03-31")
        #expect(LocalizedFormat(language: "de").date(date) == "31.03.2027")
        #expect(LocalizedFormat(language: "fr-FR").date(date) == "31/03/2027")
        #expect(LocalizedFormat(language: "zh-Hans-CN").date(date) == "2027-03-31")
        #expect(LocalizedFormat(language: "de").date(iso: "2026-10-15") == "15.10.2026")
        #expect(LocalizedFormat(language: "de").date(iso: "not a date") == "not a date")
        #expect(LocalizedFormat(language: "de").integer(1_234_567) == "1.234.567")
        #expect(LocalizedFormat(language: "fr").integer(-12_500) == "-12\u{202F}500")
        #expect(LocalizedFormat(language: "de").number(2.5) == "2,5")
        #expect(LocalizedFormat(language: "en").number(-0.125, fractionDigits: 2) == "-0.13")
        #expect(LocalizedFormat(language: "de").percent(0.754) == "75 %")
        #expect(LocalizedFormat(language: "en").percent(1.0) == "100 %")
    }

    @Test func thePackShowsValuesInItsLanguage() throws {
        func pack(_ language: String) throws -> String {
            try #require(try PackFixture.render(WorkshopPackRenderer(format: .markdown), options: RenderOptions(language: language))["workshop-pack.md"])
        }
        #expect(try pack("de").contains("2,5 Mio. EUR"))
        #expect(!(try pack("de").contains("EUR 2.5M")))
        #expect(try pack("en").contains("EUR 2.5M"))
    }
}
