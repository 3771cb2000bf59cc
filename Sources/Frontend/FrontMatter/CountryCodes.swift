import Vocabulary

/// ISO 3166-1 alpha-2: the officially assigned codes, and the usual ways people get
/// them wrong.
public enum CountryCodes {
    /// Every officially assigned alpha-2 code (249), upper case.
    public static let assigned: Set<String> = Set(assignedList)

    static let assignedList: [String] = """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET \
        FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU \
        ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM \
        PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(separator: " ").map(String.init)

    /// Codes that are not alpha-2 codes but are written in their place. Country names
    /// in every language are data (`NaturalInputs`, Resources/natural-inputs.yaml).
    static let aliases: [String: String] = [
        "UK": "GB", "EL": "GR", "EN": "GB",
        "GER": "DE", "DEU": "DE", "FRA": "FR", "GBR": "GB", "USA": "US", "CHN": "CN", "JPN": "JP", "ITA": "IT",
        "ESP": "ES", "PRT": "PT", "BRA": "BR", "MEX": "MX", "CAN": "CA", "IND": "IN", "KOR": "KR", "AUT": "AT",
        "CHE": "CH", "NLD": "NL", "BEL": "BE", "POL": "PL", "CZE": "CZ", "HUN": "HU", "SWE": "SE", "TUR": "TR",
    ]

    /// Suggestions for a code that is not assigned: a known alias or a country's name in
    /// any supported language (`Österreich`, `Allemagne`, `中国`) first, else codes one
    /// letter away.
    public static func suggestions(for text: String) -> [String] {
        let upper = text.uppercased()
        if let alias = aliases[upper] { return [alias] }
        if let named = NaturalInputs.bundled.countryCode(forName: text) { return [named] }
        guard upper.count == 2 else { return [] }
        return NearMissCodes.oneLetterAway(upper, in: assignedList)
    }
}

enum NearMissCodes {
    /// Codes of the same length that differ in exactly one letter, sorted.
    static func oneLetterAway(_ code: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(code)
        return candidates.filter { candidate in
            let other = Array(candidate)
            return other.count == target.count && zip(other, target).count { $0 != $1 } == 1
        }
        .sorted()
        .prefix(limit)
        .map { $0 }
    }
}
