import APGJSON
@testable import Compiler
import Diagnostics
import PlanModel
import Testing

@Suite struct SynthesizerTests {
    typealias F = SynthesisFixtures

    // MARK: Same as / Not same as

    @Test func nearDuplicatesMergeAndKeepEverySource() throws {
        let result = F.synthesize(F.model(items: [
            F.item("GL-I1", "8D reports on field returns take too long", file: "global.md", country: nil, unit: "qual", themes: ["quality"], priority: .medium),
            F.item("DE-I4", "8D-Berichte zu Feldausfällen dauern zu lange", file: "de.md", language: "de", unit: "qual", themes: ["Quality"], priority: .high),
            F.item("FR-I4", "Les rapports 8D sur les retours terrain sont trop lents", file: "fr.md", language: "fr", country: "FR", unit: "qual", themes: ["quality"]),
        ]))
        let merged = try #require(result.items.first)
        #expect(result.items.count == 1)
        #expect(merged.members == ["DE-I4", "FR-I4", "GL-I1"])
        #expect(merged.id == "GL-I1")
        #expect(merged.title == "8D reports on field returns take too long")
        #expect(merged.priority == .high)
        #expect(merged.countries == ["DE", "FR"])
        #expect(merged.themes == ["quality"])
        #expect(merged.merges.count == 2)
        #expect(merged.reason.contains("codes 8, 8d"))
    }

    @Test func sameAsForcesAMergeTheHeuristicsWouldNotMake() throws {
        let items = [
            F.item("DE-O3", "Schulungen zur funktionalen Sicherheit anbieten", language: "de", kind: .opportunity),
            F.item("US-O1", "Offer safety training to engineers", file: "us.md", country: "US", kind: .opportunity, sameAs: ["de-o3"]),
        ]
        #expect(F.synthesize(F.model(items: [items[0], F.item("US-O1", "Offer safety training to engineers", file: "us.md", country: "US", kind: .opportunity)])).items.count == 2)
        let result = F.synthesize(F.model(items: items))
        let merged = try #require(result.items.first)
        #expect(result.items.count == 1)
        #expect(merged.merges.map(\.cause) == ["same-as"])
        #expect(merged.reason == "DE-O3 + US-O1: US-O1 says same as DE-O3")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func notSameAsKeepsNearDuplicatesApart() {
        let a = F.item("US-I3", "Radar MCU engineering samples are late", unit: "radar", themes: ["radar"])
        let b = F.item("US-I9", "Radar MCU engineering samples arrive late", unit: "radar", themes: ["radar"])
        #expect(F.synthesize(F.model(items: [a, b])).items.count == 1)
        var forbidding = b
        forbidding.notSameAs = [Reference(id: "US-I3", location: F.location("de.md", 9))]
        #expect(F.synthesize(F.model(items: [a, forbidding])).memberSets == [["US-I3"], ["US-I9"]])
    }

    @Test func sameAsContradictingNotSameAsIsReportedAndLosesThroughAChain() throws {
        let result = F.synthesize(F.model(items: [
            F.item("A-1", "Alpha concern", line: 1, sameAs: ["B-1"]),
            F.item("B-1", "Beta topic", line: 10, sameAs: ["C-1"]),
            F.item("C-1", "Gamma matter", line: 20, notSameAs: ["A-1"]),
        ]))
        #expect(result.memberSets == [["A-1", "B-1"], ["C-1"]])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.rule == SynthesisRules.sameAsConflict.id)
        #expect(diagnostic.location == F.location("de.md", 11))
        #expect(diagnostic.message == "'same as C-1' on B-1 conflicts with 'not same as A-1' on C-1; the items are kept apart")
        #expect(diagnostic.notes.first?.location == F.location("de.md", 22))
        #expect(diagnostic.fix != nil)
    }

    @Test func sameAsNamingAUnitIsReported() throws {
        let model = F.model(items: [F.item("FR-O1", "MCU radar 77 GHz", language: "fr", sameAs: ["radar"])], units: [F.unit("radar")])
        let diagnostic = try #require(F.synthesize(model).diagnostics.first)
        #expect(diagnostic.rule.code == "APG301")
        #expect(diagnostic.message == "'same as radar' names a unit, not an issue or opportunity")
    }

    @Test func issuesAndOpportunitiesAreNotMergedByHeuristics() {
        let result = F.synthesize(F.model(items: [
            F.item("I-1", "Wireless BMS for the next battery platform", kind: .issue, unit: "bat"),
            F.item("O-1", "Wireless BMS for the next battery platform", kind: .opportunity, unit: "bat"),
        ]))
        #expect(result.items.count == 2)
    }

    // MARK: Settings

    @Test func thresholdsComeFromTheWorkspace() {
        let items = [
            F.item("US-I3", "Radar MCU engineering samples are late", unit: "radar", themes: ["radar"]),
            F.item("US-I9", "Radar MCU engineering samples arrive late", unit: "radar", themes: ["radar"]),
        ]
        #expect(F.synthesize(F.model(items: items), settings: ["merge-threshold": 1]).items.count == 2)
        #expect(F.synthesize(F.model(items: items), settings: ["title-similarity": 0.99]).items.count == 2)
        #expect(SynthesisThresholds(config: WorkspaceConfig()).mergeThreshold == 0.55)
    }

    @Test func anUnknownSettingGetsADidYouMean() throws {
        let diagnostic = try #require(F.synthesize(F.model(items: []), settings: ["merge-treshold": 0.7]).diagnostics.first)
        #expect(diagnostic.rule.code == "APG302")
        #expect(diagnostic.message == "unknown synthesis setting 'merge-treshold'")
        #expect(diagnostic.fix?.message == "did you mean 'merge-threshold'?")
    }

    // MARK: Determinism and blocking

    @Test func outputDoesNotDependOnInputOrder() throws {
        let dataset = try LabelledDataset.load()
        let expected = JSONWriter.serialize(json(F.synthesize(dataset.model)))
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5 {
            var shuffled = dataset.model
            shuffled.items.shuffle(using: &generator)
            shuffled.units.shuffle(using: &generator)
            #expect(JSONWriter.serialize(json(F.synthesize(shuffled))) == expected)
        }
    }

    @Test func blockingFindsTheSameClustersAsComparingAllPairs() throws {
        let dataset = try LabelledDataset.load()
        let allPairs = F.synthesize(dataset.model, settings: ["blocking-limit": 1000])
        let blocked = F.synthesize(dataset.model, settings: ["blocking-limit": 0])
        #expect(blocked.memberSets == allPairs.memberSets)
        let profiles = ItemProfile.prepared(dataset.model.items).profiles
        #expect(CandidatePairs.find(profiles, limit: 0).count < profiles.count * (profiles.count - 1) / 2)
    }

    private func json(_ result: SynthesisResult) -> JSONValue {
        ["clusters": result.clustersJSON, "organization": result.organizationJSON]
    }

    // MARK: Organization

    @Test func unitsRollUpTheTreeAndSurviveCycles() throws {
        let units = [F.unit("group"), F.unit("division", parent: "group"), F.unit("site", parent: "division"),
                     F.unit("loop-a", parent: "loop-b"), F.unit("loop-b", parent: "loop-a")]
        let result = F.synthesize(F.model(items: [
            F.item("O-1", "Gate driver for traction inverters", kind: .opportunity, unit: "site", priority: .high, value: F.eur(1_000_000)),
            F.item("O-2", "Zonal gateway controller", kind: .opportunity, unit: "division", value: F.eur(500_000)),
            F.item("O-3", "Audio amplifier", kind: .opportunity, unit: "loop-a", value: F.eur(200_000)),
        ], units: units))
        let byUnit = Dictionary(uniqueKeysWithValues: result.byUnit.map { ($0.unit, $0) })
        let group = try #require(byUnit["group"])
        #expect(group.items.isEmpty)
        #expect(group.rolledUp == ["O-1", "O-2"])
        #expect(group.values == [ValueTotal(unit: "EUR", value: 1_500_000)])
        #expect(group.highPriority == 1)
        #expect(byUnit["division"]?.rolledUp == ["O-1", "O-2"])
        #expect(byUnit["division"]?.items == ["O-2"])
        #expect(byUnit["site"]?.depth == 2)
        #expect(byUnit["loop-b"]?.rolledUp == ["O-3"])
        #expect(result.byUnit.map(\.unit) == ["group", "division", "site", "loop-a", "loop-b"])
    }

    @Test func themesGroupItemsAcrossSpellings() throws {
        let result = F.synthesize(F.model(items: [
            F.item("I-1", "Field returns", themes: ["Quality"]),
            F.item("I-2", "Audit findings", themes: ["quality"]),
            F.item("I-3", "Audit scope", themes: ["quality", "pricing"]),
            F.item("I-4", "Nothing in common"),
        ]))
        // I-3 counts once, under the theme more items share.
        #expect(result.byTheme.map(\.theme) == ["quality", nil])
        #expect(result.byTheme.first?.items.count == 3)
    }

    @Test func themesInSeveralLanguagesAreOneThemeCountedOnce() throws {
        let result = F.synthesize(F.model(items: [
            F.item("DE-I1", "Reklamationsquote der Steuergeräte", language: "de", themes: ["Qualität"], value: F.eur(100)),
            F.item("FR-I1", "Retards de paiement", file: "fr.md", language: "fr", country: "FR", themes: ["qualité", "paiement"], value: F.eur(50)),
            F.item("US-I1", "Audit findings in Suzhou", file: "us.md", country: "US", themes: ["quality"]),
        ]))
        let group = try #require(result.byTheme.first)
        #expect(group.items.count == 3)
        #expect(group.values == [ValueTotal(unit: "EUR", value: 150)])
        #expect(group.name(in: "de") == "Qualität")
        #expect(group.name(in: "en") == "quality")
        #expect(group.aliases == ["Qualität", "quality", "qualité"])
        #expect(result.byTheme.count == 1)
    }

    @Test func valuesAreSummedPerCurrencyAndRankingUsesPriorityThenCountries() throws {
        let result = F.synthesize(F.model(items: [
            F.item("DE-O1", "Design-in SiC power module 800 V platform", kind: .opportunity, unit: "inv", products: ["SiC power module"], priority: .medium, value: F.eur(2_000_000)),
            F.item("FR-O1", "Design-in SiC power module 800 V platform", file: "fr.md", country: "FR", kind: .opportunity, unit: "inv", products: ["SiC power module"], priority: .medium,
                   value: Quantity(value: 1_000_000, unit: "USD", text: "USD 1M")),
            F.item("US-O1", "Design-in SiC power module 800 V platform", file: "us.md", country: "US", kind: .opportunity, unit: "inv", products: ["SiC power module"], value: F.eur(500_000)),
            F.item("JP-I1", "Thermal resistance spread", file: "jp.md", country: "JP", priority: .high),
            F.item("CN-I1", "Local support team", file: "cn.md", country: "CN", priority: .medium),
        ]))
        #expect(result.items.map(\.id) == ["JP-I1", "DE-O1", "CN-I1"])
        #expect(result.items.map(\.rank) == [1, 2, 3])
        let merged = result.items[1]
        #expect(merged.values == [ValueTotal(unit: "EUR", value: 2_500_000), ValueTotal(unit: "USD", value: 1_000_000)])
        #expect(merged.countries == ["DE", "FR", "US"])
    }

    @Test func itemsNoStrategyAddressesAreMarked() throws {
        let result = F.synthesize(F.model(
            items: [
                F.item("DE-I1", "SiC MOSFET allocation threatens the 800 V ramp", unit: "inv", themes: ["supply"]),
                F.item("US-I1", "SiC MOSFET allocation threatens the 800 V ramp", file: "us.md", country: "US", unit: "inv", themes: ["supply"]),
                F.item("FR-I6", "Annual price-downs", file: "fr.md", country: "FR"),
                F.item("ES-I3", "Late 8D reports", file: "es.md", country: "ES"),
            ],
            strategies: [F.strategy("S1.1", addresses: ["us-i1"]), F.strategy("S9", addresses: ["ES-I3"], status: .rejected)]
        ))
        let allocation = try #require(result.synthesizedItem(containing: "DE-I1"))
        #expect(allocation.members == ["DE-I1", "US-I1"])
        #expect(allocation.addressedBy == ["S1.1"])
        #expect(result.synthesizedItem(containing: "FR-I6")?.isAddressed == false)
        #expect(result.synthesizedItem(containing: "es-i3")?.isAddressed == false)
        let clusters = try #require(result.clustersJSON.arrayValue)
        #expect(clusters.compactMap { $0["addressed"] }.filter { $0 == .bool(false) }.count == 2)
    }

    @Test func whitespaceMatrixPlacesOpportunityValuesByUnitAndProduct() throws {
        let units = [F.unit("pe"), F.unit("inv", parent: "pe"), F.unit("radar")]
        let result = F.synthesize(F.model(
            items: [
                F.item("O-1", "Traction inverter power stage", kind: .opportunity, unit: "inv", products: ["SiC MOSFET", "Gate driver"], value: F.eur(3_000_000)),
                F.item("O-2", "Onboard charger", kind: .opportunity, unit: "inv", products: ["SiC MOSFET"], value: F.eur(1_000_000)),
                F.item("I-1", "Gate driver field failures", kind: .issue, unit: "inv", products: ["gate driver"]),
                F.item("O-3", "Corner radar", kind: .opportunity, unit: "radar", products: ["Radar MCU"], value: F.eur(2_000_000)),
            ],
            units: units,
            strategies: [F.strategy("S1", units: ["pe"]), F.strategy("S2", units: ["radar"], status: .rejected)]
        ))
        let matrix = result.whitespace
        #expect(matrix.products == ["Gate driver", "Radar MCU", "SiC MOSFET"])
        let rows = Dictionary(uniqueKeysWithValues: matrix.rows.map { ($0.unit, $0) })
        let inverter = try #require(rows["inv"])
        #expect(inverter.targetedBy == ["S1"])
        let sic = try #require(inverter.cells.first { $0.product == "SiC MOSFET" })
        #expect(sic.values == [ValueTotal(unit: "EUR", value: 4_000_000)])
        #expect(sic.opportunities == 2)
        #expect(!sic.isWhitespace)
        let gate = try #require(inverter.cells.first { $0.product == "Gate driver" })
        #expect(gate.opportunities == 1 && gate.issues == 1)
        #expect(gate.values == [ValueTotal(unit: "EUR", value: 3_000_000)])
        let radar = try #require(rows["radar"]?.cells.first)
        #expect(radar.isWhitespace)
        #expect(rows["pe"]?.cells.isEmpty == true)
    }

    // MARK: Rules

    @Test func synthesisDescriptorsAreDocumentedAndInRange() {
        #expect(Set(SynthesisRules.all.map(\.id.code)).count == SynthesisRules.all.count)
        for descriptor in SynthesisRules.all {
            let number = Int(descriptor.id.code.dropFirst(3)) ?? 0
            #expect((300...349).contains(number))
            for heading in ["## What it checks", "## Why", "## Example", "## Fix"] {
                #expect(descriptor.documentation.contains(heading), "\(descriptor.id.code) lacks \(heading)")
            }
        }
    }
}

/// A deterministic random source for shuffles (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct SynthesisScaleTests {
    /// Many items: candidate pairs come from the blocking index, and planted near-duplicates
    /// are still found while unrelated items stay apart.
    @Test func manyItemsAreClusteredThroughBlocking() {
        let syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "so", "ti", "vu", "ze", "bo", "di", "fa", "gu", "he"]
        func word(_ number: Int) -> String {
            var n = number
            var text = ""
            for _ in 0..<3 {
                text += syllables[n % syllables.count]
                n /= syllables.count
            }
            return text + "r"
        }
        var generator = SeededGenerator(seed: 42)
        var items: [Item] = []
        var twins: [[String]] = []
        for index in 0..<1000 {
            let words = (0..<5).map { _ in word(Int.random(in: 0..<3000, using: &generator)) }
            items.append(SynthesisFixtures.item("I-\(index)", words.joined(separator: " ")))
            if index % 10 == 0 {
                let twin = words.dropLast() + [word(3000 + index)]
                items.append(SynthesisFixtures.item("T-\(index)", twin.joined(separator: " ")))
                twins.append(["I-\(index)", "T-\(index)"])
            }
        }
        let result = SynthesisFixtures.synthesize(SynthesisFixtures.model(items: items))
        let merged = result.items.filter { $0.members.count > 1 }.map(\.members)
        #expect(Set(merged) == Set(twins))
    }
}
