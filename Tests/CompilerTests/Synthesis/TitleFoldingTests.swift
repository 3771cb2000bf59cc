import Testing
@testable import Compiler

/// The byte path of the title fold must give what Foundation's folding gives.
@Suite struct TitleFoldingTests {
    @Test func everyASCIITextFoldsAsFoundationFoldsIt() {
        let printable = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
        var texts = printable.map { "A\($0)b \($0)" } + ["", " ", "\t\r\n", "Supply issue 4 for product P4 at site 12", "SiC-MOSFETs: 800V, 2.5 % / 8D", "a\r\nb"]
        texts += (0..<0x80).map { String(Character(Unicode.Scalar(UInt8($0)))) + "Xy" }
        for text in texts {
            #expect(TitleAnalyzer.foldASCII(text) == TitleAnalyzer.foldUnicode(text), "\(text.debugDescription)")
        }
        #expect(TitleAnalyzer.foldASCII("Lieferzeit über") == nil)
    }

    @Test func asciiAndUnicodeTitlesAnalyzeAsBefore() {
        // The byte paths change no feature: the same title with a lone non-ASCII letter
        // (too short to be a word) takes the Unicode paths and must read the same.
        for title in ["Supply of SiC MOSFETs at 800V delayed 40 weeks (8D report)", "Lead-times of 2.5 % on P7/P8 -- site 12"] {
            #expect(TitleAnalyzer.analyze(title, language: "en") == TitleAnalyzer.analyze(title + " é", language: "en"), "\(title)")
        }
    }
}
