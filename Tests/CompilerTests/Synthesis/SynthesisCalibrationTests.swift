@testable import Compiler
import Diagnostics
import PlanModel
import Testing

private typealias F = SynthesisFixtures

/// The failure modes measured on the synthesis of issue 12, one test each.
@Suite struct SynthesisCalibrationTests {
    /// Unrelated items, so that the pairs under test are rare in the account.
    private static let background = [
        F.item("X-1", "Customer audit of the Reutlingen plant", file: "us.md", line: 40),
        F.item("X-2", "New purchasing director in Suzhou", file: "us.md", line: 42),
        F.item("X-3", "Warranty claims for the body controller", file: "us.md", line: 44),
        F.item("X-4", "Training for service engineers", file: "us.md", line: 46),
    ]

    @Test func aSharedQuantityWithItsUnitIsStrongEvidence() {
        let result = F.synthesize(F.model(items: Self.background + [
            F.item("DE-I1", "Angebote nur noch mit 38 Wochen", file: "de.md", language: "de"),
            F.item("JP-I1", "見積りは38週", file: "jp.md", language: "ja", country: "JP"),
        ]))
        #expect(result.memberSets.contains(["DE-I1", "JP-I1"]))
        let reason = result.synthesizedItem(containing: "DE-I1")?.reason ?? ""
        #expect(reason.contains("quantities 38 week"), "\(reason)")
    }

    @Test func codesAndCountriesInOneTitleOnlyDoNotDilute() throws {
        let items = Self.background + [
            F.item("GL-I1", "Field failures of the brake controller", file: "global.md"),
            F.item("US-I1", "Field failures of the brake controller in Germany (BC-200, 2027)", file: "us.md"),
        ]
        let (profiles, weights) = ItemProfile.prepared(items)
        let scorer = PairScorer(weights: weights, units: UnitTree(units: []), thresholds: SynthesisThresholds())
        let a = try #require(profiles.first { $0.item.id == "GL-I1" })
        let b = try #require(profiles.first { $0.item.id == "US-I1" })
        #expect(scorer.evidence(a, b).text > 0.99)
    }

    @Test func aSharedProductCannotMergeDifferentProblems() {
        let result = F.synthesize(F.model(items: Self.background + [
            F.item("DE-I1", "IsoDrive GD300 delivery delay", unit: "inv", products: ["IsoDrive GD300"]),
            F.item("FR-I1", "IsoDrive GD300 price increase", file: "fr.md", unit: "inv", products: ["IsoDrive GD300"]),
        ], units: [F.unit("inv")]))
        #expect(!result.memberSets.contains(["DE-I1", "FR-I1"]))
        #expect(!result.diagnostics.contains { $0.rule.code == "APG303" })
    }

    @Test func theConceptOfASharedProductIsTheSubjectNotAnAgreementOnTheProblem() {
        // Both name `microcontroller`, but only because both are about the brake MCU: what
        // is wrong (a missing safety manual, errata published late) differs.
        let result = F.synthesize(F.model(items: Self.background + [
            F.item("GL-I1", "Safety manual for the brake MCU is missing", file: "global.md", unit: "brake", themes: ["functional safety"],
                   products: ["brake MCU"]),
            F.item("DE-I1", "Errata-Liste der Brems-MCU wird zu spät aktualisiert", language: "de", unit: "brake",
                   themes: ["functional safety"], products: ["brake MCU"]),
        ], units: [F.unit("brake")]))
        #expect(!result.memberSets.contains(["DE-I1", "GL-I1"]))
    }

    @Test func themesInOtherWordsAcrossLanguagesAreNoEvidenceAgainst() throws {
        // `Servicequalität` and `asistencia técnica` name different concepts; the titles
        // agree. A theme mismatch within one language still counts.
        let items = Self.background + [
            F.item("DE-I1", "Techniker kommt bei Geräteausfall erst nach Tagen", language: "de", themes: ["Servicequalität"]),
            F.item("ES-I1", "Cuando se avería un equipo, el técnico tarda días", file: "es.md", language: "es", country: "ES",
                   themes: ["asistencia técnica"]),
        ]
        let (profiles, weights) = ItemProfile.prepared(items)
        let scorer = PairScorer(weights: weights, units: UnitTree(units: []), thresholds: SynthesisThresholds())
        let a = try #require(profiles.first { $0.item.id == "DE-I1" })
        let b = try #require(profiles.first { $0.item.id == "ES-I1" })
        #expect(a.themeConcepts.isDisjoint(with: b.themeConcepts))
        let evidence = scorer.evidence(a, b)
        #expect(evidence.theme == nil)
        #expect(evidence.score == evidence.text)
    }

    @Test func aConceptOnlyTheThemeNamesMeetsTheOtherTitle() throws {
        // The Portuguese title names the hospitals, its theme the cold chain; the Chinese
        // title names both.
        let items = Self.background + [
            F.item("BR-I1", "Reclamações dos hospitais do Nordeste", file: "br.md", language: "pt", country: "BR", themes: ["cadeia fria"]),
            F.item("CN-I1", "发往医院的冷链药品", file: "cn.md", language: "zh", country: "CN"),
        ]
        let (profiles, weights) = ItemProfile.prepared(items)
        let scorer = PairScorer(weights: weights, units: UnitTree(units: []), thresholds: SynthesisThresholds())
        let a = try #require(profiles.first { $0.item.id == "BR-I1" })
        let b = try #require(profiles.first { $0.item.id == "CN-I1" })
        #expect(!a.title.concepts.union(a.title.implied).contains("cold-chain"))
        #expect(a.themeConcepts.contains("cold-chain") && b.title.concepts.contains("cold-chain"))
        let (withTheme, _) = ItemProfile.prepared(items.map { item in
            var copy = item
            copy.themes = []
            return copy
        })
        let withoutTheme = PairScorer(weights: TokenWeights(withTheme), units: UnitTree(units: []), thresholds: SynthesisThresholds())
        let plainA = try #require(withTheme.first { $0.item.id == "BR-I1" })
        let plainB = try #require(withTheme.first { $0.item.id == "CN-I1" })
        #expect(scorer.evidence(a, b).text > withoutTheme.evidence(plainA, plainB).text)
    }

    @Test func anIssueAndAnOpportunityNeverMergeUnlessDeclared() {
        let apart = F.synthesize(F.model(items: [
            F.item("DE-I1", "SiC module qualification for the 800 V inverter", products: ["SiC module"]),
            F.item("DE-O1", "SiC module qualification for the 800 V inverter", line: 5, kind: .opportunity, products: ["SiC module"]),
        ]))
        #expect(apart.items.count == 2)
        #expect(apart.suggestions.isEmpty)
        let declared = F.synthesize(F.model(items: [
            F.item("DE-I1", "SiC module qualification for the 800 V inverter", sameAs: ["DE-O1"]),
            F.item("DE-O1", "SiC module qualification for the 800 V inverter", line: 5, kind: .opportunity),
        ]))
        #expect(declared.items.count == 1)
    }

    @Test func translationsMergeOnSharedConceptsAndTheReasonNamesThem() {
        let result = F.synthesize(F.model(items: Self.background + [
            F.item("DE-I1", "Zahlungsziele sollen auf 120 Tage verlängert werden", language: "de"),
            F.item("FR-I1", "Le client veut allonger les délais de paiement", file: "fr.md", language: "fr", country: "FR"),
        ]))
        #expect(result.memberSets.contains(["DE-I1", "FR-I1"]))
        let reason = result.synthesizedItem(containing: "DE-I1")?.reason ?? ""
        #expect(reason.contains("concepts payment-terms"), "\(reason)")
    }

    @Test func workspaceConceptsMergeTranslations() {
        let items = Self.background + [
            F.item("DE-I1", "Zu viele Quetschkappen", language: "de"),
            F.item("FR-I1", "Trop de bouchons écrasés", file: "fr.md", language: "fr", country: "FR"),
        ]
        #expect(!F.synthesize(F.model(items: items)).memberSets.contains(["DE-I1", "FR-I1"]))
        var config = WorkspaceConfig()
        config.concepts = ["crushed-cap": ["de": ["Quetschkappe*"], "fr": ["bouchons écrasés", "bouchon écrasé"]]]
        let result = Synthesizer(config: config).synthesize(F.model(items: items))
        #expect(result.memberSets.contains(["DE-I1", "FR-I1"]))
    }

    @Test func nearMissesAreSuggestedAtTheSecondItemUntilDecided() throws {
        let items = Self.background + [
            F.item("DE-I1", "Schulung der Bediener an den neuen Abfüllanlagen", language: "de"),
            F.item("ES-I1", "Formación de los operarios en las nuevas llenadoras", file: "es.md", line: 9, language: "es", country: "ES"),
        ]
        let result = F.synthesize(F.model(items: items), settings: ["merge-threshold": 0.95, "suggestion-threshold": 0.3])
        #expect(!result.memberSets.contains(["DE-I1", "ES-I1"]))
        let note = try #require(result.diagnostics.first { $0.rule.code == "APG303" && $0.message.contains("DE-I1") })
        #expect(note.severity == .note)
        #expect(note.location?.file == "es.md")
        #expect(note.message == "may be the same as DE-I1 (shared concepts: training); add `Same as: DE-I1` or `Not same as: DE-I1`")
        #expect(result.suggestions.contains { $0.item == "DE-I1" && $0.candidate == "ES-I1" })

        var rejected = items
        rejected[rejected.count - 1].notSameAs = [Reference(id: "DE-I1", location: F.location("es.md", 10))]
        let decided = F.synthesize(F.model(items: rejected), settings: ["merge-threshold": 0.95, "suggestion-threshold": 0.3])
        #expect(!decided.suggestions.contains { $0.item == "DE-I1" && $0.candidate == "ES-I1" })
        #expect(!decided.diagnostics.contains { $0.rule.code == "APG303" && $0.location?.file == "es.md" && $0.message.contains("DE-I1") })
    }
}
