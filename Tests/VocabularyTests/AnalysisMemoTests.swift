import Testing
@testable import Vocabulary

/// What a lexicon remembers of the texts it analyzed must never outlive its tables, and
/// must stay bounded.
@Suite struct AnalysisMemoTests {
    static let yaml = """
    concepts:
      price:
        en: [price*]
    """

    @Test func anExtendedLexiconDoesNotAnswerFromTheMemoOfTheOneItExtends() throws {
        let base = try ConceptLexicon(yaml: Self.yaml)
        // Analyzed, and so remembered, before the extension knows the word.
        #expect(base.concepts(in: "Widget shortage", language: "en") == [])
        let extended = base.extended(with: ["widget": ["en": ["widget*"]]])
        #expect(extended.concepts(in: "Widget shortage", language: "en") == ["widget"])
        #expect(base.concepts(in: "Widget shortage", language: "en") == [])
    }

    @Test func aRememberedAnalysisIsTheComputedOne() throws {
        let lexicon = try ConceptLexicon(yaml: Self.yaml)
        let first = lexicon.analyze("Price increase for MCUs", language: "en")
        let again = lexicon.analyze("Price increase for MCUs", language: "en")
        #expect(first.concepts == ["price"] && again.concepts == first.concepts && again.rest == first.rest)
        // The language is part of what is remembered: it decides which stems count.
        #expect(lexicon.analyze("Price increase for MCUs", language: nil).concepts == ["price"])
    }

    @Test func theMemoKeepsAtMostTwoGenerations() {
        let memo = AnalysisMemo(capacity: 3)
        var computed = 0
        for round in 0..<2 {
            for number in 0..<10 {
                _ = memo.analysis(of: "text \(number)", language: "en") {
                    computed += 1
                    return ([], ["\(number)"])
                }
            }
            #expect(memo.count <= 6, "round \(round)")
        }
        // The last text is still remembered: asking again computes nothing.
        let before = computed
        let answer = memo.analysis(of: "text 9", language: "en") { computed += 1; return ([], []) }
        #expect(computed == before && answer.rest == ["9"])
    }

    @Test func theSameWorkspaceConceptsGiveTheSameLexiconTables() {
        let extra = ["widget": ["en": ["widget*"]]]
        let first = ConceptLexicon.bundled(extendedWith: extra)
        let second = ConceptLexicon.bundled(extendedWith: extra)
        #expect(first.concepts(in: "Widget shortage", language: "en").contains("widget"))
        #expect(second.concepts(in: "Widget shortage", language: "en").contains("widget"))
        let other = ConceptLexicon.bundled(extendedWith: ["gadget": ["en": ["widget*"]]])
        #expect(other.concepts(in: "Widget shortage", language: "en").contains("gadget"))
        #expect(!other.concepts(in: "Widget shortage", language: "en").contains("widget"))
    }
}
