@testable import Compiler
import Foundation
import PlanModel
import Testing
@testable import Render

/// The pack made for the room (issue #14): items once under their own unit, the
/// whitespace matrix's coverage and values, the workshop's agenda and worksheets, the
/// timeline scaled to the actions, the running footer.
@Suite struct PackPrintLayoutTests {
    static func sample() async throws -> (compilation: Compilation, html: String) {
        let compilation = try await SamplePackTests.compilation()
        return (compilation, try SamplePackTests.pack(.html, compilation))
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func eachSynthesizedItemIsListedOnceWithRollUpCountsAbove() async throws {
        let (compilation, html) = try await Self.sample()
        let section = try #require(html.components(separatedBy: "id=\"items\"").dropFirst().first?.components(separatedBy: "</section>").first)
        let table = try #require(section.components(separatedBy: "<h3>").last)
        // One row per synthesized item in the by-unit tables, however many units it names.
        #expect(Self.occurrences(of: "<tr><td>", in: table) + Self.occurrences(of: "<tr class=\"unaddressed\"><td>", in: table) == compilation.synthesis.items.count)
        let entries = SynthesizedEntries(compilation: compilation, language: "en")
        #expect(entries.groups.reduce(0) { $0 + $1.count } == compilation.synthesis.items.count)
        let top = try #require(entries.groups.first)
        #expect(top.rolledUp > top.count, "the top unit rolls up the items below it")
        #expect(section.contains("items in this unit and below"))
        #expect(!section.contains("class=\"merges\""), "merge evidence belongs to the appendix")
        #expect(html.contains("<h3>Merge evidence</h3>"))
    }

    @Test func anItemRaisedInTwoPlantsSitsUnderTheirCommonUnit() {
        var model = AccountModel(account: "A")
        func unit(_ id: String, parent: String?) -> OrgUnit {
            var unit = OrgUnit(id: id, title: id.uppercased(), idSource: .explicit, location: PackFixture.at("global.md", 1))
            unit.parent = parent.map(PackFixture.ref)
            return unit
        }
        model.units = [unit("group", parent: nil), unit("div", parent: "group"), unit("p1", parent: "div"), unit("p2", parent: "div"), unit("other", parent: "group")]
        var compilation = PackFixture.compilation()
        compilation.model.units = model.units
        func item(_ id: String, rank: Int, units: [String]) -> SynthesizedItem {
            SynthesizedItem(id: id, rank: rank, title: id, representative: id, kind: .issue, priority: nil, members: [id], countries: [], languages: [],
                            units: units, themes: [], products: [], values: [], addressedBy: [], reason: "", merges: [])
        }
        let shared = item("X1", rank: 1, units: ["p1", "p2"])
        let own = item("X2", rank: 2, units: ["other"])
        compilation.synthesis.items = [shared, own]
        let groups = SynthesizedEntries(compilation: compilation, language: "en").groups
        #expect(groups.map(\.unit) == ["group", "div", "other"])
        #expect(groups.map(\.rolledUp) == [2, 1, 1])
        #expect(groups.map(\.count) == [0, 1, 1])
    }

    @Test func whitespaceCellsShowValuesWithCurrencyAndALegend() async throws {
        let (compilation, html) = try await Self.sample()
        let matrix = compilation.synthesis.whitespace
        let valued = try #require(matrix.rows.flatMap(\.cells).first { !$0.values.isEmpty })
        let section = try #require(html.components(separatedBy: "id=\"whitespace\"").dropFirst().first?.components(separatedBy: "</section>").first)
        let shown = valued.values.map { $0.compactText(LocalizedFormat(language: "en")) }.joined(separator: " + ")
        #expect(section.contains(">\(shown)</td>"), "a cell with values shows '\(shown)'")
        #expect(section.contains("Cells: the summed value of the opportunities"))
    }

    @Test func aUnitIsTargetedWhenAStrategyAddressesOneOfItsItems() async throws {
        let (compilation, _) = try await Self.sample()
        let itemsByKey = Dictionary(compilation.model.items.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for row in compilation.synthesis.whitespace.rows {
            let addressed = compilation.synthesis.items.filter { item in
                item.isAddressed && item.members.contains { itemsByKey[$0.lowercased()]?.unit?.id.lowercased() == row.unit.lowercased() }
            }
            for item in addressed {
                #expect(Set(item.addressedBy).isSubset(of: Set(row.targetedBy)), "\(row.unit) has \(item.id) addressed by \(item.addressedBy) but is targeted by \(row.targetedBy)")
            }
        }
    }

    @Test func coverShowsTheWorkshopAndTheAgendaHasTimes() async throws {
        let (_, html) = try await Self.sample()
        #expect(html.contains("<dt>Venue</dt><dd>Kessler Group headquarters, Stuttgart</dd>"))
        #expect(html.contains("<span class=\"date\">2027-01-20</span>"))
        #expect(html.contains("<tr><td class=\"date\">09:00</td><td>Stretch vision and key goals</td><td>@kbauer</td></tr>"))
        #expect(html.contains("<tr><td class=\"date\">13:00</td><td>Alternative strategies per goal</td><td>@kbauer</td></tr>"))
    }

    @Test func worksheetPerGoalAndSheetPerMemberSortedByDate() async throws {
        let (compilation, html) = try await Self.sample()
        let worksheets = try #require(html.components(separatedBy: "id=\"worksheets\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(Self.occurrences(of: "<div class=\"worksheet\">", in: worksheets) == compilation.model.goals.count)
        #expect(worksheets.contains("<div class=\"ruled\"></div>"))
        #expect(worksheets.contains("<tr class=\"blank\">"))
        let sheets = try #require(html.components(separatedBy: "id=\"member-sheets\"").dropFirst().first?.components(separatedBy: "</section>").first)
        for sheet in sheets.components(separatedBy: "<div class=\"member-sheet\">").dropFirst() {
            let dates = sheet.components(separatedBy: "<td class=\"date\">").dropFirst().compactMap { $0.components(separatedBy: "</td>").first }.filter { !$0.isEmpty }
            let days = dates.compactMap { text -> PlanDate? in if case .success(let date) = PlanDate.parse(text) { return date } else { return nil } }
            #expect(days == days.sorted(), "a member's sheet is not by date: \(dates)")
        }
    }

    @Test func customerWorksheetsShowSelectedStrategiesOnlyAndNoHandles() async throws {
        let compilation = try await SamplePackTests.compilation()
        let edition = compilation.customerEdition
        let html = try SamplePackTests.pack(.html, edition.compilation, options: RenderOptions(audience: .customer))
        let worksheets = try #require(html.components(separatedBy: "id=\"worksheets\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(!worksheets.contains("status proposed") && !worksheets.contains("status rejected"))
        #expect(worksheets.contains("status selected"))
        #expect(!html.contains("@kbauer"), "the agenda names owners by name in a customer edition")
        #expect(html.contains("<td>Katrin Bauer</td>"))
        #expect(!html.contains("Merge evidence"))
    }

    @Test func timelineSpansTheActionsWithTodayLineLegendAndGroups() async throws {
        let (compilation, html) = try await Self.sample()
        let timeline = ActionTimeline(compilation: compilation, labels: try PackLabels.load(json: EmbeddedTemplates.files.first { $0.name == "labels.json" }!.text, language: "en"))
        let span = try #require(timeline.span)
        let horizon = try #require(compilation.workspace.config.horizon)
        #expect(span.lowerBound > horizon.start || span.upperBound < horizon.end, "the chart spans the actions, not the horizon")
        #expect(html.contains("class=\"today\""))
        #expect(html.contains("class=\"group-label goal\""))
        #expect(html.contains("class=\"group-label strategy\""))
        #expect(html.contains("<g class=\"legend\"><rect class=\"bar"))
        #expect(html.contains("<h3>Milestones</h3>"))
    }

    @Test func runningFooterSaysAccountEditionAndPageOfPagesInTheLanguage() throws {
        let english = PagePrintCSS(account: "Kessler \"Group\" </style>", edition: "Internal", isInternal: true, pageOf: "{page} of {pages}")
        #expect(english.pageNumbers == "counter(page) \" of \" counter(pages)")
        #expect(!english.css.contains("</style>"))
        #expect(english.css.contains("Kessler \\22 Group\\22  \\3c /style\\3e  · Internal"))
        #expect(PagePrintCSS(account: "A", edition: "B", isInternal: false, pageOf: "Seite {page} von {pages}").pageNumbers == "\"Seite \" counter(page) \" von \" counter(pages)")
    }

    @Test func orgChartTextWrapsAndIsNeverCut() {
        let box = OrgChartSVG.Box(title: "Wechselrichterwerk Reutlingen", subtitle: "Standort · DE", themes: ["Lieferantenbeziehungen zu Halbleiterherstellern und Qualifizierungsprogrammen"], acquired: nil, isCovered: true)
        let wrapped = OrgChartSVG.Wrapped(box: box, boxWidth: 150)
        let joined = wrapped.themes.joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: "")
        for word in ["Lieferantenbeziehungen", "Halbleiterherstellern", "Qualifizierungsprogrammen"] {
            #expect(joined.replacingOccurrences(of: "- ", with: "").contains(word))
        }
        #expect(!joined.contains("…"))
    }

    @Test func aDeepOrganizationIsSplitIntoChartsOfAPageWidth() {
        // A chain eight levels deep: two charts, the unit at the fifth level marked ▸.
        let boxes = (0..<8).map { OrgChartSVG.Box(title: "Unit \($0)", subtitle: "", themes: [], acquired: nil, isCovered: nil) }
        let chart = OrgChartSVG(boxes: boxes, children: (0..<8).map { $0 < 7 ? [$0 + 1] : [] }, roots: [0], coveredLabel: "c", uncoveredLabel: "u", acquiredLabel: "a")
        let svgs = chart.render()
        #expect(svgs.count == 2)
        #expect(svgs.allSatisfy { $0.contains("viewBox=\"0 0 700 ") })
        #expect(svgs[0].contains("▸"))
        #expect(svgs[1].contains("Unit 4") && svgs[1].contains("Unit 7") && !svgs[1].contains("Unit 3"))
    }
}
