import Testing
@testable import Vocabulary

/// Inflected forms the data does not list, articles inside phrases, and implied concepts.
@Suite struct ConceptLexiconInflectionTests {
    static let yaml = """
    concepts:
      delivery:
        category: supply
        en: [delivery]
        es: [entrega]
      delivery-delay:
        category: supply
        implies: [late]
        de: ["*lieferverzug*"]
        fr: [retard de livraison]
      late:
        category: time
        en: [late]
      delisting:
        category: commercial
        en: [de-list*]
      sample:
        category: technical
        it: [campioni]
    """

    let lexicon = try! ConceptLexicon(yaml: yaml)

    @Test func otherInflectionsOfAListedWordMatch() {
        #expect(lexicon.concepts(in: "Deliveries to Lyon") == ["delivery"])
        #expect(lexicon.concepts(in: "Entregas en Zaragoza") == ["delivery"])
        #expect(lexicon.concepts(in: "Retards de livraisons répétés") == ["delivery-delay"])
        #expect(ConceptLexicon.inflectionStem("deliveries") == ConceptLexicon.inflectionStem("delivery"))
        #expect(ConceptLexicon.inflectionStem("precios") == ConceptLexicon.inflectionStem("precio"))
    }

    @Test func stemsDoNotJoinUnrelatedWords() {
        #expect(lexicon.concepts(in: "Campinas").isEmpty)
        #expect(lexicon.concepts(in: "off our list prices").isEmpty)
    }

    @Test func anUnlistedFormCountsOnlyInItsWordsLanguage() {
        // `entregas` is a form of the Spanish `entrega`: so in Spanish text, not in English.
        #expect(lexicon.concepts(in: "Entregas en Zaragoza", language: "es") == ["delivery"])
        #expect(lexicon.concepts(in: "Entregas", language: "en").isEmpty)
        // Listed forms and stems match in any language (loanwords, product words).
        #expect(lexicon.concepts(in: "delivery", language: "de") == ["delivery"])
    }

    @Test func articlesInsideAPhraseAreSkipped() {
        #expect(lexicon.concepts(in: "le retard de la livraison") == ["delivery-delay"])
    }

    @Test func narrowConceptsImplyBroaderOnes() {
        // `delivery` from the id's words, `late` declared.
        #expect(lexicon.implied(by: ["delivery-delay"]) == ["delivery", "late"])
        #expect(lexicon.implied(by: ["delivery-delay", "late"]) == ["delivery"])
        #expect(lexicon.implied(by: ["delivery"]).isEmpty)
        let extended = lexicon.extended(with: ["delivery-delay": ["en": ["late shipments"]]])
        #expect(extended.implied(by: ["delivery-delay"]) == ["delivery", "late"])
    }
}

@Suite struct ConceptLexiconArticleTests {
    @Test func aWordWrittenWithItsArticleIsNotInflected() throws {
        let lexicon = try ConceptLexicon(yaml: """
        concepts:
          competition:
            category: commercial
            es: [la competencia]
        """)
        #expect(lexicon.concepts(in: "la competencia") == ["competition"])
        #expect(lexicon.concepts(in: "compétences SiC").isEmpty)
    }
}
