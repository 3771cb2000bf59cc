import APGJSON
import Compiler
import Diagnostics
import Foundation
import Frontend
import Render

/// Prints a portfolio run's diagnostics, account by account in folder order.
///
/// - `human`: a header line per account, then its diagnostics as for one workspace,
///   then a line for the whole portfolio; on stderr.
/// - `short`: one line per diagnostic.
/// - `json`: `{"version", "tool", "toolVersion", "summary", "accounts": [{"path",
///   "account", "summary", "diagnostics"}]}`, each diagnostic as `--format json` prints
///   it for one workspace.
/// - `sarif` and `github`: every account's results in one run or one list of
///   annotations.
///
/// Paths follow the single-workspace rule: relative to the current folder, and for
/// `sarif` and `github` to the root of the git repository holding the portfolio.
struct PortfolioPrinter {
    let portfolio: Portfolio
    let format: DiagnosticFormat
    let color: Bool
    let quiet: Bool
    let console: Console

    func print(_ outcomes: [AccountOutcome]) {
        switch format {
        case .human:
            printHuman(outcomes)
            return
        case .short:
            console.out(ShortFormatter().format(Self.merged(outcomes, paths: paths)))
        case .json:
            console.out(JSONWriter.serialize(Self.jsonDocument(outcomes)))
        case .sarif, .github:
            let report = Self.merged(outcomes, paths: paths)
            console.out(DiagnosticFormatters.formatter(for: format, color: false).format(report))
            if format == .github, let path = console.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
                DiagnosticPrinter.appendStepSummary(GitHubFormatter.stepSummary(report), to: path, console: console)
            }
        }
        // With a machine format, stdout carries the document alone: the rest goes to stderr.
        for outcome in outcomes {
            if let failure = outcome.failure { console.error("error: \(outcome.account.folder): \(failure)\n") }
            for warning in outcome.warnings { console.error("warning: \(outcome.account.folder): \(warning)\n") }
            if !quiet { for note in outcome.notes { console.error("\(outcome.account.folder): \(note)\n") } }
        }
    }

    private func printHuman(_ outcomes: [AccountOutcome]) {
        let formatter = HumanFormatter(color: color)
        var text = ""
        for outcome in outcomes {
            // Names come from the guides: no escape sequence in one reaches the terminal.
            text += Self.printable("==> \(outcome.account.folder)" + (outcome.name.map { " (\($0))" } ?? "")) + "\n"
            let report = Self.prefixed(outcome.report, folder: outcome.account.folder, paths: paths)
            text += report.diagnostics.isEmpty && outcome.failure == nil ? "no problems\n" : formatter.format(report)
            if let failure = outcome.failure { text += "error: \(failure)\n" }
            for warning in outcome.warnings { text += "warning: \(warning)\n" }
            if !quiet { for note in outcome.notes { text += note + "\n" } }
            text += "\n"
        }
        text += Self.totalLine(outcomes) + "\n"
        console.error(text)
    }

    /// The text with control characters as U+FFFD.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0 }))
    }

    /// "3 accounts: 1 with errors; 2 errors, 1 warning in all".
    static func totalLine(_ outcomes: [AccountOutcome]) -> String {
        let diagnostics = outcomes.flatMap(\.report.diagnostics)
        var states: [String] = []
        let withErrors = outcomes.count { $0.status == 1 }, failed = outcomes.count { $0.status > 1 }
        if withErrors > 0 { states.append("\(withErrors) with errors") }
        if failed > 0 { states.append("\(failed) failed") }
        let counts = [(diagnostics.errorCount, "error"), (diagnostics.warningCount, "warning"), (diagnostics.noteCount, "note")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        var line = "\(outcomes.count) account\(outcomes.count == 1 ? "" : "s"): "
        if !states.isEmpty { line += states.joined(separator: ", ") + "; " }
        return line + (counts.isEmpty ? "no problems" : counts.joined(separator: ", ") + " in all")
    }

    /// `OUT/index.html`: every account of the run, linked to its page when one was written.
    static func writeIndex(_ outcomes: [AccountOutcome], title: String, pageKind: String, audience: Audience,
                           to outputURL: URL, named output: String) throws {
        let entries = outcomes.map { outcome in
            PortfolioIndexEntry(
                folder: outcome.account.folder, account: outcome.name,
                errors: outcome.report.diagnostics.errorCount, warnings: outcome.report.diagnostics.warningCount,
                page: outcome.page)
        }
        let index = PortfolioIndexRenderer.render(title: title, pageKind: pageKind, entries: entries, audience: audience)
        try OutputFolder.write([index], to: outputURL, named: output, what: "the portfolio index")
    }

    static func jsonDocument(_ outcomes: [AccountOutcome]) -> JSONValue {
        func summary(_ diagnostics: [Diagnostic]) -> JSONValue {
            ["errors": .int(diagnostics.errorCount), "warnings": .int(diagnostics.warningCount), "notes": .int(diagnostics.noteCount)]
        }
        let formatter = JSONDiagnosticFormatter()
        let accounts: [JSONValue] = outcomes.map { outcome in
            [
                "path": .string(outcome.account.folder),
                "account": .optional(outcome.name),
                "summary": summary(outcome.report.diagnostics),
                "diagnostics": formatter.document(outcome.report)["diagnostics"] ?? [],
            ]
        }
        return [
            "version": .int(JSONDiagnosticFormatter.formatVersion),
            "tool": "apg",
            "toolVersion": .string(APGMain.version),
            "summary": summary(outcomes.flatMap(\.report.diagnostics)),
            "accounts": .array(accounts),
        ]
    }

    /// Every account's diagnostics in one report, in folder order, paths made relative
    /// to the portfolio and printed as `paths` says.
    static func merged(_ outcomes: [AccountOutcome], paths: DiagnosticPaths) -> DiagnosticReport {
        var merged = DiagnosticPrinter.emptyReport
        merged.paths = paths
        for outcome in outcomes {
            let report = prefixed(outcome.report, folder: outcome.account.folder, paths: paths)
            merged.diagnostics += report.diagnostics
            merged.sources.merge(report.sources) { first, _ in first }
        }
        return merged
    }

    /// An account's report with every path under its folder, printed as the portfolio's
    /// `paths` say; a finding without a place names the account in its message instead.
    static func prefixed(_ report: DiagnosticReport, folder: String, paths: DiagnosticPaths) -> DiagnosticReport {
        let prefix = folder + "/"
        func moved(_ location: SourceLocation?) -> SourceLocation? {
            location.map { SourceLocation(file: prefix + $0.file, line: $0.line, column: $0.column) }
        }
        var result = report
        result.paths = paths
        result.diagnostics = report.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location == nil { diagnostic.message = "\(folder): \(diagnostic.message)" }
            diagnostic.location = moved(diagnostic.location)
            diagnostic.notes = diagnostic.notes.map { DiagnosticNote($0.message, at: moved($0.location)) }
            return diagnostic
        }
        result.sources = Dictionary(uniqueKeysWithValues: report.sources.map { (prefix + $0.key, $0.value) })
        return result
    }

    /// How the portfolio's paths print, as a workspace's would.
    private var paths: DiagnosticPaths {
        WorkspaceLocation.paths(workspace: portfolio.root, currentFolder: console.currentFolder)
    }
}
