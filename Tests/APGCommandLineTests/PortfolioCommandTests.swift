import APGJSON
import APGTestSupport
import Foundation
import Render
import Testing
@testable import APGCommandLine

/// `check`, `build` and `report` over a portfolio: each account is its own workspace,
/// the output is grouped by account in folder order, the exit status is the worst.
///
/// The fixture: `acme` (apg.yaml, clean), `bosch` (no apg.yaml, warnings) and `kessler`
/// (apg.yaml, one error: an unknown owner at global.md:39:14). All three define `G1`.
@Suite struct PortfolioCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/portfolio")
    static let asOf = ["--as-of", "2027-01-15"]

    /// A copy of the fixture in a temporary folder (outside any git repository).
    static func copy() throws -> URL {
        let root = try BuildCommandTests.temporaryFolder().appendingPathComponent("accounts", isDirectory: true)
        try FileManager.default.copyItem(at: fixture, to: root)
        return root
    }

    @Test func theJSONFormatListsEachAccountWithItsOwnSummary() async throws {
        let result = await APGMain.runCaptured(["check", Self.fixture.path, "--format", "json"] + Self.asOf, currentFolder: Self.fixture)
        #expect(result.status == 1)
        let document = try JSONParser.parse(result.stdout)
        guard case .object(let members) = document else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["version", "tool", "toolVersion", "summary", "accounts"])
        let accounts = try #require(document["accounts"]?.arrayValue)
        #expect(accounts.map { $0["path"] } == ["acme", "bosch", "kessler"])
        #expect(accounts.map { $0["account"] } == ["Acme Motors", "Bosch Group", "Kessler Group"])
        guard case .object(let accountMembers) = accounts[0] else { Issue.record("not an object"); return }
        #expect(accountMembers.map(\.key) == ["path", "account", "summary", "diagnostics"])
        #expect(accounts[0]["diagnostics"]?.arrayValue?.isEmpty == true)

        // Paths are relative to the current folder, as for one workspace (here the
        // portfolio's); `G1` in every account is no duplicate.
        let kessler = try #require(accounts[2]["diagnostics"]?.arrayValue)
        #expect(kessler.count == 1)
        #expect(kessler.first?["rule"] == "APG104")
        #expect(kessler.first?["file"] == "kessler/global.md")
        #expect(kessler.first?["line"] == .int(39))
        #expect(kessler.first?["column"] == .int(14))
        let all = accounts.flatMap { $0["diagnostics"]?.arrayValue ?? [] }
        #expect(!all.contains { $0["rule"] == "APG101" || ($0["message"]?.stringValue ?? "").contains("defined twice") })

        let warnings = accounts.compactMap { $0["summary"]?["warnings"]?.numberValue }.reduce(0, +)
        #expect(document["summary"]?["warnings"]?.numberValue == warnings)
        #expect(document["summary"]?["errors"] == .int(1))
        #expect(accounts[1]["summary"]?["warnings"]?.numberValue == Double(accounts[1]["diagnostics"]?.arrayValue?.count ?? -1))
    }

    @Test func theHumanFormatGroupsByAccountInFolderOrder() async {
        let result = await APGMain.runCaptured(["check", Self.fixture.path] + Self.asOf, currentFolder: Self.fixture)
        #expect(result.status == 1)
        let headers = result.stderr.split(separator: "\n").filter { $0.hasPrefix("==> ") }
        #expect(headers == ["==> acme (Acme Motors)", "==> bosch (Bosch Group)", "==> kessler (Kessler Group)"])
        #expect(result.stderr.contains("==> acme (Acme Motors)\nno problems\n"))
        #expect(result.stderr.contains("--> kessler/global.md:39:14"))
        #expect(result.stderr.hasSuffix("3 accounts: 1 with errors; 1 error, 5 warnings in all\n"), "\(result.stderr)")
        // Not a terminal: no progress line.
        #expect(!result.stderr.contains("\r"))
        #expect(result.stdout.isEmpty)
    }

    @Test func headersShowNoControlCharacters() {
        #expect(PortfolioPrinter.printable("==> a (Evil\u{1B}[2J Corp\n)") == "==> a (Evil\u{FFFD}[2J Corp\u{FFFD})")
    }

    @Test func theShortFormatPutsPathsUnderTheAccountFolders() async {
        let result = await APGMain.runCaptured(["check", Self.fixture.path, "--format", "short"] + Self.asOf, currentFolder: Self.fixture)
        #expect(result.stdout.contains("kessler/global.md:39:14: error: owner '@dreeed' is not a team member [APG104]\n"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("bosch/") || $0.hasPrefix("kessler/") })
    }

    @Test func sarifIsOneRunWithPathsFromTheRepositoryRoot() async throws {
        let repository = try ScratchRepository()
        try FileManager.default.copyItem(at: Self.fixture, to: repository.root.appendingPathComponent("accounts"))
        let inRepository = await APGMain.runCaptured(["check", repository.root.appendingPathComponent("accounts").path, "--format", "sarif"] + Self.asOf)
        #expect(inRepository.status == 1)
        let runs = try #require(JSONParser.parse(inRepository.stdout)["runs"]?.arrayValue)
        #expect(runs.count == 1)
        let results = try #require(runs.first?["results"]?.arrayValue)
        #expect(results.count == 6)
        let uris = results.compactMap { $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue }
        #expect(uris.contains("accounts/kessler/global.md"))
        #expect(uris.allSatisfy { $0.hasPrefix("accounts/bosch/") || $0.hasPrefix("accounts/kessler/") })

        // Outside a repository, paths are relative to the current folder (here the portfolio).
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let outside = await APGMain.runCaptured(["check", root.path, "--format", "github"] + Self.asOf, currentFolder: root)
        #expect(outside.stdout.contains("::error file=kessler/global.md,line=39,col=14,title=APG104 unknown-person::"))
        #expect(outside.stdout.split(separator: "\n").count == 6)
    }

    @Test func buildWritesEachAccountAndAnIndexLinkingThem() async throws {
        let output = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let arguments = ["build", Self.fixture.path, "-o", output.path, "--format", "json"] + Self.asOf
        let first = await APGMain.runCaptured(arguments)
        #expect(first.status == 1)
        let manager = FileManager.default
        #expect(manager.fileExists(atPath: output.appendingPathComponent("acme/plan.json").path))
        #expect(manager.fileExists(atPath: output.appendingPathComponent("bosch/workshop-pack.html").path))
        #expect(!manager.fileExists(atPath: output.appendingPathComponent("kessler").path))
        #expect(first.stderr.contains("error: kessler: nothing written: the account has errors"))

        let indexURL = output.appendingPathComponent("index.html")
        let index = try String(contentsOf: indexURL, encoding: .utf8)
        #expect(index.contains("<a href=\"acme/workshop-pack.html\">Acme Motors</a>"))
        #expect(index.contains("<a href=\"bosch/workshop-pack.html\">Bosch Group</a>"))
        #expect(!index.contains("href=\"kessler/"))
        #expect(index.contains("<td class=\"num bad\">1</td>"))
        #expect(index.contains("3 accounts, 1 error, 5 warnings."))

        let second = await APGMain.runCaptured(arguments)
        #expect(try Data(contentsOf: indexURL) == Data(index.utf8))
        #expect(second.stdout == first.stdout)

        // --force writes the account with errors too, and the build still fails.
        let forced = await APGMain.runCaptured(arguments + ["--force"])
        #expect(forced.status == 1)
        #expect(try String(contentsOf: indexURL, encoding: .utf8).contains("<a href=\"kessler/workshop-pack.html\">Kessler Group</a>"))
        // The output folder is apg's: a check of the portfolio does not take it for an account.
        #expect(manager.fileExists(atPath: output.appendingPathComponent(".apg-output").path))
    }

    @Test func theIndexEscapesNamesAndLinks() {
        let page = PortfolioIndexRenderer.render(title: "Packs <&>", pageKind: "workshop pack", entries: [
            PortfolioIndexEntry(folder: "a b#\"c", account: "<script>x</script>", errors: 0, warnings: 2, page: "a b#\"c/workshop-pack.html"),
        ])
        let text = String(decoding: page.contents, as: UTF8.self)
        #expect(text.contains("<title>Packs &lt;&amp;&gt;</title>"))
        #expect(text.contains("<a href=\"a%20b%23%22c/workshop-pack.html\">&lt;script&gt;x&lt;/script&gt;</a>"))
        #expect(text.contains("<code>a b#&quot;c/</code>"))
        #expect(!text.contains("<script>"))
    }

    /// Diagnostics are never for customers: a customer build's index lists the accounts
    /// and links, without error and warning counts.
    @Test func aCustomerIndexShowsNoCounts() {
        let entries = [
            PortfolioIndexEntry(folder: "acme", account: "Acme Motors", errors: 0, warnings: 7, page: "acme/workshop-pack.html"),
            PortfolioIndexEntry(folder: "kessler", account: "Kessler Group", errors: 3, warnings: 0, page: nil),
        ]
        let team = String(decoding: PortfolioIndexRenderer.render(title: "Packs", pageKind: "workshop pack", entries: entries).contents, as: UTF8.self)
        let customer = String(decoding: PortfolioIndexRenderer.render(title: "Packs", pageKind: "workshop pack", entries: entries, audience: .customer).contents, as: UTF8.self)
        #expect(team.contains("<th class=\"num\">Errors</th>") && team.contains("3 errors, 7 warnings"))
        #expect(!customer.contains("Errors") && !customer.contains("Warnings") && !customer.contains("error"))
        #expect(customer.contains("<a href=\"acme/workshop-pack.html\">Acme Motors</a>") && customer.contains("not written"))
    }

    @Test func anAccountThatCannotBeWrittenFailsAloneWithStatusTwo() async throws {
        let output = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try Data("in the way\n".utf8).write(to: output.appendingPathComponent("acme"))
        let result = await APGMain.runCaptured(["build", Self.fixture.path, "-o", output.path] + Self.asOf)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the output folder '\(output.path)/acme' is a file"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("bosch/plan.json").path))
        #expect(result.stderr.contains("3 accounts: 1 with errors, 1 failed;"))
    }

    @Test func theExitStatusIsTheWorstAccounts() async throws {
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("kessler"))
        #expect(await APGMain.runCaptured(["check", root.path] + Self.asOf).status == 0)
        // bosch's warnings are errors under --strict.
        #expect(await APGMain.runCaptured(["check", root.path, "--strict"] + Self.asOf).status == 1)
    }

    @Test func reportWritesEachAccountsReportAndAnIndex() async throws {
        let root = try Self.copy()
        let output = root.deletingLastPathComponent().appendingPathComponent("reports")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("kessler"))
        // An earlier copy of the portfolio that lacks bosch: acme is compared, bosch is not.
        let earlier = root.deletingLastPathComponent().appendingPathComponent("earlier")
        try FileManager.default.createDirectory(at: earlier, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("acme"), to: earlier.appendingPathComponent("acme"))

        let result = await APGMain.runCaptured(["report", root.path, "-o", output.path, "--since", earlier.path] + Self.asOf)
        #expect(result.status == 0, "\(result.stderr)")
        let acme = try JSONParser.parse(String(contentsOf: output.appendingPathComponent("acme/report.json"), encoding: .utf8))
        #expect(acme["baseline"] != nil && acme["baseline"] != .null, "\(acme)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("bosch/follow-up-report.html").path))
        #expect(result.stderr.contains("warning: '\(earlier.path)' holds no folder 'bosch' to compare with"))
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"bosch/follow-up-report.html\">Bosch Group</a>"))
    }

    @Test func theShardsOfAPortfolioCoverEveryAccountOnce() async throws {
        var seen: [String] = []
        for share in 1...2 {
            let result = await APGMain.runCaptured(["check", Self.fixture.path, "--format", "json", "--shard", "\(share)/2"] + Self.asOf)
            let accounts = try #require(JSONParser.parse(result.stdout)["accounts"]?.arrayValue)
            seen += accounts.compactMap { $0["path"]?.stringValue }
        }
        #expect(seen.sorted() == ["acme", "bosch", "kessler"])
    }

    @Test(arguments: ["0/2", "3/2", "2", "a/b", "1/0", "1/2/3", ""])
    func aBadShardExitsTwo(shard: String) async {
        let result = await APGMain.runCaptured(["check", Self.fixture.path, "--shard", shard])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shard takes K/N"), "\(result.stderr)")
    }

    @Test func aShardOfOneWorkspaceExitsTwo() async {
        let result = await APGMain.runCaptured(["check", CheckCommandTests.sample, "--shard", "1/2"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is one account workspace"))
        let missing = await APGMain.runCaptured(["check", "/nonexistent/apg-portfolio", "--shard", "1/2"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("is not a folder"), "\(missing.stderr)")
    }

    @Test func sharesAreBalancedBySize() {
        // 60 accounts of 25–31 KB in a scrambled but fixed order.
        let accounts = (0..<60).map { index in (name: "account-\(index)", size: 25_000 + (index * 7_919) % 6_000) }
        for count in [1, 2, 3, 4, 5, 6] {
            let shares = Shard.assign(accounts, shares: count)
            let totals = shares.map { share in share.reduce(0) { total, name in total + (accounts.first { $0.name == name }?.size ?? 0) } }
            let average = Double(accounts.reduce(0) { $0 + $1.size }) / Double(count)
            #expect(Double(totals.max() ?? 0) <= average * 1.15, "\(count) shares: \(totals)")
        }
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13, 40])
    func everyAccountIsInExactlyOneShare(count: Int) {
        let accounts = (0..<23).map { index in (name: "a\(index)", size: (index * 37) % 11 * 1_000) }
        let shares = Shard.assign(accounts, shares: count)
        #expect(shares.count == count)
        #expect(shares.flatMap { $0 }.sorted() == accounts.map(\.name).sorted())
        // The same input in another order gives the same shares.
        #expect(Shard.assign(accounts.reversed(), shares: count) == shares)
    }

    @Test func progressIsDrawnInPlaceAndErased() {
        let console = Console.capture()
        let progress = ProgressLine(console: console, label: "checking accounts", total: 2, enabled: true, delay: .zero)
        progress.start()
        progress.accountFinished()
        progress.accountFinished()
        progress.finish()
        #expect(console.standardError.contains("\r\u{1B}[Kchecking accounts: 2/2"))
        #expect(console.standardError.hasSuffix("\r\u{1B}[K"))

        let quiet = Console.capture()
        let silent = ProgressLine(console: quiet, label: "checking accounts", total: 2, enabled: false, delay: .zero)
        silent.start()
        silent.accountFinished()
        silent.finish()
        #expect(quiet.standardError.isEmpty)
        #expect(!ProgressLine.isWanted(on: quiet, quiet: false))
    }
}
