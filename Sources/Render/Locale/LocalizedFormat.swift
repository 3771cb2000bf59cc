import PlanModel

/// Numbers, amounts and dates as a reader of one language expects them, the same on
/// every machine (no system locale): the pack, the follow-up report and the owner sheets
/// all format through this one type, so `2,2 Mio. EUR` in a German pack is `2,2 Mio. EUR`
/// in the German report too.
///
/// Conventions: amounts put the currency code after the number except in English
/// (`EUR 2.2M`); millions and thousands are abbreviated as each language's business
/// press does (`Mio.`/`Tsd.` in German, `M`/`k` in French, Spanish, Italian and
/// Portuguese), Japanese and Chinese count in 万 and 億/亿. Dates are ISO in English,
/// Japanese and Chinese, `31.03.2027` in German and `31/03/2027` in French, Spanish,
/// Italian and Portuguese.
public struct LocalizedFormat: Sendable, Hashable {
    /// A base language code (`de` of `de-CH`); unknown languages format as English.
    public let language: String

    public init(language: String) {
        let base = String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
        self.language = Self.supported.contains(base) ? base : "en"
    }

    public static let supported: Set<String> = ["en", "de", "fr", "es", "it", "pt", "ja", "zh"]

    private var decimalSeparator: String {
        switch language {
        case "de", "fr", "es", "it", "pt": ","
        default: "."
        }
    }

    private var groupSeparator: String {
        switch language {
        case "de", "es", "it", "pt": "."
        // French groups with a narrow no-break space, which never breaks a number apart.
        case "fr": "\u{202F}"
        default: ","
        }
    }

    /// A whole number with the language's digit grouping (`12.500` in German).
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += groupSeparator }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A number with at most `fractionDigits` decimals, trailing zeros dropped (`2,5`).
    public func number(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<max(0, fractionDigits) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let whole = rounded.magnitude.rounded(.towardZero)
        var text = (rounded < 0 && rounded != 0 ? "-" : "") + integer(Int(whole))
        let fraction = Int(((rounded.magnitude - whole) * scale).rounded())
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: max(0, fractionDigits - digits.count)) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += decimalSeparator + digits
        }
        return text
    }

    /// A share of 1 as a percentage (`0.75` → `75 %`).
    public func percent(_ fraction: Double) -> String {
        number(fraction * 100, fractionDigits: 0) + (language == "ja" || language == "zh" ? "%" : " %")
    }

    /// A value with its unit, compact: `EUR 2.2M`, `2,2 Mio. EUR`, `210 k USD`, `220万 EUR`,
    /// `12 %`. A three-letter upper-case unit is a currency code.
    public func amount(_ value: Double, unit: String?) -> String {
        let number = compact(value)
        guard let unit, !unit.isEmpty else { return number }
        let isCurrency = unit.count == 3 && unit.allSatisfy { $0.isASCII && $0.isUppercase }
        if isCurrency && language == "en" { return "\(unit) \(number)" }
        return "\(number) \(unit)"
    }

    /// A number scaled to thousands or millions with one decimal at most.
    private func compact(_ value: Double) -> String {
        let magnitude = value.magnitude
        if language == "ja" || language == "zh" {
            let large = language == "ja" ? "億" : "亿"
            if magnitude >= 100_000_000 { return number(value / 100_000_000, fractionDigits: 1) + large }
            if magnitude >= 10_000 { return number(value / 10_000, fractionDigits: 1) + "万" }
            return number(value, fractionDigits: 1)
        }
        let (million, thousand): (String, String)
        switch language {
        case "en": (million, thousand) = ("M", "k")
        case "de": (million, thousand) = (" Mio.", " Tsd.")
        default: (million, thousand) = (" M", " k")
        }
        if magnitude >= 1_000_000 { return number(value / 1_000_000, fractionDigits: 1) + million }
        if magnitude >= 10_000 { return number(value / 1_000, fractionDigits: 1) + thousand }
        return number(value, fractionDigits: 1)
    }

    /// A calendar date: `2027-03-31`, `31.03.2027`, `31/03/2027`.
    public func date(_ date: PlanDate) -> String {
        let iso = date.iso
        let year = iso.prefix(4), month = iso.dropFirst(5).prefix(2), day = iso.suffix(2)
        switch language {
        case "de": return "\(day).\(month).\(year)"
        case "fr", "es", "it", "pt": return "\(day)/\(month)/\(year)"
        default: return iso
        }
    }

    /// A date given as `YYYY-MM-DD` text (a git commit date); other text stays as it is.
    public func date(iso text: String) -> String {
        guard case .success(let parsed) = PlanDate.parse(text), parsed.iso == text else { return text }
        return date(parsed)
    }
}
