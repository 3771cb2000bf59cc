import Foundation
import Yams

/// The ways authors naturally write what the format wants in a canonical form: country
/// names in every supported language, and the words of a quarter (`2. Quartal`, `T2`,
/// `第2四半期`). The front end uses them only to propose the canonical form of a value it
/// could not read; they never make a value valid by themselves.
public struct NaturalInputs: Sendable {
    /// Normalized country name → ISO 3166-1 alpha-2 code.
    private var countryCodes: [String: String] = [:]
    /// Normalized words that name a quarter (`quartal`, `trimestre`, `四半期`).
    public private(set) var quarterWords: Set<String> = []
    /// Lower-cased letters written beside a quarter's number (`q`, `t`).
    public private(set) var quarterLetters: Set<String> = []
    /// Normalized marks after a quarter's number (`nd`, `e`, `º`) or before it (`第`).
    public private(set) var ordinalMarks: Set<String> = []
    /// Normalized ordinal words → quarter number (`zweites` → 2).
    public private(set) var ordinalWords: [String: Int] = [:]
    /// Normalized words that may stand around a quarter (`im`, `del`, `年`).
    public private(set) var fillers: Set<String> = []

    public init() {}

    /// The data shipped with apg: `Resources/natural-inputs.yaml`, compiled in.
    public static let bundled: NaturalInputs = {
        // Checked against the data file by a test; without it apg merely proposes less.
        (try? NaturalInputs(yaml: EmbeddedNaturalInputs.yaml)) ?? NaturalInputs()
    }()

    public init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else {
            throw VocabularyError.malformed("natural inputs must be a mapping")
        }
        // Sorted, so that a name listed under two codes maps to the same one in every run.
        for (code, perLanguage) in ((root["countries"] as? [String: Any]) ?? [:]).sorted(by: { $0.key < $1.key }) {
            for name in Self.words(perLanguage) where countryCodes[Vocabulary.normalize(name)] == nil {
                countryCodes[Vocabulary.normalize(name)] = code.uppercased()
            }
        }
        let quarters = (root["quarters"] as? [String: Any]) ?? [:]
        quarterWords = Set(Self.words(quarters["words"]).map(Vocabulary.normalize))
        quarterLetters = Set(Self.words(quarters["letters"]).map { $0.lowercased() })
        ordinalMarks = Set(Self.words(quarters["ordinal-marks"]).map(Vocabulary.normalize))
        fillers = Set(Self.words(quarters["fillers"]).map(Vocabulary.normalize))
        for (number, perLanguage) in (quarters["ordinals"] as? [String: Any]) ?? [:] {
            guard let quarter = Int(number) else { continue }
            for word in Self.words(perLanguage) { ordinalWords[Vocabulary.normalize(word)] = quarter }
        }
    }

    /// Every word of a language → words mapping, in language order.
    private static func words(_ perLanguage: Any?) -> [String] {
        guard let perLanguage = perLanguage as? [String: Any] else { return [] }
        return perLanguage.sorted { $0.key < $1.key }.flatMap { ($0.value as? [Any])?.map { "\($0)" } ?? [] }
    }

    /// The code of a country named in any supported language: `Österreich` → `AT`.
    public func countryCode(forName name: String) -> String? {
        countryCodes[Vocabulary.normalize(name)]
    }

    /// How many country names are known (for tests of the table's reach).
    public var countryNameCount: Int { countryCodes.count }

    /// The distinct codes the table covers.
    public var countryCodesCovered: Set<String> { Set(countryCodes.values) }
}
