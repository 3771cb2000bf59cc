import Diagnostics
@testable import Frontend
import PlanModel
import Testing
import Vocabulary

/// Dates, countries and enum values as authors naturally write them get the canonical
/// form proposed, in the file's own conventions and words.
@Suite struct NaturalDateProposalTests {
    private func due(_ value: String, country: String? = nil, language: String? = nil) -> Lowered {
        lowerText("## Actions\n- [ ] A1: Action\n  - Due: \(value)\n", country: country, language: language)
    }

    @Test(arguments: [
        ("Q2/2027", "2027-Q2"), ("Q2 2027", "2027-Q2"), ("2027 Q2", "2027-Q2"), ("2027/Q2", "2027-Q2"),
        ("2027Q2", "2027-Q2"), ("Q2-2027", "2027-Q2"), ("2Q 2027", "2027-Q2"), ("q3/2027", "2027-Q3"),
        ("2. Quartal 2027", "2027-Q2"), ("zweites Quartal 2027", "2027-Q2"), ("im 4. Quartal 2027", "2027-Q4"),
        ("T2 2027", "2027-Q2"), ("2e trimestre 2027", "2027-Q2"), ("deuxième trimestre 2027", "2027-Q2"),
        ("2.º trimestre 2027", "2027-Q2"), ("segundo trimestre de 2027", "2027-Q2"), ("1st quarter 2027", "2027-Q1"),
        ("2027年第2四半期", "2027-Q2"), ("2027年第二季度", "2027-Q2"), ("2027/02/15", "2027-02-15"), ("2027年2月15日", "2027-02-15"),
    ])
    func naturalFormsProposeISO(value: String, iso: String) throws {
        let lowered = due(value)
        let error = try #require(lowered.diagnostics(LoweringRules.invalidDate).first, "\(lowered.diagnostics.map(\.message))")
        #expect(error.fix?.replacement == iso)
        #expect(error.message == "'\(value)' is not an ISO date; did you mean '\(iso)'?")
        #expect(lowered.diagnostics.count == 1)
        #expect(lowered.file.actions.first?.due == nil, "a proposal is not a reading: the date stays unset")
    }

    @Test(arguments: ["Q5 2027", "Q2", "Quartal 2027", "Q2 2027 2028", "2 3 Quartal 2027", "next quarter 2027", "2027年第2季", "Q2 budget 2027"])
    func nearlyQuarterShapedTextGetsNoProposal(value: String) throws {
        let lowered = due(value)
        let error = try #require(lowered.diagnostics(LoweringRules.invalidDate).first)
        #expect(error.fix?.replacement == nil, "\(value) → \(error.fix?.replacement ?? "")")
    }

    @Test func monthFirstSlashDatesInUSFiles() throws {
        for (country, language) in [("US", "en"), (nil, "en-US")] as [(String?, String)] {
            let error = try #require(due("02/03/2027", country: country, language: language).diagnostics(LoweringRules.invalidDate).first)
            #expect(error.fix?.replacement == "2027-02-03")
            #expect(error.message.contains("month-first"))
        }
        #expect(due("02/15/2027", country: "US", language: "en").diagnostics(LoweringRules.invalidDate).first?.fix?.replacement == "2027-02-15")
    }

    @Test func dayFirstSlashDatesElsewhere() throws {
        let french = try #require(due("02/03/2027", country: "FR", language: "fr").diagnostics(LoweringRules.invalidDate).first)
        #expect(french.fix?.replacement == "2027-03-02")
        #expect(french.message.contains("day-first"))
        #expect(due("15/02/2027", country: "DE", language: "de").diagnostics(LoweringRules.invalidDate).first?.fix?.replacement == "2027-02-15")
        #expect(due("02/03/2027", country: "GB", language: "en-GB").diagnostics(LoweringRules.invalidDate).first?.fix?.replacement == "2027-03-02")
    }

    @Test func anUnknownOrderStaysAnErrorAskingForISO() throws {
        // The global file: English without a country says nothing about the order.
        let lowered = due("02/03/2027", language: "en")
        let error = try #require(lowered.diagnostics(LoweringRules.ambiguousDate).first)
        #expect(error.fix?.replacement == nil)
        #expect(lowered.diagnostics(LoweringRules.invalidDate).isEmpty)
    }
}

@Suite struct NaturalCountryProposalTests {
    @Test(arguments: [("Österreich", "AT"), ("Allemagne", "DE"), ("中国", "CN"), ("Estados Unidos", "US"), ("Schweiz", "CH"), ("アメリカ", "US")])
    func countryNamesProposeTheirCode(name: String, code: String) throws {
        let lowered = lowerText("## Team\n- Eva Steiner (@esteiner) — Key Account Manager\n  - Country: \(name)\n", language: "de")
        let error = try #require(lowered.diagnostics(LoweringRules.invalidValue).first)
        #expect(error.fix?.replacement == code)
        #expect(error.message.hasSuffix("did you mean '\(code)'?"))
        #expect(CountryCodes.suggestions(for: name) == [code])
    }

    @Test func anUnknownNameGetsTheGeneralHelp() throws {
        let lowered = lowerText("## Team\n- Eva Steiner (@esteiner) — Key Account Manager\n  - Country: Atlantis\n")
        let error = try #require(lowered.diagnostics(LoweringRules.invalidValue).first)
        #expect(error.fix?.replacement == nil)
    }
}

@Suite struct HelpInTheAuthorsLanguageTests {
    @Test func enumValuesAreListedInTheFilesLanguage() throws {
        let lowered = lowerText("## Maßnahmen\n- [ ] A1: Aktion\n  - Status: offfen\n", language: "de")
        let error = try #require(lowered.diagnostics(LoweringRules.unknownValue).first)
        #expect(error.fix?.replacement == "offen")
        #expect(error.fix?.message == "use one of: offen, im Plan, gefährdet, blockiert, erledigt, verworfen")
        #expect(error.message.contains("did you mean 'offen'?"))
    }

    @Test func aFrenchFileGetsFrenchValues() throws {
        let lowered = lowerText("## Actions\n- [ ] A1: Action\n  - Statut: bloqee\n", language: "fr")
        let error = try #require(lowered.diagnostics(LoweringRules.unknownValue).first)
        #expect(error.fix?.message.hasPrefix("use one of: ouverte, en bonne voie, à risque, bloquée") == true)
    }

    @Test func englishFilesKeepEnglishWords() throws {
        let lowered = lowerText("## Actions\n- [ ] A1: Action\n  - Status: opne\n", language: "en")
        let error = try #require(lowered.diagnostics(LoweringRules.unknownValue).first)
        #expect(error.fix?.message == "use one of: open, on track, at risk, blocked, done, dropped")
    }

    @Test func misspeltKeysAreMatchedInTheFilesLanguageFirst() throws {
        let lowered = lowerText("## Maßnahmen\n- [ ] A1: Aktion\n  - Verantwortlicher: @esteiner\n", language: "de")
        let finding = try #require(lowered.diagnostics(LoweringRules.customField).first)
        #expect(finding.fix?.replacement == "Verantwortlich")
    }

    @Test func contentBeforeTheFirstSectionNamesSectionsInTheFilesLanguage() throws {
        let lowered = lowerText("- stray item\n\n## Team\n", language: "de")
        let finding = try #require(lowered.diagnostics(LoweringRules.contentOutsideSection).first)
        #expect(finding.fix?.message.contains("'## Team' or '## Ziele'") == true)
    }
}
