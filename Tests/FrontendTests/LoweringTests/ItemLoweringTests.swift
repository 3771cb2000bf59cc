@testable import Frontend
import PlanModel
import Testing

@Suite struct ItemLoweringTests {
    @Test func subheadingsAndTypeGiveTheKind() throws {
        let lowered = try LoweringFixture.lower("items.md", country: "DE")
        let items = lowered.file.items
        #expect(lowered.file.language == "de")
        #expect(items.map(\.id) == ["DE-I1", "o-ebike-800v", "werkstattnetz-ausbauen"])
        #expect(items.map(\.kind) == [.issue, .opportunity, .issue])
        #expect(items.allSatisfy { $0.countries == ["DE"] && $0.language == "de" })
        #expect(items[0].unit?.id == "xc")
        #expect(items[0].priority == .high)
        #expect(items[0].themes == ["Lieferkette"])
        #expect(items[0].raisedBy.map(\.handle) == ["amueller"])
        #expect(items[1].products == ["SiC-MOSFET", "Gate-Treiber"])
        #expect(items[1].sameAs.map(\.id) == ["O-03", "o-sic-800v"])
    }

    @Test func germanNumbersUseDecimalCommaAndThousandsDots() throws {
        let lowered = try LoweringFixture.lower("items.md", country: "DE")
        #expect(lowered.file.items[1].value == Quantity(value: 2_500_000, unit: "EUR", text: ""))
        #expect(lowered.file.items[2].value == Quantity(value: 1200, unit: "Stück", text: ""))
    }

    @Test func derivedItemIDWarns() throws {
        let lowered = try LoweringFixture.lower("items.md", country: "DE")
        let derived = lowered.diagnostics(LoweringRules.derivedID)
        #expect(derived.count == 1)
        #expect(derived.first?.severity == .warning)
        #expect(derived.first?.location?.line == lowered.line(of: "Werkstattnetz"))
        #expect(lowered.diagnostics.count == 1)
    }

    @Test func globalFileItemsHaveNoCountry() throws {
        let lowered = try LoweringFixture.lower("items.md")
        #expect(lowered.file.items.allSatisfy { $0.countries.isEmpty })
    }

    @Test func frontMatterLanguageWins() throws {
        let lowered = try LoweringFixture.lower("items.md", language: "en")
        #expect(lowered.file.language == "en")
        // `2,5 Mio` in an English file is an error that proposes the decimal point.
        let numbers = lowered.diagnostics(LoweringRules.invalidNumber)
        #expect(numbers.count == 1)
        #expect(numbers.first?.fix?.replacement == "2.5")
    }
}
