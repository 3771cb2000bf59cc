import Testing
@testable import Vocabulary

@Suite struct ConceptLexiconTests {
    static let yaml = """
    concepts:
      lead-time:
        category: supply
        en: [lead time*, delivery time*]
        de: [lieferzeit*, "*lieferzeit*"]
        fr: [délai* de livraison]
        ja: [納期, リードタイム]
        zh: [交期, 交货期]
      price:
        category: commercial
        en: [price*]
        de: [preis*]
        zh: [价格]
      price-increase:
        category: commercial
        en: [price increase*, raise* prices]
        zh: [价格上涨, 涨价]
      semiconductor:
        category: technical
        en: [semiconductor*, chip*]
        de: [halbleiter*, "*halbleiter*"]
        zh: [半导体, 芯片]
    """

    let lexicon = try! ConceptLexicon(yaml: yaml)

    @Test func wordsStemsAndPhrasesMatchFoldedTokens() {
        #expect(lexicon.concepts(in: "Lead times for chips above 40 weeks") == ["lead-time", "semiconductor"])
        #expect(lexicon.concepts(in: "Délais de livraison trop longs") == ["lead-time"])
        #expect(lexicon.concepts(in: "They raised prices again") == ["price-increase"])
    }

    @Test func betweenEqualWordsTheTitlesLanguageDecides() throws {
        let lexicon = try ConceptLexicon(yaml: """
        concepts:
          display:
            it: [monitor, schermo]
          monitoring:
            en: [monitor, monitoring]
        """)
        #expect(lexicon.concepts(in: "I monitor si spengono", language: "it") == ["display"])
        #expect(lexicon.concepts(in: "We monitor the doors", language: "en") == ["monitoring"])
        // A language that lists it in neither: both readings stand.
        #expect(lexicon.concepts(in: "monitor", language: "fr") == ["display", "monitoring"])
    }

    @Test func falseFriendsOfTheBundledDataReadInTheTitlesLanguage() {
        let bundled = ConceptLexicon.bundled
        // Italian `gare` are tenders, French `gare` a station.
        #expect(bundled.concepts(in: "sta vincendo le gare", language: "it").contains("tender"))
        #expect(!bundled.concepts(in: "sta vincendo le gare", language: "it").contains("station"))
        #expect(bundled.concepts(in: "la gare de Metz", language: "fr").contains("station"))
        // German `messen` is to measure, not the plural of `Messe`.
        #expect(bundled.concepts(in: "Fahrstrom je Fahrzeug messen", language: "de").contains("measurement"))
        #expect(!bundled.concepts(in: "Fahrstrom je Fahrzeug messen", language: "de").contains("trade-fair"))
        // Italian `monitor` is a screen.
        #expect(bundled.concepts(in: "i monitor nelle carrozze si spengono", language: "it").contains("display"))
    }

    @Test func theLongestPhraseWins() {
        #expect(lexicon.concepts(in: "Price increase announced") == ["price-increase"])
        #expect(lexicon.concepts(in: "Price list") == ["price"])
    }

    @Test func germanCompoundsMatchInsideTokens() {
        #expect(lexicon.concepts(in: "Halbleiterlieferzeiten steigen") == ["lead-time", "semiconductor"])
        #expect(lexicon.concepts(in: "Chip-Lieferzeiten") == ["lead-time", "semiconductor"])
    }

    @Test func chineseAndJapaneseMatchByLongestSubstring() {
        #expect(lexicon.concepts(in: "芯片交货期超过40周") == ["lead-time", "semiconductor"])
        #expect(lexicon.concepts(in: "价格上涨10%") == ["price-increase"])
        #expect(lexicon.concepts(in: "半導体の納期が長い") == ["lead-time"])
    }

    @Test func theWorkspaceAddsWordsAndConcepts() {
        let extended = lexicon.extended(with: ["currency-risk": ["de": ["Wechselkursrisiko"], "fr": ["risque de change"]],
                                               "lead-time": ["it": ["tempi di consegna"]]])
        #expect(extended.concepts(in: "Hohes Wechselkursrisiko") == ["currency-risk"])
        #expect(extended.concepts(in: "Risque de change élevé") == ["currency-risk"])
        #expect(extended.concepts(in: "Tempi di consegna lunghi") == ["lead-time"])
        #expect(lexicon.concepts(in: "Tempi di consegna lunghi").isEmpty)
    }

    @Test func labelsComeInTheAskedLanguage() {
        #expect(lexicon.label(of: "lead-time", language: "fr") == "lead time")
        #expect(lexicon.label(of: "lead-time", language: "ja") == "納期")
        #expect(lexicon.label(of: "price", language: "zh") == "价格")
        #expect(lexicon.label(of: "unknown", language: "fr") == "unknown")
    }
}
