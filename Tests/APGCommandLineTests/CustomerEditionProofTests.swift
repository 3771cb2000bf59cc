import APGCommandLine
import APGJSON
import Foundation
import Render
import Spreadsheet
import Testing

/// The proof that a customer edition shows nothing internal, through every command that
/// writes one: `Fixtures/customer-edition` (guides in English, German and French) salts
/// every internal field and entity of every kind with a marker containing "qx" (plus
/// values and contact dates, which cannot carry letters), and nothing a customer may see
/// contains one.
@Suite struct CustomerEditionProofTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/customer-edition")

    /// Amounts of value fields and last-contact dates, salted as unusual numbers.
    static let numericMarkers = ["31337", "64646", "42424", "75757", "53535", "86868",
                                 "2026-09-17", "2026-09-18", "2026-09-19", "2026-09-20", "2026-09-21"]

    /// Every word of the fixture holding "qx" (names, handles, e-mail addresses, titles,
    /// history comments, notes, custom fields), lower-cased.
    static func markers() throws -> [String] {
        var words: Set<String> = []
        for name in ["apg.yaml", "global.md", "de.md", "fr.md"] {
            let text = try String(contentsOf: fixture.appendingPathComponent(name), encoding: .utf8).lowercased()
            for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || "@._-".contains($0)) }) where word.contains("qx") {
                words.insert(String(word).trimmingCharacters(in: CharacterSet(charactersIn: "._-")))
            }
        }
        return words.sorted() + numericMarkers
    }

    /// The commands that write outputs, each writing into its own folder under `root`.
    static let commands: [(name: String, arguments: [String])] = [
        ("build", ["build"]),
        ("build --owner", ["build", "--owner", "@ashown"]),
        ("report --sheets", ["report", "--sheets", "--as-of", "2027-02-20"]),
    ]

    /// Every file the commands wrote for `audience`, by "command: path".
    static func outputs(audience: Audience, in root: URL) async throws -> [String: String] {
        var files: [String: String] = [:]
        for (index, command) in commands.enumerated() {
            let folder = root.appendingPathComponent("\(audience.rawValue)-\(index)")
            let result = await APGMain.runCaptured(command.arguments + [fixture.path, "--output", folder.path, "--audience", audience.rawValue])
            #expect(result.status == 0, "\(command.name) --audience \(audience.rawValue): \(result.stderr)")
            let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for path in paths where !path.hasPrefix(".") {
                var isFolder: ObjCBool = false
                let url = folder.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                if path.hasSuffix(".xlsx") {
                    // A workbook is compressed: its cells are what a reader sees.
                    let sheets = try XLSXReader.read(Data(contentsOf: url))
                    files["\(command.name): \(path)"] = sheets.flatMap { $0.rows.values.flatMap { $0.values.map(\.text) } }.joined(separator: "\n")
                } else {
                    files["\(command.name): \(path)"] = try String(contentsOf: url, encoding: .utf8)
                }
            }
        }
        return files
    }

    @Test func noCustomerOutputOfAnyCommandHoldsAMarkerAndTheTeamOutputsHoldThemAll() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-proof-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let markers = try Self.markers()
        #expect(markers.count > 40, "the fixture lost its markers")

        let customer = try await Self.outputs(audience: .customer, in: root)
        let team = try await Self.outputs(audience: .team, in: root)
        // Every kind of output is there: the packs, plan.json, CSV, calendars (the owner's
        // too), the report in three formats and the owner sheets.
        for expected in ["build: workshop-pack.html", "build: workshop-pack.md", "build: plan.json", "build: actions.csv", "build: actions.xlsx",
                         "build: milestones.ics", "report --sheets: follow-up-report.html", "report --sheets: follow-up-report.md",
                         "report --sheets: report.json"] {
            #expect(customer[expected] != nil && team[expected] != nil, "\(expected) missing")
        }
        #expect(customer.keys.contains { $0.hasPrefix("build --owner: milestones-") && $0 != "build --owner: milestones.ics" })
        #expect(customer.keys.contains { $0.hasPrefix("report --sheets: sheets/") })

        for (file, text) in customer {
            let lowered = text.lowercased()
            for marker in markers where lowered.contains(marker) {
                Issue.record("customer \(file) contains '\(marker)'")
            }
            #expect(!text.contains("ATTENDEE") && !text.contains("mailto:"), "\(file) names people by e-mail")
        }
        let allTeamText = team.values.joined(separator: "\n").lowercased()
        for marker in markers where !allTeamText.contains(marker) {
            Issue.record("no team output contains '\(marker)': the marker proves nothing")
        }

        // What the customer may see is there: opted-in stakeholders and items, the
        // custom field listed in customer-fields, and people by name.
        let pack = try #require(customer["build: workshop-pack.md"])
        for shown in ["Olga Visible", "Dieter Kundig", "Second source for inverter sensors", "Capteurs pour la ligne de Lyon",
                      "Alice Shown", "Co-develop the inverter platform", "Customer edition"] {
            #expect(pack.contains(shown), "the customer pack lacks '\(shown)'")
        }
        #expect(customer["build: plan.json"]?.contains("RC-SHOWN") == true)
        #expect(team["build: workshop-pack.html"]?.contains("Internal — do not forward") == true)
        #expect(customer["build: workshop-pack.html"]?.contains("Internal — do not forward") == false)

        // A customer plan.json has plan.json's schema, with the assessments absent.
        let plan = try JSONParser.parse(try #require(customer["build: plan.json"]))
        let schemaURL = Self.fixture.appendingPathComponent("../../../../schemas/plan.schema.json").standardizedFileURL
        let errors = try JSONSchemaValidator(schemaText: String(contentsOf: schemaURL, encoding: .utf8)).validate(plan)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        for person in plan["stakeholders"]?.arrayValue ?? [] {
            #expect(person["buyingRole"] == .null && person["stance"] == .null && person["lastContact"] == .null && person["coveredBy"] == [])
        }
        for item in plan["items"]?.arrayValue ?? [] {
            #expect(item["priority"] == .null && item["value"] == .null)
        }
        #expect(plan["diagnostics"] == [])
        #expect(plan["strategies"]?.arrayValue?.allSatisfy { $0["status"] == "selected" } == true)
    }

    /// Each writer `apg build` runs must be one this proof covers: a new renderer fails
    /// here until its output is added to the proof's expectations above.
    @Test func everyBuildRendererIsCoveredByTheProof() {
        let covered: Set<String> = ["plan-json", "html-pack", "markdown-pack", "actions-csv", "actions-xlsx", "milestones-ics"]
        for renderer in RendererRegistry.buildRenderers {
            #expect(covered.contains(renderer.name), "renderer '\(renderer.name)' is not covered by CustomerEditionProofTests")
        }
        #expect(RendererRegistry.buildRenderers.count == covered.count)
    }

    /// `Fixtures/customer-leaks` plants a leak in a key theme, an action title, a
    /// milestone and another title: a customer build and a customer report report each,
    /// write nothing and exit 1, even with `--force`; the team's build is unaffected.
    @Test(arguments: [["build", "--force"], ["report", "--as-of", "2027-02-20"]])
    func plantedLeaksStopACustomerEdition(command: [String]) async throws {
        let fixture = Self.fixture.deletingLastPathComponent().appendingPathComponent("customer-leaks")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-leaks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        // Run from inside the workspace, so that paths print as the author sees them there.
        let result = await APGMain.runCaptured(command + [fixture.path, "--output", output.path, "--audience", "customer", "--format", "short"],
                                               currentFolder: fixture)
        #expect(result.status == 1)
        let leaks = (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains("[APG350]") }
        #expect(leaks.map { $0.prefix { $0 != " " } } == ["global.md:24:1:", "global.md:55:1:", "global.md:58:5:", "global.md:59:1:"], "\(leaks)")
        #expect(leaks.allSatisfy { $0.contains("would leak into the customer edition (") })
        #expect(result.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let team = await APGMain.runCaptured(command + [fixture.path, "--output", output.path])
        #expect(team.status == 0, "\(team.stderr)")
        #expect(!team.stderr.contains("APG350") && !team.stdout.contains("APG350"))
    }
}
