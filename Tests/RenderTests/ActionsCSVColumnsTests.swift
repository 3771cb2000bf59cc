import Compiler
import Foundation
import PlanModel
@testable import Render
import Testing

/// `actions.csv` as Excel and Python read it: separator by language, byte order mark,
/// numbers apart from their unit, the owner's country, units, milestones, done dates.
@Suite struct ActionsCSVColumnsTests {
    static func compilation() -> Compilation {
        var compilation = PackFixture.compilation()
        compilation.model.actions[0].title = "Prüfstandsplätze buchen"
        compilation.model.actions[0].target = Quantity(value: 100, unit: "%", text: "100 %")
        compilation.model.actions[0].actual = Quantity(value: 62.5, text: "62,5")
        compilation.model.actions[1].status = .done
        compilation.model.actions[1].done = PackFixture.date("2027-03-02")
        return compilation
    }

    static func rows(_ options: RenderOptions, separator: Unicode.Scalar) throws -> [[String: String]] {
        let text = try #require(try PackFixture.render(ActionsCSVRenderer(), compilation(), options: options)["actions.csv"])
        #expect(text.hasPrefix("\u{FEFF}id\(Character(separator))title"))
        let table = try StrictCSV.parse(text, separator: separator)
        let header = try #require(table.first)
        return table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func germanUsesSemicolonsAndDecimalCommas() throws {
        let rows = try Self.rows(RenderOptions(language: "de"), separator: ";")
        let a1 = try #require(rows.first { $0["id"] == "A1" })
        #expect(a1["title"] == "Prüfstandsplätze buchen")
        #expect(a1["target"] == "100")
        #expect(a1["actual"] == "62,5")
        #expect(a1["unit"] == "%")
        #expect(a1["country"] == "DE")
        #expect(a1["org unit"]?.isEmpty == false)
        #expect(a1["milestones"] == "2027-01-15 agenda agreed with XC")
        let a2 = try #require(rows.first { $0["id"] == "A2" })
        #expect(a2["status"] == "done")
        #expect(a2["done"] == "2027-03-02")
        // The first owner with a country decides: Anna (DE) before Mia (US).
        #expect(a2["country"] == "DE")
    }

    @Test func englishUsesCommasAndDecimalPoints() throws {
        let rows = try Self.rows(RenderOptions(language: "en"), separator: ",")
        #expect(rows.first { $0["id"] == "A1" }?["actual"] == "62.5")
    }

    @Test(arguments: [(CSVSeparator.tab, Unicode.Scalar("\t")), (.comma, ","), (.semicolon, ";")])
    func explicitSeparatorWins(separator: CSVSeparator, scalar: Unicode.Scalar) throws {
        let rows = try Self.rows(RenderOptions(language: "de", csvDelimiter: separator), separator: scalar)
        // A decimal comma only where a comma does not separate fields.
        #expect(rows.first { $0["id"] == "A1" }?["actual"] == (separator == .comma ? "62.5" : "62,5"))
    }

    @Test func ownerWithoutCountryFallsBackToTheFile() throws {
        var compilation = Self.compilation()
        for index in compilation.model.team.indices { compilation.model.team[index].country = nil }
        compilation.model.actions[0].location = PackFixture.at("us.md", 10)
        let text = try #require(try PackFixture.render(ActionsCSVRenderer(), compilation)["actions.csv"])
        let table = try StrictCSV.parse(text)
        let column = try #require(table.first?.firstIndex(of: "country"))
        #expect(table.dropFirst().map { $0[column] } == ["US", "", "", ""])
    }

    static let hasPython = ExternalProgram.run(["python3", "-c", "import csv"]).status == 0

    @Test(.enabled(if: hasPython, "needs python3"))
    func pythonCSVReadsTheGermanFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("actions.csv")
        let text = try #require(try PackFixture.render(ActionsCSVRenderer(), Self.compilation(), options: RenderOptions(language: "de"))["actions.csv"])
        try Data(text.utf8).write(to: file)
        let script = """
        import csv, json, sys
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f, delimiter=";"))
        print(json.dumps([[r["id"], r["title"], r["target"], r["unit"], r["country"]] for r in rows]))
        """
        let result = ExternalProgram.run(["python3", "-c", script, file.path])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]])
        #expect(rows.first == ["A1", "Prüfstandsplätze buchen", "100", "%", "DE"])
        #expect(rows.count == 4)
    }

    static let hasLibreOffice = ExternalProgram.run(["sh", "-c", "command -v soffice"]).status == 0
        && ExternalProgram.run(["python3", "-c", "import openpyxl"]).status == 0

    /// LibreOffice opens the file as a German Excel would (`;`, UTF-8): the umlauts stay,
    /// and the target is a number, not text.
    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice (soffice) and python3 with openpyxl"))
    func libreOfficeReadsNumbersAndUmlauts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-csv-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("actions.csv")
        let text = try #require(try PackFixture.render(ActionsCSVRenderer(), Self.compilation(), options: RenderOptions(language: "de", csvDelimiter: .semicolon))["actions.csv"])
        try Data(text.utf8).write(to: file)
        // Filter options: separator 59 (;), quote 34 ("), UTF-8 (76), first line 1, German locale for the decimal comma.
        let convert = ExternalProgram.run([
            "soffice", "-env:UserInstallation=file://" + folder.appendingPathComponent(".lo-profile").path, "--headless",
            "--infilter=CSV:59,34,76,1,,1031", "--convert-to", "xlsx", "--outdir", folder.path, file.path,
        ])
        #expect(convert.status == 0)
        let script = """
        import json, sys, openpyxl
        sheet = openpyxl.load_workbook(sys.argv[1]).active
        header = [c.value for c in sheet[1]]
        row = [c.value for c in sheet[2]]
        print(json.dumps({"title": row[header.index("title")], "target": row[header.index("target")], "actual": row[header.index("actual")]}))
        """
        let result = ExternalProgram.run(["python3", "-c", script, folder.appendingPathComponent("actions.xlsx").path])
        let cells = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(cells["title"] as? String == "Prüfstandsplätze buchen")
        #expect((cells["target"] as? NSNumber)?.doubleValue == 100)
        #expect((cells["actual"] as? NSNumber)?.doubleValue == 62.5)
    }
}
