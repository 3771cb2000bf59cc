@testable import Compiler
import Testing

@Suite struct TitleAnalyzerTests {
    @Test func codesAndNumbersAreLanguageIndependent() {
        let german = TitleAnalyzer.analyze("SiC-MOSFET-Zuteilung gefährdet den Hochlauf der 800-V-Wechselrichter", language: "de")
        let chinese = TitleAnalyzer.analyze("SiC MOSFET 配额不足，影响800V逆变器量产爬坡", language: "zh")
        #expect(german.anchors == ["sic", "mosfet", "800"])
        #expect(chinese.anchors == ["sic", "mosfet", "800v", "800"])
        #expect(chinese.words.contains("逆变"))
        #expect(TitleAnalyzer.analyze("Wert EUR 2,5 Mio", language: "de").anchors.contains("2.5"))
    }

    @Test func stopWordsGoAndInflectionsMeet() {
        let plural = TitleAnalyzer.analyze("The modules of the inverters", language: "en")
        let singular = TitleAnalyzer.analyze("Module for an inverter", language: "en")
        #expect(plural.words == singular.words)
        let german = TitleAnalyzer.analyze("Die Berichte über Ausfälle", language: "de")
        #expect(german.words == TitleAnalyzer.analyze("Bericht zum Ausfall", language: "de").words)
        #expect(TitleAnalyzer.analyze("Les rapports sur les retours", language: "fr").words == ["rapport", "retour"])
    }

    @Test func japaneseParticlesSplitBigrams() {
        let words = TitleAnalyzer.analyze("市場返品の8Dレポート", language: "ja").words
        #expect(words.contains("返品"))
        #expect(!words.contains("品の"))
        #expect(!words.contains("の8"))
        #expect(words.contains("8d"))
    }
}
