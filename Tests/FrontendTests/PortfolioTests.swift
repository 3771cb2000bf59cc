import Foundation
import Testing
@testable import Frontend

/// Which folders are portfolios of account workspaces and which are one workspace.
@Suite struct PortfolioTests {
    /// A temporary folder holding `files` (path → text), removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apg-portfolio-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static func guide(_ account: String) -> String { "---\naccount: \(account)\n---\n# \(account)\n" }

    @Test func subfoldersWithConfigOrOneAccountsGuidesAreAPortfolio() throws {
        let root = try Self.folder([
            "README.md": "the accounts\n",
            "notes.txt": "not a guide\n",
            "zeta/apg.yaml": "account: Zeta\n",
            "acme/global.md": Self.guide("Acme"),
            "acme/de/de.md": Self.guide("acme "),
            "bosch/apg.yaml": "account: Bosch\n",
            "bosch/global.md": Self.guide("Bosch"),
            "docs/README.md": "no guides here\n",
            ".hidden/apg.yaml": "account: Hidden\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let portfolio = try #require(Portfolio.detect(at: root))
        #expect(portfolio.accounts.map(\.folder) == ["acme", "bosch", "zeta"])
        let acme = try #require(portfolio.accounts.first)
        #expect(acme.size == Self.guide("Acme").utf8.count + Self.guide("acme ").utf8.count)
        #expect(acme.root.lastPathComponent == "acme")
    }

    @Test(arguments: [
        // apg.yaml at the top: one workspace.
        ["apg.yaml": "account: A\n", "a/apg.yaml": "account: A\n", "b/apg.yaml": "account: B\n"],
        // A guide at the top: one workspace with guides in subfolders.
        ["global.md": guide("A"), "a/apg.yaml": "account: A\n", "b/apg.yaml": "account: B\n"],
        // One account folder is not a portfolio.
        ["a/apg.yaml": "account: A\n", "docs/README.md": "text\n"],
        // Country folders of one account, without apg.yaml: one workspace sorted into folders.
        ["de/de.md": guide("Kessler Group"), "fr/fr.md": guide("kessler group")],
    ])
    func oneWorkspaceIsNotAPortfolio(files: [String: String]) throws {
        let root = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Portfolio.detect(at: root) == nil)
    }

    @Test func outputFoldersAreNotAccounts() throws {
        let root = try Self.folder([
            "a/apg.yaml": "account: A\n",
            "b/apg.yaml": "account: B\n",
            "out/a/plan.md": Self.guide("A"),
            "old/.apg-output": "",
            "old/apg.yaml": "account: Old\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let portfolio = try #require(Portfolio.detect(at: root, outputFolder: root.appendingPathComponent("out")))
        #expect(portfolio.accounts.map(\.folder) == ["a", "b"])
        #expect(Portfolio.detect(at: root.appendingPathComponent("missing")) == nil)
    }

    @Test(arguments: [
        ("---\naccount: Kessler Group\n---\n", "kessler group"),
        ("\u{FEFF}---\r\ncountry: DE\r\naccount: \"Kessler Group\" \r\n---\r\n", "kessler group"),
        ("---\naccount: 'ACME'  # the customer\n---\n", "acme"),
        ("---\naccount: Acme # Motors\n---\n", "acme"),
        ("---\ncountry: DE\n---\naccount: Acme\n", nil),
        ("# no front matter\naccount: Acme\n", nil),
        ("---\naccount:\n---\n", nil),
    ] as [(String, String?)])
    func accountNamesAreReadFromTheFrontMatterOnly(text: String, expected: String?) {
        #expect(Portfolio.accountName(inFrontMatterOf: Array(text.utf8)) == expected)
    }
}
