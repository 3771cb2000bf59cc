import APGCommandLine
import APGJSON
import APGTestSupport
import Foundation
import Testing

/// Every `apg` command of docs/ci.md, run as the recipes run it, in a throw-away git
/// repository where a pull request branch changes the sample account's plan.
@Suite struct CIRecipeTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `apg …` command lines of the single-account recipes (after `run:`, a list dash,
    /// or alone). The portfolio recipes that follow need a portfolio and `--shard`; the
    /// portfolio command tests run those commands' shapes.
    static func recipeCommands() throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        var commands: [String] = []
        var inBlock = false
        for line in text.components(separatedBy: "\n") {
            if !inBlock && line.hasPrefix("## A portfolio over many jobs") { break }
            if line.hasPrefix("```") { inBlock.toggle(); continue }
            guard inBlock else { continue }
            var command = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["run: ", "- "] where command.hasPrefix(prefix) { command = String(command.dropFirst(prefix.count)) }
            if command.hasPrefix("apg ") { commands.append(command) }
        }
        return commands
    }

    /// Splits a command line as sh does for these simple lines: double quotes group,
    /// `||` ends the command, `> file` redirects stdout.
    static func words(_ line: String) -> (arguments: [String], redirect: String?) {
        var words: [String] = []
        var current = ""
        var quoted = false
        var hasWord = false
        for character in line {
            if character == "\"" { quoted.toggle(); hasWord = true; continue }
            if character == " ", !quoted {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
                continue
            }
            current.append(character)
            hasWord = true
        }
        if hasWord { words.append(current) }
        if let end = words.firstIndex(of: "||") { words = Array(words[..<end]) }
        var redirect: String?
        if let arrow = words.firstIndex(of: ">"), arrow + 1 < words.count {
            redirect = words[arrow + 1]
            words.removeSubrange(arrow...)
        }
        return (Array(words.dropFirst()), redirect)
    }

    @Test func theRecipesCommandsRunAgainstAPullRequest() async throws {
        let commands = try Self.recipeCommands()
        let subcommands = Set(commands.map { Self.words($0).arguments.first ?? "" })
        #expect(subcommands == ["check", "fmt", "diff", "build"], "\(commands)")

        let scratch = try ScratchRepository()
        let workspace = "accounts/kessler"
        try scratch.replace(workspace, with: Self.repository.appendingPathComponent("samples/kessler"))
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("\(workspace)/drafts"))
        // The base branch is formatted, as a team using the pre-commit hook keeps it.
        #expect(await APGMain.runCaptured(["fmt", scratch.root.appendingPathComponent(workspace).path]).status == 0)
        let base = try scratch.commit("plan as agreed", date: "2026-11-20")
        try scratch.git(["update-ref", "refs/remotes/origin/main", base])

        // The pull request: a new action, a slipped due date, a new owner.
        let guide = scratch.root.appendingPathComponent("\(workspace)/de.md")
        var text = try String(contentsOf: guide, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - Fällig: 2027-01-29\n", with: "  - Fällig: 2027-03-31\n")
        text = text.replacingOccurrences(of: "  - Verantwortlich: @kbauer\n", with: "  - Verantwortlich: @mfischer\n")
        text = text.replacingOccurrences(of: "- [ ] DE-A1:", with: """
            - [ ] DE-A9: Werksführung für den Einkauf in Reutlingen
              - Strategie: S1.1
              - Verantwortlich: @mfischer
              - Fällig: 2027-02-26
            - [ ] DE-A1:
            """)
        try text.write(to: guide, atomically: true, encoding: .utf8)
        try scratch.commit("pull request", date: "2026-11-25")

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("apg-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = output.appendingPathComponent("step-summary.md")
        let environment = ["GITHUB_STEP_SUMMARY": summary.path]

        var written: [String: String] = [:]
        for command in commands {
            let substituted = command
                .replacingOccurrences(of: "\"origin/${{ github.base_ref }}\"", with: "origin/main")
                .replacingOccurrences(of: "\"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"", with: "origin/main")
                .replacingOccurrences(of: "\"$WORKSPACE\"", with: scratch.root.appendingPathComponent(workspace).path)
            var (arguments, redirect) = Self.words(substituted)
            #expect(!arguments.joined().contains("$"), "unsubstituted variable in: \(command)")
            if let flag = arguments.firstIndex(of: "-o"), flag + 1 < arguments.count {
                arguments[flag + 1] = output.appendingPathComponent(arguments[flag + 1]).path
            }
            // The sample's dates are judged as of the pull request, not the day the test runs.
            let asOf = ["check", "build", "diff"].contains(arguments[0]) ? ["--as-of", "2026-11-25"] : []
            let result = await APGMain.runCaptured(arguments + asOf, environment: environment)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            if let redirect { written[redirect] = result.stdout }
        }

        let sarif = try #require(written["apg.sarif"])
        let log = try JSONParser.parse(sarif)
        #expect(log["version"]?.stringValue == "2.1.0")
        #expect(try String(contentsOf: summary, encoding: .utf8).contains("apg"))
        let changes = try #require(written["plan-changes.md"])
        #expect(changes.hasPrefix("## Plan changes since `origin/main`\n"))
        #expect(changes.contains("### Actions added\n\n- **DE-A9** Werksführung für den Einkauf in Reutlingen\n"))
        #expect(changes.contains("### Slipped\n\n- **DE-A1** "))
        #expect(changes.contains(": due 2027-01-29 → 2027-03-31 (+61 days)\n"))
        #expect(changes.contains("### Owners changed\n\n- **DE-A2** "))
        #expect(changes.contains("@kbauer → @mfischer"))
        #expect(!changes.contains("### Completed"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pack/workshop-pack.html").path))
    }

    @Test func diffWithNoChangesSaysSoAndABadRevisionIsExitStatusTwo() async throws {
        let scratch = try ScratchRepository()
        try scratch.replace("ws", with: Self.repository.appendingPathComponent("samples/kessler"))
        try scratch.commit("plan", date: "2026-11-20")
        let path = scratch.root.appendingPathComponent("ws").path
        let same = await APGMain.runCaptured(["diff", "HEAD", path, "--as-of", "2026-11-25"])
        #expect(same.status == 0)
        #expect(same.stdout == "## Plan changes since `HEAD`\n\nNo changes to actions.\n")
        let bad = await APGMain.runCaptured(["diff", "no-such-branch", path])
        #expect(bad.status == 2)
    }
}
