@testable import APGCommandLine
import Testing

/// `completions` and `man`.
@Suite struct ShellIntegrationTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEverySubcommand(shell: String) async {
        let result = await APGMain.runCaptured(["completions", shell])
        #expect(result.status == 0)
        for command in ["check", "build", "new-guide", "fmt", "diff"] {
            #expect(result.stdout.contains(command), "\(shell) script lacks \(command)")
        }
    }

    @Test func unknownShellIsExitStatusTwo() async {
        #expect(await APGMain.runCaptured(["completions", "tcsh"]).status == 2)
    }

    @Test func manualPageIsRoffWithEveryCommand() async {
        let result = await APGMain.runCaptured(["man"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(".TH APG 1 "))
        for command in APGCommand.configuration.subcommands {
            let name = command.configuration.commandName ?? ""
            #expect(result.stdout.contains(".SS \(name)\n"), "\(name)")
        }
        // No line of help text can start a roff request by accident.
        let lines = result.stdout.split(separator: "\n")
        let requests = Set(lines.filter { $0.hasPrefix(".") }.compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(requests.isSubset(of: [".TH", ".SH", ".SS", ".nf", ".fi", ".B", ".I"]), "\(requests)")
    }
}
