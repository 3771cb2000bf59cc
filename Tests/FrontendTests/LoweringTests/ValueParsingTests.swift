@testable import Frontend
import PlanModel
import Testing

@Suite struct DateValueTests {
    private func due(_ value: String) -> Lowered {
        lowerText("## Actions\n- [ ] A1: Action\n  - Due: \(value)\n")
    }

    @Test(arguments: [("2027-02-15", "2027-02-15", PlanDate.Precision.day), ("2027-06", "2027-06-30", .month), ("2027-Q2", "2027-06-30", .quarter), ("2028-02", "2028-02-29", .month)])
    func isoForms(value: String, iso: String, precision: PlanDate.Precision) {
        let lowered = due(value)
        #expect(lowered.diagnostics.isEmpty)
        #expect(lowered.file.actions.first?.due?.iso == iso)
        #expect(lowered.file.actions.first?.due?.precision == precision)
    }

    @Test func dottedDateProposesTheISOForm() throws {
        let lowered = due("15.02.2027")
        let error = try #require(lowered.diagnostics(LoweringRules.invalidDate).first)
        #expect(error.severity == .error)
        #expect(error.message.contains("'15.02.2027' is not an ISO date"))
        #expect(error.fix?.replacement == "2027-02-15")
        #expect(error.location?.line == 3)
        #expect(error.location?.column == 10)
        #expect(lowered.file.actions.first?.due == nil)
    }

    @Test func ambiguousDateAsksForISO() throws {
        let lowered = due("02/03/2027")
        let error = try #require(lowered.diagnostics(LoweringRules.ambiguousDate).first)
        #expect(error.severity == .error)
        #expect(error.message.contains("ISO"))
        #expect(lowered.diagnostics.count == 1)
    }

    @Test(arguments: ["2027-02-30", "2027-Q5", "next spring"])
    func invalidDates(value: String) {
        let lowered = due(value)
        #expect(lowered.diagnostics(LoweringRules.invalidDate).count == 1)
    }

    @Test func milestoneDateErrorsToo() {
        let lowered = lowerText("## Actions\n- [ ] A1: Action\n  - Milestone: 31.03.2027 — pilot approved\n  - Milestone: 2027-04-30 kickoff\n")
        #expect(lowered.diagnostics(LoweringRules.invalidDate).first?.fix?.replacement == "2027-03-31")
        #expect(lowered.file.actions.first?.milestones.map(\.title) == ["kickoff"])
    }
}

@Suite struct NumberValueTests {
    private func parse(_ text: String, comma: Bool = false) -> Quantity? {
        try? QuantityParser.parse(text, decimalComma: comma).get()
    }

    @Test func plainAndScaled() {
        #expect(parse("12")?.value == 12)
        #expect(parse("-3.5")?.value == -3.5)
        #expect(parse("EUR 2.5M") == Quantity(value: 2_500_000, unit: "EUR", text: ""))
        #expect(parse("€2.5M") == Quantity(value: 2_500_000, unit: "EUR", text: ""))
        #expect(parse("USD 1.2bn")?.value == 1_200_000_000)
        #expect(parse("2 Mrd EUR") == Quantity(value: 2_000_000_000, unit: "EUR", text: ""))
        #expect(parse("300k")?.value == 300_000)
        #expect(parse("20 %") == Quantity(value: 20, unit: "%", text: ""))
        #expect(parse("20%") == Quantity(value: 20, unit: "%", text: ""))
        #expect(parse("1,200 units") == Quantity(value: 1200, unit: "units", text: ""))
        #expect(parse("1,234,567.5")?.value == 1_234_567.5)
        #expect(parse("EUR 2.5M")?.text == "EUR 2.5M")
    }

    @Test func decimalCommaInCommaLanguages() {
        #expect(parse("EUR 2,5 Mio", comma: true) == Quantity(value: 2_500_000, unit: "EUR", text: ""))
        #expect(parse("1.200", comma: true)?.value == 1200)
        #expect(parse("1.234.567,89", comma: true)?.value == 1_234_567.89)
        #expect(parse("2.5", comma: true)?.value == 2.5)
        #expect(parse("1.200", comma: false)?.value == 1.2)
        #expect(parse("1’200’000", comma: false)?.value == 1_200_000)
        #expect(parse("1 200 000 €", comma: true) == Quantity(value: 1_200_000, unit: "EUR", text: ""))
        #expect(parse("1 200,5", comma: true)?.value == 1200.5)
        #expect(parse("12 Stück", comma: true) == Quantity(value: 12, unit: "Stück", text: ""))
        #expect(parse("12 000k", comma: true)?.value == 12_000_000)
    }

    @Test func scaleWordsOfEveryLanguage() {
        #expect(parse("BRL 1,4 Mi", comma: true) == Quantity(value: 1_400_000, unit: "BRL", text: ""))
        #expect(parse("R$ 480 mil", comma: true) == Quantity(value: 480_000, unit: "BRL", text: ""))
        #expect(parse("EUR 3 mln", comma: true)?.value == 3_000_000)
        #expect(parse("EUR 1,2 Md", comma: true)?.value == 1_200_000_000)
        #expect(parse("EUR 250 Tsd.", comma: true)?.value == 250_000)
        #expect(parse("USD 3 MM")?.value == 3_000_000)
        #expect(parse("500万元") == Quantity(value: 5_000_000, unit: "元", text: ""))
        #expect(parse("3億円") == Quantity(value: 300_000_000, unit: "円", text: ""))
        // Without a currency these are units, not scales: miles and thousandths of an inch.
        #expect(parse("20 mi") == Quantity(value: 20, unit: "mi", text: ""))
        #expect(parse("5 mil") == Quantity(value: 5, unit: "mil", text: ""))
        #expect(parse("12 Mitarbeiter", comma: true) == Quantity(value: 12, unit: "Mitarbeiter", text: ""))
    }

    @Test func failures() {
        #expect(QuantityParser.parse("2,5", decimalComma: false) == .failure(.decimalComma(suggestion: "2.5")))
        #expect(QuantityParser.parse("1.234,5", decimalComma: false) == .failure(.decimalComma(suggestion: "1,234.5")))
        #expect(QuantityParser.parse("about twelve", decimalComma: false) == .failure(.notANumber))
        #expect(QuantityParser.parse("1,23,4", decimalComma: false) == .failure(.notANumber))
        #expect(QuantityParser.parse("EUR 5 USD", decimalComma: false) == .failure(.notANumber))
    }

    @Test func germanFileAcceptsDecimalComma() {
        let lowered = lowerText("## Ziele\n### G1: Ziel\n- Zielwert: 2,5 Mio\n- Ausgangswert: 1.200\n", language: "de")
        #expect(lowered.diagnostics.isEmpty)
        #expect(lowered.file.goals.first?.target?.value == 2_500_000)
        #expect(lowered.file.goals.first?.baseline?.value == 1200)
    }

    @Test func invalidNumberIsAnErrorAtTheValue() throws {
        let lowered = lowerText("## Goals\n### G1: Goal\n- Target: about 12\n")
        let error = try #require(lowered.diagnostics(LoweringRules.invalidNumber).first)
        #expect(error.severity == .error)
        #expect(error.location?.column == 11)
        #expect(lowered.file.goals.first?.target == nil)
    }

    @Test func wordsWithoutDigitsAreKeptAsText() throws {
        let lowered = lowerText("## Actions\n- [ ] A7: Port\n  - Metric: project phase reached\n  - Target: B-sample\n")
        let warning = try #require(lowered.diagnostics(LoweringRules.textWhereNumber).first)
        #expect(warning.severity == .warning)
        #expect(lowered.diagnostics.count == 1)
        #expect(lowered.file.actions.first?.target == nil)
        #expect(lowered.file.actions.first?.customFields.map(\.value) == ["B-sample"])
    }
}

@Suite struct PersonAndReferenceValueTests {
    @Test func severalHandles() {
        let lowered = lowerText("## Actions\n- [ ] A1: Action\n  - Owner: @jweber, Anna Müller (@amueller)\n")
        #expect(lowered.file.actions.first?.owners.map(\.handle) == ["jweber", "amueller"])
        #expect(lowered.file.actions.first?.owners.map(\.location.column) == [12, 35])
    }

    @Test func handleWithoutAtIsAnErrorWithAFix() throws {
        let lowered = lowerText("## Actions\n- [ ] A1: Action\n  - Owner: jweber, @amueller\n")
        let error = try #require(lowered.diagnostics(LoweringRules.personWithoutAt).first)
        #expect(error.severity == .error)
        #expect(error.fix?.replacement == "@jweber")
        #expect(error.location?.column == 12)
        #expect(lowered.file.actions.first?.owners.map(\.handle) == ["amueller"])
    }

    @Test func referencesWithAndWithoutHash() {
        let lowered = lowerText("## Goals\n### G1: Goal\n#### S1: Strategy\n- Addresses: I-07, #o-sic-800v\n- Units: #xc\n")
        let strategy = lowered.file.strategies.first
        #expect(strategy?.addresses.map(\.id) == ["I-07", "o-sic-800v"])
        #expect(strategy?.addresses.map(\.location.column) == [14, 20])
        #expect(strategy?.units.map(\.id) == ["xc"])
    }

    @Test func referenceWithSpacesIsInvalid() {
        let lowered = lowerText("## Goals\n### G1: Goal\n#### S1: Strategy\n- Addresses: supply issue\n")
        #expect(lowered.diagnostics(LoweringRules.invalidValue).first?.fix?.replacement == "supply-issue")
    }
}

@Suite struct EnumValueTests {
    @Test func localizedWordsOfEveryList() {
        let lowered = lowerText("""
        ## Probleme und Chancen
        - I-1: Eins
          - Priorität: haute
          - Typ: opportunité
        ## Goals
        ### G1: Goal
        #### S1: Strategy
        - Statut : retenue
        - [ ] A1: Action
          - Estado: en riesgo
        """)
        #expect(lowered.diagnostics.isEmpty)
        #expect(lowered.file.items.first?.priority == .high)
        #expect(lowered.file.items.first?.kind == .opportunity)
        #expect(lowered.file.strategies.first?.status == .selected)
        #expect(lowered.file.actions.first?.status == .atRisk)
    }

    @Test func unknownWordSuggestsFromItsOwnList() throws {
        let lowered = lowerText("## Actions\n- [ ] A1: Action\n  - Status: on trak\n")
        let error = try #require(lowered.diagnostics(LoweringRules.unknownValue).first)
        #expect(error.severity == .error)
        #expect(error.fix?.replacement == "on track")
        #expect(error.fix?.message.contains("open, on track, at risk, blocked, done, dropped") == true)
    }
}

@Suite struct SourcePositionTests {
    @Test func columnsAreUTF8BytesOnMultiByteLines() throws {
        let lowered = lowerText("""
        ## Team
        - Jörg Müller (@jmueller) — Vertrieb
          - Land: DÉ
        ## 目标
        ### G1: 扩大售后市场份额
        - 截止日期：2027年3月
        - 发起人：@jmueller
        """)
        // `Land: DÉ` is not a country code: the value starts after `  - Land: `.
        let country = try #require(lowered.diagnostics(LoweringRules.invalidValue).first)
        #expect(country.location?.line == 3)
        #expect(country.location?.column == 11)
        // `- ` is 2 bytes, `截止日期` 12 and `：` 3: the value starts at byte 18.
        let date = try #require(lowered.diagnostics(LoweringRules.invalidDate).first)
        #expect(date.location?.line == 6)
        #expect(date.location?.column == 2 + 12 + 3 + 1)
        #expect(lowered.column(of: "2027年") == date.location?.column)
        let sponsor = try #require(lowered.file.goals.first?.sponsors.first)
        #expect(sponsor.location.line == 7)
        #expect(sponsor.location.column == 2 + 9 + 3 + 1)
    }
}

@Suite struct ListValueTests {
    @Test func fullWidthSeparatorsInChineseGuides() {
        let lowered = lowerText("""
        ## 客户组织
        - 凯斯勒电子（苏州）有限公司 {#suzhou}
          - 主题：800V 逆变器本地化生产；2027 年起本地封装要求
          - 对接人：@liwei，@zhangmin
          - 联系人：王强（总经理）；陈静（采购经理）
        """)
        let unit = lowered.file.units.first
        #expect(lowered.diagnostics.isEmpty)
        #expect(unit?.themes == ["800V 逆变器本地化生产", "2027 年起本地封装要求"])
        #expect(unit?.coveredBy.map(\.handle) == ["liwei", "zhangmin"])
        #expect(unit?.contacts == ["王强（总经理）", "陈静（采购经理）"])
    }
}
