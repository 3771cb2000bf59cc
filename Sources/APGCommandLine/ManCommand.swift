import ArgumentParser
import Foundation

/// `apg man`: the manual page (roff), built from the same command definitions as
/// `--help`, so the two cannot disagree. swift-argument-parser's manual plugin needs
/// the network-free package plugin machinery; this needs nothing.
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man",
        abstract: "Print the apg(1) manual page in roff (apg man > apg.1; man ./apg.1)."
    )

    func run() throws {
        APGMain.console.out(Self.page())
    }

    static func page() -> String {
        let root = APGCommand.configuration
        var page = """
            .TH APG 1 "" "apg \(APGMain.version)" "User Commands"
            .SH NAME
            apg \\- \(roff(root.abstract))
            .SH SYNOPSIS
            .B apg
            .I command
            [\\fIoptions\\fR]
            .SH DESCRIPTION
            apg compiles Account Planning Guides (Markdown, one per country) into one account
            plan, with diagnostics, a workshop pack and follow-up reports.
            .SH COMMANDS

            """
        for command in root.subcommands {
            let name = command.configuration.commandName ?? "\(command)"
            page += ".SS \(roff(name))\n.nf\n"
            page += roff(APGCommand.helpMessage(for: command, columns: 80)).trimmingCharacters(in: .newlines) + "\n"
            page += ".fi\n"
        }
        page += """
            .SH EXIT STATUS
            0 success; 1 the workspace has errors (or, with fmt --check, files would change);
            2 the command could not run (bad path, bad option, bad revision, a file exists).
            .SH SEE ALSO
            apg explain RULE, apg rules, docs/ci.md

            """
        return page
    }

    /// Text safe in roff: backslashes doubled, and a leading `.` or `'` guarded.
    private static func roff(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.first == "." || line.first == "'" ? "\\&" + line : String(line) }
            .joined(separator: "\n")
    }
}
