/// The field separator of `actions.csv` (`--csv-delimiter`). Excel opens a CSV file with
/// the list separator of the system's locale: `;` where the decimal separator is a comma
/// (German, French, Spanish, Italian, Portuguese), `,` elsewhere.
public enum CSVSeparator: String, Sendable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab

    public var character: Character {
        switch self {
        case .comma: ","
        case .semicolon: ";"
        case .tab: "\t"
        }
    }

    /// The separator Excel expects for a pack in `language` (`de`, `pt-BR`).
    public static func `default`(forLanguage language: String) -> CSVSeparator {
        let base = String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
        return ["de", "fr", "es", "it", "pt"].contains(base) ? .semicolon : .comma
    }

    /// Numbers in the file: a decimal comma where `;` separates fields in a language
    /// that writes one, so that Excel reads `2,5` as a number; a point otherwise.
    func decimalSeparator(language: String) -> String {
        self != .comma && CSVSeparator.default(forLanguage: language) == .semicolon ? "," : "."
    }
}
