import ArgumentParser
import Compiler
import Foundation
import Frontend
import PlanModel

/// `apg new-guide`: adds a country's guide to a workspace from the template of its
/// language.
struct NewGuideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-guide",
        abstract: "Create a country's guide <cc>.md from the template of its language.",
        discussion: """
            The language defaults to the country's main language where a template exists, \
            else English. The account comes from apg.yaml; `authors:` gets the handle of the team \
            member whose name or e-mail is your `git config user.name`/`user.email`, else a \
            commented placeholder. Never overwrites a file (exit status 2).
            """
    )

    @Argument(help: "The account workspace folder.", completion: .directory)
    var path: String = "."

    @Option(help: "The country's ISO 3166 code, such as DE.")
    var country: String

    @Option(help: "The guide's language (\(GuideTemplates.languages.joined(separator: ", "))).")
    var lang: String?

    func validate() throws {
        let code = country.uppercased()
        if !CountryCodes.assigned.contains(code) {
            let suggestions = CountryCodes.suggestions(for: country)
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            throw ValidationError("'\(country)' is not an ISO 3166 country code\(hint)")
        }
        if let lang, !GuideTemplates.languages.contains(lang) {
            throw ValidationError("no template for language '\(lang)'; available: \(GuideTemplates.languages.joined(separator: ", "))")
        }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        let code = country.uppercased()
        let target = root.appendingPathComponent("\(code.lowercased()).md")
        if FileManager.default.fileExists(atPath: target.path) {
            throw CommandFailure("'\(target.path)' exists already; apg does not overwrite it")
        }
        let configURL = root.appendingPathComponent("apg.yaml")
        guard let configText = try? String(contentsOf: configURL, encoding: .utf8) else {
            throw CommandFailure("no apg.yaml in '\(root.path)'; start the workspace with `apg init --account NAME`")
        }
        guard let account = WorkspaceConfigParser().parse(text: configText).config.account else {
            throw CommandFailure("'\(configURL.path)' names no account; add `account: NAME`")
        }
        let language = lang ?? GuideTemplates.mainLanguage(ofCountry: code).flatMap { GuideTemplates.guide(language: $0) == nil ? nil : $0 } ?? "en"
        guard let template = GuideTemplates.guide(language: language) else {
            throw CommandFailure("no guide template for language '\(language)'")
        }
        let members = (try? await AccountCompiler(options: .init(asOf: .today())).compile(root: root))?.model.team ?? []
        let values = [
            "account": GuideTemplates.yamlScalar(account),
            "country": code,
            "cc": code.lowercased(),
            "language": language,
            "updated": PlanDate.today().iso,
            "authors": AuthorLookup.authorsLine(workspace: root, members: members),
        ]
        try FileManager.default.createNewFile(at: target, text: GuideTemplates.fill(template, with: values))
        APGMain.console.out("created \(target.path) (\(language))\n")
    }
}
