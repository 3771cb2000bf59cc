import PlanModel
import Vocabulary

/// The ISO form of dates as authors naturally write them — `Q2/2027`, `2. Quartal 2027`,
/// `T2 2027`, `2027年第2四半期`, `2027/02/15`, and `02/03/2027` where the file's conventions
/// settle the order — proposed in the fix of a date that could not be read.
enum NaturalDate {
    /// The order of day and month in `a/b/yyyy`.
    enum SlashOrder: Equatable {
        case dayFirst, monthFirst

        var phrase: String { self == .dayFirst ? "day-first" : "month-first" }
    }

    /// The order a file writes slash dates in, when its front matter tells: month-first in
    /// US files (`country: US` or `language: en-US`), day-first in languages and English
    /// variants that write the day first; nil when it cannot be known.
    static func slashOrder(languageTag: String?, country: String?) -> SlashOrder? {
        let tag = (languageTag ?? "").lowercased()
        let primary = tag.split(separator: "-").first.map(String.init) ?? ""
        let region = tag.split(separator: "-").dropFirst().first.map { $0.uppercased() } ?? country
        if region == "US" || country == "US" { return .monthFirst }
        if ["de", "fr", "es", "it", "pt"].contains(primary) { return .dayFirst }
        if primary == "en", let region, ["GB", "IE", "AU", "NZ", "IN", "ZA"].contains(region) { return .dayFirst }
        return nil
    }

    /// `02/03/2027` read in a known order, as ISO; nil when it is no such date.
    static func slashDate(_ text: String, order: SlashOrder) -> String? {
        let parts = text.trimmingBlanks().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        let (day, month) = order == .dayFirst ? (a, b) : (b, a)
        return PlanDate(year: year, month: month, day: day)?.iso
    }

    /// `2027/02/15` and `2027年2月15日`: year first, so never ambiguous.
    static func yearFirstDate(_ text: String) -> String? {
        let numbers = text.split { !($0.isASCII && $0.isNumber) }
        guard numbers.count == 3, numbers[0].count == 4,
              text.allSatisfy({ ($0.isASCII && $0.isNumber) || "/.年月日 ".contains($0) }),
              let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2])
        else { return nil }
        return PlanDate(year: year, month: month, day: day)?.iso
    }

    /// A quarter written in words or with a letter, as `YYYY-Qn`: one four-digit year, one
    /// quarter (`Q2`, `2Q`, a number or ordinal word beside a quarter word), and nothing
    /// else but ordinal marks and fillers.
    static func quarter(_ text: String, inputs: NaturalInputs) -> String? {
        guard let tokens = tokens(Vocabulary.normalize(text), inputs: inputs) else { return nil }
        var year: Int?
        var numbers: [(index: Int, value: Int)] = []
        var ordinal: Int?
        var letterIndices: [Int] = []
        var hasQuarterWord = false
        for (index, token) in tokens.enumerated() {
            if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
                guard let value = Int(token) else { return nil }
                if token.count == 4 {
                    guard year == nil, (1900...2199).contains(value) else { return nil }
                    year = value
                } else {
                    numbers.append((index, value))
                }
            } else if inputs.quarterLetters.contains(token) {
                letterIndices.append(index)
            } else if inputs.quarterWords.contains(token) {
                hasQuarterWord = true
            } else if let value = inputs.ordinalWords[token] {
                guard ordinal == nil else { return nil }
                ordinal = value
            } else if !inputs.ordinalMarks.contains(token), !inputs.fillers.contains(token) {
                return nil
            }
        }
        guard let year, numbers.count + (ordinal == nil ? 0 : 1) == 1 else { return nil }
        let quarter: Int
        if let number = numbers.first {
            // A number names the quarter beside a quarter word, or right beside its letter.
            let besideLetter = letterIndices.contains { abs($0 - number.index) == 1 }
            guard hasQuarterWord || besideLetter else { return nil }
            quarter = number.value
        } else if let ordinal, hasQuarterWord {
            quarter = ordinal
        } else {
            return nil
        }
        guard (1...4).contains(quarter) else { return nil }
        return "\(year)-Q\(quarter)"
    }

    /// Runs of digits and of letters; runs of Chinese and Japanese characters are cut into
    /// the known words, since they are written without spaces. Nil when such a run holds
    /// an unknown word.
    private static func tokens(_ text: String, inputs: NaturalInputs) -> [String]? {
        enum Kind { case digit, letter, ideograph, other }
        func kind(_ character: Character) -> Kind {
            if character.isASCII && character.isNumber { return .digit }
            if let scalar = character.unicodeScalars.first, isIdeographic(scalar) { return .ideograph }
            if character.isLetter || "º°ª".contains(character) { return .letter }
            return .other
        }
        var runs: [(Kind, String)] = []
        for character in text {
            let current = kind(character)
            if let last = runs.last, last.0 == current, current != .other {
                runs[runs.count - 1].1.append(character)
            } else {
                runs.append((current, String(character)))
            }
        }
        var result: [String] = []
        let known = inputs.quarterWords.union(inputs.ordinalWords.keys).union(inputs.ordinalMarks).union(inputs.fillers)
        for (kind, run) in runs {
            switch kind {
            case .other: continue
            case .digit, .letter: result.append(run)
            case .ideograph:
                var rest = Substring(run)
                while !rest.isEmpty {
                    guard let word = known.filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return nil }
                    result.append(word)
                    rest = rest.dropFirst(word.count)
                }
            }
        }
        return result
    }

    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: true
        default: false
        }
    }
}
