import Testing
import Diagnostics

@Suite struct SourceTextTests {
    let source = SourceText(path: "de.md", text: "---\naccount: X\n---\n- Jürgen Weiß (@jweiss)\r\n- 张伟 (@zwei)\nlast")

    @Test func linesWithoutTerminators() {
        #expect(source.lineCount == 6)
        #expect(source.line(4) == "- Jürgen Weiß (@jweiss)")
        #expect(source.line(6) == "last")
        #expect(source.line(7) == nil)
        #expect(source.line(0) == nil)
    }

    @Test func convertsUTF8ColumnsToCodePoints() {
        // "(@jweiss)" starts after "- Jürgen Weiß " = 14 characters, 16 bytes.
        #expect(source.characterColumn(line: 4, utf8Column: 17) == 15)
        #expect(source.utf8Column(line: 4, characterColumn: 15) == 17)
        // Each Chinese character is three bytes.
        #expect(source.characterColumn(line: 5, utf8Column: 10) == 6)
        #expect(source.characterColumn(line: 5, utf8Column: 1) == 1)
    }

    /// Columns are converted from checkpoints every 64 bytes; every byte column of lines
    /// spanning several checkpoints, past the line's end too, must count as a scan from
    /// the line start does.
    @Test func convertsColumnsAcrossCheckpointsAsAScanFromTheLineStart() {
        let text = "ab\n" + String(repeating: "xü中😀", count: 40) + "\n" + String(repeating: "é", count: 70) + "\nend"
        let source = SourceText(path: "x.md", text: text)
        let bytes = Array(text.utf8)
        var lineStart = 0
        for line in 1...source.lineCount {
            for column in 1...(bytes.count - lineStart + 2) {
                let limit = min(lineStart + column - 1, bytes.count)
                let scanned = bytes[lineStart..<limit].filter { $0 & 0xC0 != 0x80 }.count + 1
                #expect(source.characterColumn(line: line, utf8Column: column) == scanned, "line \(line) column \(column)")
            }
            lineStart = (bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count) + 1
        }
    }

    @Test func nearMissSuggestsClosestNames() {
        #expect(NearMiss.bestMatches(for: "Kundenorganisaton", in: ["Kundenorganisation", "Team", "Ziele"]) == ["Kundenorganisation"])
        #expect(NearMiss.bestMatches(for: "xyz", in: ["Kundenorganisation"]).isEmpty)
    }
}

@Suite struct NearMissIndexTests {
    /// The textbook Levenshtein distance, to check the banded one against.
    private func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func theBandedDistanceAgreesWithTheFullOneUpToItsCap() {
        var generator = SplitMix(state: 18)
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in Unicode.Scalar(UInt8.random(in: 97...99, using: &generator)) }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in Unicode.Scalar(UInt8.random(in: 97...99, using: &generator)) }
            let cap = Int.random(in: 0...4, using: &generator)
            let full = fullDistance(a, b)
            let banded = NearMiss.editDistance(a, b, cap: cap)
            if full <= cap { #expect(banded == full, "\(a) \(b) cap \(cap)") } else { #expect(banded > cap, "\(a) \(b) cap \(cap)") }
            #expect(NearMiss.editDistance(a, b) == full)
        }
    }

    @Test func anIndexSuggestsTheClosestNamesAlphabeticallyAmongEquals() {
        var index = NearMissIndex(["kbauer", "jweber", "jwebers", "jwebe", "mfischer"])
        #expect(index.bestMatches(for: "jwebr", limit: 3) == ["jwebe", "jweber", "jwebers"])
        #expect(index.bestMatches(for: "kbaur", limit: 1) == ["kbauer"])
        #expect(index.bestMatches(for: "zzzzzz").isEmpty)
    }

    @Test func aSpentBudgetStillFindsNamesOneEditAwayButScansNoMore() {
        var generous = NearMissIndex(["kbauer", "jweber"])
        #expect(generous.bestMatches(for: "kbaxur", limit: 1) == ["kbauer"])
        var spent = NearMissIndex(["kbauer", "jweber"], budget: 40)
        #expect(spent.bestMatches(for: "kbaxur", limit: 1).isEmpty)
        #expect(spent.bestMatches(for: "kbaur", limit: 1) == ["kbauer"])
        #expect(spent.bestMatches(for: "jwebr", limit: 1) == ["jweber"])
    }

    @Test func theOneEditIndexAgreesWithAFullSearch() {
        var generator = SplitMix(state: 7)
        func randomWord(upTo length: Int) -> String {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...length, using: &generator) {
                scalars.append(Unicode.Scalar(UInt8.random(in: 97...100, using: &generator)))
            }
            return String(scalars)
        }
        let names = Array(Set((0..<150).map { _ in randomWord(upTo: 6) })).sorted()
        var index = NearMissIndex(names, budget: 1 << 40)
        for _ in 0..<150 {
            let word = randomWord(upTo: 7)
            let target = Array(word.unicodeScalars)
            let threshold = max(1, min(3, target.count / 3 + 1))
            var scored: [(name: String, distance: Int)] = []
            for name in names {
                let distance = fullDistance(target, Array(name.unicodeScalars))
                if distance <= threshold { scored.append((name, distance)) }
            }
            scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
            #expect(index.bestMatches(for: word) == scored.prefix(3).map(\.name), "\(word)")
        }
    }

    @Test func namesBeyondTheLengthCapAreNotCompared() {
        let long = String(repeating: "a", count: NearMissIndex.maximumNameLength)
        #expect(NearMiss.bestMatches(for: long + "b", in: [long + "c"]).isEmpty)
        #expect(NearMiss.bestMatches(for: long.dropLast() + "b", in: [long.dropLast() + "c"]) == [long.dropLast() + "c"])
    }
}

/// A seeded generator, so a failing case can be replayed.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
