/// Quantities with their unit (`40 weeks`, `40 Wochen`, `40周`, `800 V`, `77GHz`,
/// `2,5 %`), normalized to a number and a language-neutral unit (`40 week`, `800 v`,
/// `2.5 %`). A quantity two titles share is distinctive evidence that survives
/// translation, unlike a bare number (`2028`), which may be anything.
enum TitleQuantities {
    static func find(in title: String) -> Set<String> {
        // ASCII text is its own canonical composition; a title without an ASCII digit has
        // no quantity.
        guard title.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return [] }
        let characters = Array(title.utf8.allSatisfy { $0 < 0x80 } ? title : title.precomposedStringWithCanonicalMapping)
        var found: Set<String> = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
                    || TitleAnalyzer.isCJK(characters[index - 1].unicodeScalars.first ?? " ")
            else {
                index += 1
                continue
            }
            var number = ""
            while index < characters.count {
                let character = characters[index]
                if character.isASCII, character.isNumber {
                    number.append(character)
                } else if character == "." || character == ",", index + 1 < characters.count,
                          characters[index + 1].isASCII, characters[index + 1].isNumber {
                    number.append(".")
                } else {
                    break
                }
                index += 1
            }
            var cursor = index
            while cursor < characters.count, characters[cursor] == " " || characters[cursor] == "-" || characters[cursor] == "\u{00A0}" {
                cursor += 1
            }
            if let unit = unit(at: cursor, in: characters, number: number) {
                found.insert(normalized(number) + " " + unit)
            }
        }
        return found
    }

    private static func normalized(_ number: String) -> String {
        var text = number
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    private static func unit(at start: Int, in characters: [Character], number: String) -> String? {
        guard start < characters.count else { return nil }
        if characters[start] == "%" || characters[start] == "％" { return "%" }
        if TitleAnalyzer.isCJK(characters[start].unicodeScalars.first ?? " ") {
            for length in stride(from: 3, through: 1, by: -1) where start + length <= characters.count {
                let word = String(characters[start..<(start + length)])
                if word == "年", number.count > 2 { return nil }
                if let unit = cjkUnits[word] { return unit }
            }
            return nil
        }
        var end = start
        while end < characters.count, characters[end].isLetter, !TitleAnalyzer.isCJK(characters[end].unicodeScalars.first ?? " ") {
            end += 1
        }
        guard end > start else { return nil }
        let word = TitleAnalyzer.fold(String(characters[start..<end]))
        return latinUnits[word]
    }

    private static let latinUnits: [String: String] = {
        var table: [String: String] = [:]
        let groups: [String: [String]] = [
            "week": ["week", "weeks", "wk", "wks", "woche", "wochen", "semaine", "semaines", "semana", "semanas", "settimana", "settimane"],
            "day": ["day", "days", "tag", "tage", "tagen", "jour", "jours", "dia", "dias", "giorno", "giorni"],
            "month": ["month", "months", "monat", "monate", "monaten", "mois", "mes", "meses", "mese", "mesi"],
            "year": ["year", "years", "jahr", "jahre", "jahren", "an", "ans", "annee", "annees", "ano", "anos", "anno", "anni"],
            "hour": ["h", "hour", "hours", "hrs", "stunde", "stunden", "std", "heure", "heures", "hora", "horas", "ora", "ore"],
            "%": ["percent", "prozent", "pct"],
            "ppm": ["ppm"], "v": ["v", "volt"], "kv": ["kv"], "w": ["w", "watt"], "kw": ["kw"], "mw": ["mw"], "gw": ["gw"],
            "kwh": ["kwh"], "mwh": ["mwh"], "gwh": ["gwh"], "hz": ["hz"], "khz": ["khz"], "mhz": ["mhz"], "ghz": ["ghz"],
            "ma": ["ma"], "ka": ["ka"], "nm": ["nm"], "mm": ["mm"], "cm": ["cm"], "km": ["km"], "kg": ["kg"], "db": ["db"],
        ]
        for (unit, words) in groups {
            for word in words { table[word] = unit }
        }
        return table
    }()

    private static let cjkUnits: [String: String] = [
        "週間": "week", "週": "week", "周": "week", "个星期": "week", "星期": "week",
        "日間": "day", "日": "day", "天": "day",
        "ヶ月": "month", "か月": "month", "カ月": "month", "ケ月": "month", "个月": "month", "個月": "month",
        "年間": "year", "年": "year",
        "時間": "hour", "小时": "hour",
    ]
}

/// Country names in the eight languages, folded: a title naming its country says where
/// the concern was raised, not what it is, so such a name in only one of two titles must
/// not make them look different.
enum CountryNames {
    static func isCountry(_ folded: String) -> Bool { latin.contains(folded) }

    static let latin: Set<String> = [
        "germany", "deutschland", "allemagne", "alemania", "germania", "alemanha",
        "france", "frankreich", "francia", "franca",
        "spain", "spanien", "espagne", "espana", "spagna", "espanha",
        "italy", "italien", "italie", "italia",
        "portugal", "portogallo",
        "brazil", "brasilien", "bresil", "brasil", "brasile",
        "china", "chine", "cina",
        "japan", "japon", "giappone", "japao",
        "usa", "america", "amerika", "eua",
        "uk", "england", "angleterre", "inglaterra", "inghilterra", "britain",
        "mexico", "mexiko", "mexique", "messico",
        "india", "indien", "inde",
        "korea", "coree", "corea", "coreia",
        "poland", "polen", "pologne", "polonia",
        "netherlands", "niederlande", "holland",
        "austria", "osterreich", "autriche",
        "switzerland", "schweiz", "suisse", "suiza", "svizzera", "suica",
        "hungary", "ungarn", "hongrie", "hungria", "ungheria",
        "turkey", "turkei", "turquie", "turquia", "turchia",
        "canada", "kanada", "belgium", "belgien", "belgique", "belgica", "belgio",
        "sweden", "schweden", "suede", "suecia", "svezia",
        "czechia", "tschechien", "slovakia", "slowakei", "romania", "rumanien", "roumanie",
    ]

    /// Japanese and Chinese names, removed from the text before its character pairs are
    /// taken.
    static let cjk: [String] = [
        "德国", "ドイツ", "法国", "フランス", "西班牙", "スペイン", "意大利", "イタリア", "葡萄牙", "ポルトガル",
        "巴西", "ブラジル", "中国", "日本", "美国", "米国", "アメリカ", "英国", "イギリス", "墨西哥", "メキシコ",
        "印度", "インド", "韩国", "韓国", "波兰", "ポーランド",
    ]
}
