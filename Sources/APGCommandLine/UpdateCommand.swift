import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import StatusUpdate

/// `apg update --from FILE`: status updates from an edited workbook or CSV file, written
/// back into the guides where each action is defined.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Write the status updates of an edited actions.xlsx or CSV file back into the guides."
    )

    @Option(help: ArgumentHelp("The edited workbook (.xlsx) or CSV file.", valueName: "file"))
    var from: String

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Print the changes as a unified diff instead of writing them.")
    var dryRun = false

    @Flag(help: "Apply the rows that pass even when others are refused.")
    var partial = false

    func run() async throws {
        let console = APGMain.console
        let sheet: UpdateSheet
        do {
            sheet = try UpdateSheet.read(URL(fileURLWithPath: from))
        } catch {
            throw CommandFailure("\(error)")
        }
        let compilation = try await workspace.compile()
        if compilation.hasErrors {
            // The update still applies where the actions are known; `apg check` shows the rest.
            console.error("warning: the workspace has \(compilation.diagnostics.errorCount) error(s); run `apg check` to see them\n")
        }
        let updater = StatusUpdater(compilation: compilation, root: workspace.rootURL, asOf: workspace.asOfDate)
        let outcome: StatusUpdater.Outcome
        do {
            outcome = try updater.prepare(sheet, partial: partial)
        } catch {
            throw CommandFailure("\(error)")
        }
        if outcome.guidesChangedSinceExport == true {
            console.error("note: the guides changed since '\(sheet.fileName)' was exported; each row was checked against its action\n")
        }
        for refusal in outcome.refusals {
            console.error("error: \(refusal)\n")
        }
        if !outcome.refusals.isEmpty && !partial {
            console.error("error: nothing applied: \(count(outcome.refusals.count, "row")) refused (fix them, or use --partial to apply the others)\n")
            throw ExitCode(1)
        }
        if dryRun {
            for edit in outcome.edits {
                console.out(UnifiedDiff.diff(old: edit.original, new: edit.edited, path: edit.path))
            }
        } else {
            AtomicFileWriter.removeStaleTemporaryFiles(besides: compilation.workspace.files.map { workspace.rootURL.appendingPathComponent($0.path) })
            for edit in outcome.edits {
                do {
                    try GuideFileWriter.replace(workspace.rootURL.appendingPathComponent(edit.path), with: edit.edited)
                } catch {
                    throw CommandFailure("cannot write '\(edit.path)': \(error.localizedDescription)")
                }
            }
        }
        let verb = dryRun ? "would update" : "updated"
        console.error("\(verb) \(count(outcome.changes.count, "action")) in \(count(outcome.edits.count, "file")) as of \(workspace.asOfDate.iso)\n")
        if !outcome.refusals.isEmpty { throw ExitCode(1) }
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
