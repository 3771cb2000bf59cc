import ArgumentParser
import Compiler
import Foundation
import PlanModel

/// `apg diff REV`: what a change does to the plan, as Markdown for a pull request
/// comment: actions added, completed, slipped, and owners changed since a git revision.
/// The comparison is the follow-up report's (`PlanChanges`).
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print the plan's semantic changes since a git revision as Markdown (actions added, completed, slipped, owners changed)."
    )

    @Argument(help: "The git revision to compare with, such as origin/main.")
    var revision: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        let current = try await workspace.compile()
        let asOf = current.asOf
        let repository: GitRepository
        let commit: String
        do {
            repository = try GitRepository(containing: workspace.rootURL)
            commit = try repository.commit(for: revision)
        } catch {
            throw CommandFailure("\(error)")
        }
        let baseline: Compilation
        do {
            baseline = try await FollowUpBaselines(compilerOptions: .init(asOf: asOf)).compile(commit: commit, in: repository)
        } catch {
            throw CommandFailure("\(error)")
        }
        let changes = PlanChanges(baseline: baseline.model, current: current.model, asOf: asOf)
        APGMain.console.out(Self.markdown(changes, revision: revision, current: current.model))
    }

    static func markdown(_ changes: PlanChanges, revision: String, current: AccountModel) -> String {
        let titles = Dictionary(current.actions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String {
            titles[id].map { "**\(id)** \(escape($0))" } ?? "**\(id)**"
        }
        func entry(_ entry: PlanChanges.Entry) -> String { "- **\(entry.id)** \(escape(entry.title))\n" }
        func handles(_ list: [String]) -> String { list.isEmpty ? "nobody" : list.map { "@\($0)" }.joined(separator: ", ") }

        var sections: [(String, String)] = []
        let added = changes.actionsAdded.map(entry).joined()
        if !added.isEmpty { sections.append(("Actions added", added)) }
        let completed = changes.completed.map(entry).joined()
        if !completed.isEmpty { sections.append(("Completed", completed)) }
        let slips = (changes.dueMoves + changes.milestoneMoves).filter { $0.days > 0 }
        let slipped = slips.map { move in
            let what = move.milestone.map { "milestone “\(escape($0))”" } ?? "due"
            return "- \(name(move.actionID)): \(what) \(move.from.iso) → \(move.to.iso) (+\(move.days) days)\n"
        }.joined()
        if !slipped.isEmpty { sections.append(("Slipped", slipped)) }
        let owners = changes.ownerChanges.map { "- \(name($0.actionID)): \(handles($0.from)) → \(handles($0.to))\n" }.joined()
        if !owners.isEmpty { sections.append(("Owners changed", owners)) }
        let removed = changes.actionsRemoved.map(entry).joined()
        if !removed.isEmpty { sections.append(("Actions removed", removed)) }
        let dropped = changes.dropped.map(entry).joined()
        if !dropped.isEmpty { sections.append(("Dropped", dropped)) }

        var text = "## Plan changes since `\(revision.replacingOccurrences(of: "`", with: ""))`\n\n"
        if sections.isEmpty { return text + "No changes to actions.\n" }
        for (heading, body) in sections { text += "### \(heading)\n\n\(body)\n" }
        return text
    }

    /// Guide text in a comment renders as text: Markdown's active characters escaped.
    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|@".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
