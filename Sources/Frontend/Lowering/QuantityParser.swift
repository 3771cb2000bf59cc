import Foundation
import PlanModel

/// Reads numbers such as `12`, `20 %`, `EUR 2.5M`, `€2,5 Mio`, `1,200 units` (spec §4.2).
enum QuantityParser {
    enum Failure: Error, Equatable {
        /// Not a number at all.
        case notANumber
        /// A decimal comma in a file whose language writes a decimal point; the
        /// suggestion is the number with a point.
        case decimalComma(suggestion: String)
        /// Beyond what a Double holds (`1e400`, four hundred digits): it would reach the
        /// outputs as infinity, which JSON cannot write.
        case outOfRange
    }

    /// Scale words as teams write them in the eight languages, longest first where one is
    /// the start of another: `Mrd`/`Mio`/`Tsd.` (de), `Md`/`Mds` (fr), `mil`/`MM` (es, pt:
    /// thousand; the Latin-American million), `Mi`/`Bi` (pt-BR), `mln`/`mld` (it),
    /// `万`/`億`/`亿`/`百万`/`千` (ja, zh).
    private static let scales: [(String, Double)] = [
        ("Mrd.", 1e9), ("Mrd", 1e9), ("Mio.", 1e6), ("Mio", 1e6), ("Tsd.", 1e3), ("Tsd", 1e3),
        ("Mds", 1e9), ("Md", 1e9), ("mln", 1e6), ("Mln", 1e6), ("mld", 1e9), ("Mld", 1e9),
        ("bn", 1e9), ("Bn", 1e9), ("mn", 1e6), ("Mn", 1e6),
        ("k", 1e3), ("K", 1e3), ("M", 1e6), ("B", 1e9),
        ("百万", 1e6), ("千万", 1e7), ("万", 1e4), ("億", 1e8), ("亿", 1e8), ("千", 1e3),
    ]
    /// Scale words that are also units elsewhere (`20 mi` miles, `5 mil` thousandths of an
    /// inch): read as a scale only in an amount of money (`BRL 1,4 Mi`, `USD 3 MM`).
    private static let moneyScales: [(String, Double)] = [
        ("mil", 1e3), ("Mil", 1e3), ("MM", 1e6), ("Mi", 1e6), ("mi", 1e6), ("Bi", 1e9), ("bi", 1e9),
    ]
    private static let symbols: [Character: String] = ["€": "EUR", "$": "USD", "£": "GBP"]
    private static let prefixedSymbols: [(String, String)] = [("R$", "BRL"), ("US$", "USD")]

    static func parse(_ text: String, decimalComma: Bool) -> Result<Quantity, Failure> {
        let written = text.trimmingBlanks()
        var rest = Substring(written)
        var currency: String?

        // A currency before the number: `EUR 2.5M`, `€2.5M`, `US$ 3`.
        if let first = rest.first, let code = symbols[first] {
            currency = code
            rest = rest.dropFirst().drop(while: \.isWhitespace)
        } else if let (prefix, code) = Self.prefixedSymbols.first(where: { rest.hasPrefix($0.0) }) {
            currency = code
            rest = rest.dropFirst(prefix.count).drop(while: \.isWhitespace)
        } else {
            let letters = rest.prefix { $0.isLetter && $0.isUppercase && $0.isASCII }
            if letters.count == 3, rest.dropFirst(3).first.map({ $0 == " " || $0.isNumber }) ?? false {
                currency = String(letters)
                rest = rest.dropFirst(3).drop(while: \.isWhitespace)
            }
        }

        var sign = 1.0
        if let first = rest.first, first == "-" || first == "+" || first == "−" {
            if first != "+" { sign = -1 }
            rest = rest.dropFirst()
        }
        let numberText = numberPrefix(of: rest, spaceGroups: decimalComma)
        guard numberText.first?.isNumber == true else { return .failure(.notANumber) }
        var suffix = rest.dropFirst(numberText.count).drop(while: \.isWhitespace)

        let number: Double
        switch interpret(numberText.trimmingTrailingSeparators, decimalComma: decimalComma) {
        case .success(let value): number = value
        case .failure(let failure): return .failure(failure)
        }

        var scale = 1.0
        // Scientific notation (`1e6`, `2.5E-3`), as engineers write it.
        if let exponent = Self.exponent(in: suffix) {
            scale = pow(10, Double(exponent.value))
            suffix = suffix.dropFirst(exponent.length).drop(while: \.isWhitespace)
        }
        let knownScales = currency == nil ? scales : moneyScales + scales
        for (word, factor) in knownScales where suffix.hasPrefix(word) {
            let after = suffix.dropFirst(word.count)
            // A CJK scale is followed directly by its unit (`万元`, `億円`); a Latin one
            // must end its word, so that `Mio` is not read in `Mitarbeiter`.
            let isCJK = word.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
            if isCJK || (after.first.map({ !$0.isLetter }) ?? true) {
                scale = factor
                suffix = after.drop(while: \.isWhitespace)
                break
            }
        }
        var unit = suffix.trimmingBlanks()
        if unit.count == 1, let code = unit.first.flatMap({ symbols[$0] }) { unit = code }
        if unit.first?.isNumber == true { return .failure(.notANumber) }
        if currency != nil, !unit.isEmpty, unit != currency { return .failure(.notANumber) }
        let value = sign * number * scale
        guard value.isFinite, number == 0 || value != 0 else { return .failure(.outOfRange) }
        return .success(Quantity(value: value, unit: currency ?? (unit.isEmpty ? nil : unit), text: written))
    }

    /// `e6`, `E-3` at the start of the text after a number, with the characters it takes.
    private static func exponent(in text: Substring) -> (value: Int, length: Int)? {
        guard let first = text.first, first == "e" || first == "E" else { return nil }
        var rest = text.dropFirst()
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).first.map({ !$0.isLetter }) ?? true else { return nil }
        // Four digits already overflow a Double; more would overflow the Int.
        let magnitude = Int(digits.prefix(5)) ?? 0
        return (negative ? -magnitude : magnitude, text.count - rest.count + digits.count)
    }

    /// The digits and separators at the start of `text`. Where a decimal comma is
    /// written, a plain blank may group thousands too (`1 200`), but only before exactly
    /// three digits, so `12 Stück` keeps its unit.
    private static func numberPrefix(of text: Substring, spaceGroups: Bool) -> Substring {
        var end = text.startIndex
        while end < text.endIndex {
            let character = text[end]
            if (character.isASCII && character.isNumber) || ".,'’\u{00A0}\u{202F}".contains(character) {
                end = text.index(after: end)
                continue
            }
            if spaceGroups, character == " ", end > text.startIndex, text[text.index(before: end)].isNumber {
                let group = text[text.index(after: end)...].prefix { $0.isASCII && $0.isNumber }
                if group.count == 3 {
                    end = text.index(after: end)
                    continue
                }
            }
            break
        }
        return text[..<end]
    }

    /// Decides which separators group thousands and which one marks decimals.
    private static func interpret(_ text: String, decimalComma: Bool) -> Result<Double, Failure> {
        var digits = ""
        var decimalSeparator: Character?
        let marks = text.filter { !$0.isNumber }
        let dots = marks.filter { $0 == "." }.count
        let commas = marks.filter { $0 == "," }.count
        let groups = text.split(whereSeparator: { !$0.isNumber }).map(String.init)

        if dots > 0, commas > 0 {
            // Both: the last one written is the decimal separator.
            decimalSeparator = text.last { $0 == "." || $0 == "," }
            if decimalSeparator == ",", !decimalComma {
                return .failure(.decimalComma(suggestion: swapSeparators(text)))
            }
        } else if dots + commas == 1 {
            let mark: Character = dots == 1 ? "." : ","
            let fractionDigits = groups.last?.count ?? 0
            if mark == "," {
                if decimalComma {
                    decimalSeparator = ","
                } else if fractionDigits != 3 {
                    return .failure(.decimalComma(suggestion: text.replacingOccurrences(of: ",", with: ".")))
                }
            } else if !(decimalComma && fractionDigits == 3) {
                // `1.200` in a German file is twelve hundred; anywhere else a point is a
                // decimal point.
                decimalSeparator = "."
            }
        } else if dots + commas > 1 {
            // Several of one kind: grouping only.
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .failure(.notANumber) }
        }
        var seenDecimal = false
        for character in text {
            if character.isNumber {
                digits.append(character)
            } else if character == decimalSeparator {
                guard !seenDecimal else { return .failure(.notANumber) }
                seenDecimal = true
                digits.append(".")
            }
        }
        guard let value = Double(digits) else { return .failure(.notANumber) }
        return .success(value)
    }

    private static func swapSeparators(_ text: String) -> String {
        String(text.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
    }
}

private extension Substring {
    /// `12.` or `12,` at the end of a sentence is not a separator.
    var trimmingTrailingSeparators: String {
        var text = self
        while let last = text.last, !last.isNumber { text.removeLast() }
        return String(text)
    }
}
