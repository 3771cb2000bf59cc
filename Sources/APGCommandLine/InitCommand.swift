import ArgumentParser
import Foundation
import PlanModel

/// `apg init`: starts an account workspace with `apg.yaml` and a global file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an account workspace: apg.yaml and global.md.",
        discussion: "Never overwrites a file: an existing apg.yaml or global.md is an error (exit status 2)."
    )

    @Argument(help: "The workspace folder to create or fill.", completion: .directory)
    var path: String = "."

    @Option(help: "The account's name, as every guide's front matter will carry it.")
    var account: String

    @Option(help: "The language of the global file (\(GuideTemplates.languages.joined(separator: ", "))).")
    var lang: String = "en"

    func validate() throws {
        if account.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--account needs the account's name")
        }
        if !GuideTemplates.languages.contains(lang) {
            throw ValidationError("no template for language '\(lang)'; available: \(GuideTemplates.languages.joined(separator: ", "))")
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        let files = FileManager.default
        let configURL = root.appendingPathComponent("apg.yaml")
        let globalURL = root.appendingPathComponent("global.md")
        for url in [configURL, globalURL] where files.fileExists(atPath: url.path) {
            throw CommandFailure("'\(url.path)' exists already; apg does not overwrite it")
        }
        do {
            try files.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create '\(root.path)': \(error.localizedDescription)")
        }
        let today = PlanDate.today()
        let authors = AuthorLookup.authorsLine(workspace: root, members: [])
        let global = GuideTemplates.global(language: lang)
        let values = ["account": GuideTemplates.yamlScalar(account), "updated": today.iso, "authors": authors, "language": global.language]
        try files.createNewFile(at: configURL, text: Self.configuration(account: account, today: today))
        try files.createNewFile(at: globalURL, text: GuideTemplates.fill(global.text, with: values))
        let console = APGMain.console
        console.out("created \(configURL.path)\ncreated \(globalURL.path)\n")
        if global.language != lang {
            console.error("note: no global template in '\(lang)'; global.md is in English (headings may be in any language)\n")
        }
    }

    /// `apg.yaml` with the settings a team tunes first, and the rest as comments.
    static func configuration(account: String, today: PlanDate) -> String {
        let end = PlanDate(year: today.year + 2, month: 12, day: 31) ?? today
        let start = PlanDate(year: today.year, month: today.month, day: 1) ?? today
        return """
            # Account-wide settings (apg.yaml). `apg explain RULE` describes every rule.
            account: \(GuideTemplates.yamlScalar(account))
            horizon: { start: \(start.iso), end: \(end.iso) }   # plan dates outside are flagged
            review: { cadence: 30d }                          # d, w, or m (30 days)
            limits: { team: 15, items: 50 }
            # rules:               # severity by rule code or name: error | warning | note | off
            #   goal-alternatives: warning
            #   APG215: off
            # fields: [Budget]     # custom attribute keys accepted without a note
            # vocabulary:          # extra words, per language
            #   de: { sections: { items: ["Themen und Chancen"] } }
            # ignore: [drafts/]

            """
    }
}
