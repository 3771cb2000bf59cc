import Foundation

/// A small portfolio written deterministically (the same arguments give the same bytes),
/// in the shape of `scripts/generate-workspace.py --portfolio` — a global guide and country
/// guides with team, organization, stakeholders, items, goals, strategies, tactics and
/// actions — plus what the benchmark's clean input lacks: accounts whose guides are
/// German or French, a misspelt owner (an error), an unknown section with entities, a
/// duplicate code and text that JSON must escape.
enum GeneratedPortfolio {
    static func write(to root: URL, accounts: Int = 8, guides: Int = 2, items: Int = 8) throws {
        for account in 0..<accounts {
            let folder = root.appendingPathComponent(String(format: "a%04d", account), isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let name = String(format: "Bench Account %04d", account)
            try write("account: \(name)\nhorizon: { start: 2027-01-01, end: 2028-12-31 }\n", to: folder.appendingPathComponent("apg.yaml"))
            try write(globalGuide(name), to: folder.appendingPathComponent("global.md"))
            for index in 0..<guides {
                try write(countryGuide(account: account, index: index, items: items, name: name),
                          to: folder.appendingPathComponent(String(format: "c%04d.md", index)))
            }
        }
    }

    private static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    private static let countries = ["DE", "FR", "US", "CN", "JP", "IT", "ES", "BR"]

    private static func globalGuide(_ name: String) -> String {
        """
        ---
        account: \(name)
        language: en
        ---

        # \(name)

        ## Customer Organization

        - \(name) {#bench}
          - Type: group
          - Themes: growth

        ## Vision

        Be the partner — "first choice" for \\ power electronics.

        """
    }

    /// Headings and keys in the guide's language: English, or German for every third
    /// account and French for every fifth.
    private struct Words {
        var language = "en", team = "Team", organization = "Customer Organization", stakeholders = "Stakeholders"
        var itemsSection = "Issues and Opportunities", issues = "Issues", goals = "Goals"
        var function = "Function", country = "Country", themes = "Themes", coveredBy = "Covered by", unit = "Unit"
        var theme = "Theme", priority = "Priority", medium = "medium", products = "Products"
        var owner = "Owner", due = "Due", status = "Status", selected = "selected", proposed = "proposed"
    }

    private static func words(for account: Int) -> Words {
        var words = Words()
        if account % 3 == 1 {
            words = Words(language: "de", team: "Team", organization: "Kundenorganisation", stakeholders: "Stakeholder",
                          itemsSection: "Probleme und Chancen", issues: "Probleme", goals: "Ziele",
                          function: "Funktion", country: "Land", themes: "Themen", coveredBy: "Betreut von", unit: "Einheit",
                          theme: "Thema", priority: "Priorität", medium: "mittel", products: "Produkte",
                          owner: "Verantwortlich", due: "Fällig", status: "Status", selected: "ausgewählt", proposed: "vorgeschlagen")
        } else if account % 5 == 2 {
            words = Words(language: "fr", team: "Équipe", organization: "Organisation client", stakeholders: "Parties prenantes",
                          itemsSection: "Problèmes et opportunités", issues: "Problèmes", goals: "Objectifs",
                          function: "Fonction", country: "Pays", themes: "Thèmes", coveredBy: "Suivi par", unit: "Unité",
                          theme: "Thème", priority: "Priorité", medium: "moyenne", products: "Produits",
                          owner: "Responsable", due: "Échéance", status: "Statut", selected: "retenue", proposed: "proposée")
        }
        return words
    }

    private static func countryGuide(account: Int, index: Int, items: Int, name: String) -> String {
        let words = words(for: account)
        let country = countries[(account + index) % countries.count]
        let code = "F\(index)"
        var lines = ["---", "account: \(name)", "country: \(country)", "language: \(words.language)", "updated: 2027-01-15", "---", "",
                     "# Guide \(code)", "", "## \(words.team)", ""]
        lines += ["- Member \(code) (@m\(index))", "  - \(words.function): \(index % 2 == 1 ? "Sales" : "Engineering")",
                  "  - \(words.country): \(country)", ""]
        lines += ["## \(words.organization)", "", "- #bench", "  - Unit \(code) {#u-\(index)}",
                  "    - \(words.themes): theme \(index % 7); cost", "    - \(words.coveredBy): @m\(index)", ""]
        lines += ["## \(words.stakeholders)", "", "- Person \(code) — Buyer {#p-\(index)}", "  - \(words.unit): u-\(index)",
                  "  - Buying role: influencer", "  - Stance: neutral", "  - \(words.coveredBy): @m\(index)", ""]
        lines += ["## \(words.itemsSection)", "", "### \(words.issues)", ""]
        for item in 0..<items {
            // A duplicate code in one guide of every fourth account.
            let itemCode = account % 4 == 3 && index == 0 && item == 1 ? "\(code)-I0" : "\(code)-I\(item)"
            lines += ["- \(itemCode): Supply issue \(item) for product P\(item % 13) at site \(index) \"quoted\"\t\\ tab",
                      "  - \(words.unit): u-\(index)", "  - \(words.theme): theme \(item % 5)", "  - \(words.priority): \(words.medium)",
                      "  - \(words.products): P\(item % 13)", ""]
        }
        lines += ["## \(words.goals)", "", "### G\(index): Grow share in unit \(index)", "- Metric: design wins",
                  "- Baseline: 1", "- Target: 3", "- \(words.due): 2028-12-31", "- Sponsor: @m\(index)", ""]
        for strategy in 1...2 {
            // A misspelt owner in every seventh account: an error, so nothing is built for it.
            let owner = account % 7 == 6 && strategy == 2 ? "@mm\(index)" : "@m\(index)"
            lines += ["#### S\(index).\(strategy): Strategy \(strategy) for \(code)",
                      "- \(words.status): \(strategy == 1 ? words.selected : words.proposed)", "- Addresses: \(code)-I0",
                      "- \(words.owner): @m\(index)", "",
                      "- T\(index).\(strategy).1: Tactic \(strategy)",
                      "  - [ ] A\(index).\(strategy): Action \(strategy) of \(code)",
                      "    - \(words.owner): \(owner)", "    - \(words.due): 2027-06-30",
                      "    - Milestone: 2027-03-31 — first step", "    - Metric: meetings held", "    - Target: 4",
                      "    - 2027-01-10: on track — started", ""]
        }
        if account % 4 == 1 {
            lines += ["## Next Stepz", "", "- [ ] Z\(index): Call the buyer", "  - \(words.owner): @m\(index)", ""]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
