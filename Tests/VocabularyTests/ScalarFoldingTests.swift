import Foundation
import Testing
@testable import Vocabulary

/// The scalar-by-scalar folds must give what the Unicode folds give, for every scalar they
/// table and for the words of the data and of guides they meet.
@Suite struct ScalarFoldingTests {
    /// Each scalar fold with the fold it stands in for.
    struct Fold: Sendable, CustomTestStringConvertible {
        let name: String
        let fast: @Sendable (String) -> String?
        let unicode: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static let folds = [
        Fold(name: "concepts", fast: { ScalarFolding.concepts.fold($0) }, unicode: ConceptLexicon.foldUnicode),
        Fold(name: "vocabulary", fast: { ScalarFolding.vocabulary.fold($0) }, unicode: Vocabulary.foldUnicode),
    ]

    @Test(arguments: folds) func everyTabledScalarFoldsAsTheUnicodeFoldDoesAloneAndBetweenLetters(_ fold: Fold) {
        // Every tabled scalar and every ASCII one; the ideographs, which fold to
        // themselves, sampled.
        let values = ScalarFolding.ranges.flatMap(Array.init) + Array(0..<0x80) + [0x3400, 0x4DBF, 0x4E00, 0x9FFF]
            + Array(stride(from: UInt32(0x3400), through: 0x4DBF, by: 61)) + Array(stride(from: UInt32(0x4E00), through: 0x9FFF, by: 89))
        var tabled = 0
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "A\(scalar)b", "\(scalar)\(scalar)か", "e\u{301}\(scalar)"] {
                // Text with a combining accent, or with a mark or joiner the fold drops,
                // takes the Unicode fold; whatever the scalar fold answers must agree.
                guard let fast = fold.fast(text) else { continue }
                #expect(!text.unicodeScalars.contains("\u{301}"))
                #expect(fast == fold.unicode(text), "U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
                tabled += 1
            }
        }
        // All but the marks and joiners take the scalar path.
        #expect(tabled >= (values.count - 40) * 3, "\(tabled) of \(values.count * 3)")
    }

    @Test func theVocabularyNormalizesAsThroughFoundation() {
        let words = EmbeddedVocabulary.yaml
            .split(whereSeparator: { "\n[],:".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        for text in words + ["Maßnahmen:", "  Nächste   Schritte ", "ＳｉＣ　ＭＯＳＦＥＴ", "課題と機会：", "Москва"] {
            let slow = Vocabulary.collapsingSpaces(in: Vocabulary.foldUnicode(text))
            #expect(Vocabulary.normalize(text) == slow, "\(text.debugDescription)")
        }
    }

    @Test func theConceptDataAndGuideWordsFoldAlike() throws {
        let texts = try EmbeddedConceptsTests.dataFile().split(separator: "\n").map(String.init) + [
            "Lieferzeiten für isolierte Gate-Treiber liegen bei über 40 Wochen", "MASSNAHMEN", "Maßnahmen",
            "délais de paiement", "ＳｉＣ　ＭＯＳＦＥＴ", "ｶﾀｶﾅ", "交期が長い", "がぎぐ", "第2四半期", "İstanbul", "ǅemal",
            "Ærø — “quoted” …", "\u{2000}\u{2001}", "Ελλάδα", "Москва", "한국어",
        ]
        for text in texts {
            #expect(ConceptLexicon.fold(text) == ConceptLexicon.foldUnicode(text), "\(text.debugDescription)")
        }
        // Greek, Cyrillic and Hangul are not tabled: the Unicode fold handles them.
        #expect(ScalarFolding.concepts.fold("Москва") == nil)
        #expect(ScalarFolding.concepts.fold("Lieferzeiten über 40 Wochen") == "lieferzeiten uber 40 wochen")
    }
}

@Suite struct InflectionStemTests {
    @Test func asciiWordsStemAsByCharacter() {
        // The byte path must agree with the character rules: `s`, then `en`, then vowels.
        let cases = ["deliveries": "deliver", "delivery": "deliver", "precios": "prec", "lieferungen": "lieferung",
                     "prices": "pric", "audio": "audi", "oeuvre": "oeuvr", "aaaaaa": "aaaa", "ab": "ab", "xenen": "xenen", "mens": "mens"]
        for (word, stem) in cases {
            #expect(ConceptLexicon.inflectionStem(word[...]) == stem, "\(word)")
        }
        #expect(ConceptLexicon.inflectionStem("größen") == "größ")
    }
}
