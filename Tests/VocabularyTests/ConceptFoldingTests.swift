import Foundation
import Testing
@testable import Vocabulary

/// The scalar-by-scalar fold must give what the Unicode fold gives, for every scalar it
/// tables and for the words of the concept data and of guides it meets.
@Suite struct ConceptFoldingTests {
    @Test func everyTabledScalarFoldsAsTheUnicodeFoldDoesAloneAndBetweenLetters() {
        // Every tabled scalar; the ideographs, which fold to themselves, sampled.
        let tabled: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2000...0x206F, 0x3000...0x30FF, 0xFF00...0xFFEF]
        let values = tabled.flatMap(Array.init) + [0x3400, 0x4DBF, 0x4E00, 0x9FFF]
            + Array(stride(from: UInt32(0x3400), through: 0x4DBF, by: 61)) + Array(stride(from: UInt32(0x4E00), through: 0x9FFF, by: 89))
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "A\(scalar)b", "\(scalar)\(scalar)か", "e\u{301}\(scalar)"] {
                // Text with a combining accent takes the Unicode fold; the rest must not.
                if text.unicodeScalars.contains("\u{301}") {
                    #expect(ConceptFolding.fold(text) == nil)
                } else {
                    #expect(ConceptFolding.fold(text) == ConceptLexicon.foldUnicode(text), "U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
                }
            }
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
        #expect(ConceptFolding.fold("Москва") == nil)
        #expect(ConceptFolding.fold("Lieferzeiten über 40 Wochen") == "lieferzeiten uber 40 wochen")
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
