@testable import APGCommandLine
import Diagnostics
import Foundation
import Testing

/// `fix`: the certain fixes of the diagnostics, applied or shown.
@Suite struct FixCommandTests {
    static let guide = """
        ---
        account: Acme
        country: DE
        language: de
        updated: 2026-11-01
        authors: [mfischer]
        ---

        ## Team
        - Markus Fischer (@mfischer) — Key Account Manager

        ## Maßnahmen
        - [ ] DE-A1: Technologietag
          - Verantwortlch: @mfischer
          - Fällig: 15.02.2027

        ## Notizn
        Vor dem Workshop klären.

        """

    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-fix-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "account: Acme\n".write(to: root.appendingPathComponent("apg.yaml"), atomically: true, encoding: .utf8)
        try guide.write(to: root.appendingPathComponent("de.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func dryRunPrintsTheFixesAsADiffAndChangesNothing() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = await APGMain.runCaptured(["fix", root.path, "--dry-run", "--as-of", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("-## Notizn\n"), "\(result.stdout)")
        #expect(result.stdout.contains("+## Notizen\n"))
        #expect(result.stdout.contains("+  - Verantwortlich: @mfischer\n"))
        #expect(result.stdout.contains("+  - Fällig: 2027-02-15\n"))
        #expect(try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8) == Self.guide)
    }

    @Test func fixAppliesEveryCertainFixAndTheFindingsAreGone() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = await APGMain.runCaptured(["check", root.path, "--format", "short", "--as-of", "2026-11-20"])
        #expect(before.stdout.contains("[APG022]") && before.stdout.contains("[APG027]") && before.stdout.contains("[APG020]"), "\(before.stdout)")
        let result = await APGMain.runCaptured(["fix", root.path, "--as-of", "2026-11-20"])
        #expect(result.stdout == "fixed 3 finding(s) in de.md\n", "\(result.stdout)\(result.stderr)")
        let fixed = try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8)
        #expect(fixed == Self.guide.replacingOccurrences(of: "Notizn", with: "Notizen")
            .replacingOccurrences(of: "Verantwortlch", with: "Verantwortlich")
            .replacingOccurrences(of: "15.02.2027", with: "2027-02-15"))
        let after = await APGMain.runCaptured(["check", root.path, "--format", "short", "--as-of", "2026-11-20"])
        for code in ["APG022", "APG027", "APG020"] { #expect(!after.stdout.contains("[\(code)]"), "\(after.stdout)") }
        let again = await APGMain.runCaptured(["fix", root.path, "--as-of", "2026-11-20"])
        #expect(again.stdout.isEmpty)
        #expect(again.stderr == "nothing to fix automatically\n")
    }

    /// A person written by name (or e-mail) that matches exactly one member becomes that
    /// member's handle, in the file as `apg fix` writes it.
    @Test func aNameMatchingOneMemberBecomesTheHandle() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let guide = Self.guide.replacingOccurrences(of: "Verantwortlch: @mfischer", with: "Verantwortlich: Markus Fischer")
        try guide.write(to: root.appendingPathComponent("de.md"), atomically: true, encoding: .utf8)
        let result = await APGMain.runCaptured(["fix", root.path, "--rule", "person-without-at", "--as-of", "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let fixed = try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8)
        #expect(fixed == guide.replacingOccurrences(of: "Verantwortlich: Markus Fischer", with: "Verantwortlich: @mfischer"))
    }

    @Test func ruleSelectsOneRulesFixes() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = await APGMain.runCaptured(["fix", root.path, "--rule", "invalid-plan-date", "--as-of", "2026-11-20"])
        #expect(result.stdout == "fixed 1 finding(s) in de.md\n")
        let fixed = try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8)
        #expect(fixed.contains("Fällig: 2027-02-15") && fixed.contains("## Notizn") && fixed.contains("Verantwortlch:"))
        #expect(await APGMain.runCaptured(["fix", root.path, "--rule", "no-such-rule"]).status == 2)
    }

    @Test func rulesAndExplainMarkTheRulesWithAnAutomaticFix() async {
        let rules = await APGMain.runCaptured(["rules"])
        let date = rules.stdout.split(separator: "\n").first { $0.hasPrefix("APG022") } ?? ""
        #expect(date.contains("  fix  "))
        let owner = rules.stdout.split(separator: "\n").first { $0.hasPrefix("APG104") } ?? ""
        #expect(!owner.contains("  fix  "))
        let page = await APGMain.runCaptured(["explain", "APG045"])
        #expect(page.stdout.contains("Automatic fix: `apg fix --rule unknown-section-entities`"))
    }

    /// A fix can uncover findings: a misspelt section's entities are read once it is
    /// renamed, and the next run fixes what they hold.
    @Test func aRenamedSectionsFindingsAreFixedByTheNextRun() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let guide = root.appendingPathComponent("de.md")
        try Self.guide.replacingOccurrences(of: "## Maßnahmen", with: "## Maßnahmn").write(to: guide, atomically: true, encoding: .utf8)
        #expect(await APGMain.runCaptured(["fix", root.path, "--as-of", "2026-11-20"]).stdout == "fixed 2 finding(s) in de.md\n")
        #expect(await APGMain.runCaptured(["fix", root.path, "--as-of", "2026-11-20"]).stdout == "fixed 2 finding(s) in de.md\n")
        #expect(try String(contentsOf: guide, encoding: .utf8) == Self.guide.replacingOccurrences(of: "Notizn", with: "Notizen")
            .replacingOccurrences(of: "Verantwortlch", with: "Verantwortlich")
            .replacingOccurrences(of: "15.02.2027", with: "2027-02-15"))
    }

    /// Overlapping edits: the first is applied, the other waits for the next run.
    @Test func overlappingEditsApplyOnce() {
        let bytes = Array("abcdef\n".utf8)
        let location = { (column: Int) in SourceLocation(file: "f", line: 1, column: column) }
        let edits = [
            TextEdit(.replacing("bcd", at: location(2), with: "X", "")),
            TextEdit(.replacing("cd", at: location(3), with: "Y", "")),
            TextEdit(.replacing("f", at: location(6), with: "Z", "")),
        ].compactMap { $0 }
        let (result, applied) = TextEdit.apply(edits, to: bytes)
        #expect(String(decoding: result, as: UTF8.self) == "aXeZ\n")
        #expect(applied == 2)
    }
}

/// Only a near certain misspelling is machine-applicable.
@Suite struct CertainMisspellingTests {
    @Test(arguments: [
        ("Verantwortlch", "Verantwortlich", true), ("Notizn", "Notizen", true), ("Massnahmen", "Maßnahmen", true),
        ("Owner", "owner", false), ("Rol", "Role", true), ("Cost", "Host", true), ("Sise", "Type", false),
        ("Baustellen", "Probleme und Chancen", false), ("Themen", "Thema", false), ("Tam", "Team", true), ("Rang", "Role", false),
    ])
    func closeEnough(word: String, candidate: String, certain: Bool) {
        #expect(NearMiss.isCertainMisspelling(word, of: candidate) == certain)
    }
}

/// `[x]` against `Status:`: fixed only where the action's other lines settle it.
@Suite struct CheckboxFixTests {
    static let guide = """
        ---
        account: Acme
        country: DE
        language: de
        updated: 2026-11-01
        authors: [mfischer]
        ---

        ## Team
        - Markus Fischer (@mfischer) — Key Account Manager

        ## Maßnahmen
        - [ ] DE-A1: Technologietag
          - Verantwortlich: @mfischer
          - Status: erledigt
          - Erledigt am: 2026-11-10
        - [x] DE-A2: Werksbesuch
          - Verantwortlich: @mfischer
          - Status: gefährdet
          - 2026-11-15: gefährdet — Termin wackelt
        - [x] DE-A3: Audit
          - Verantwortlich: @mfischer
          - Status: gefährdet

        """

    @Test func theBoxFollowsTheCertainSideAndAnUnsettledConflictStays() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-fix-box-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "account: Acme\n".write(to: root.appendingPathComponent("apg.yaml"), atomically: true, encoding: .utf8)
        try Self.guide.write(to: root.appendingPathComponent("de.md"), atomically: true, encoding: .utf8)
        let result = await APGMain.runCaptured(["fix", root.path, "--rule", "APG218", "--as-of", "2026-11-20"])
        #expect(result.stdout == "fixed 2 finding(s) in de.md\n", "\(result.stdout)\(result.stderr)")
        let fixed = try String(contentsOf: root.appendingPathComponent("de.md"), encoding: .utf8)
        #expect(fixed == Self.guide.replacingOccurrences(of: "- [ ] DE-A1", with: "- [x] DE-A1")
            .replacingOccurrences(of: "- [x] DE-A2", with: "- [ ] DE-A2"))
        let check = await APGMain.runCaptured(["check", root.path, "--format", "short", "--as-of", "2026-11-20"])
        #expect(check.stdout.split(separator: "\n").filter { $0.hasSuffix("[APG218]") }.count == 1, "\(check.stdout)")
        #expect(check.stdout.contains("'DE-A3' is checked [x]"))
    }
}
