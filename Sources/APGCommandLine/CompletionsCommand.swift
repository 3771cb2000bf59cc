import ArgumentParser

extension CompletionShell: @retroactive ExpressibleByArgument {}

/// `apg completions SHELL`: the shell completion script, from swift-argument-parser.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print the completion script for bash, zsh or fish.",
        discussion: """
            bash: apg completions bash > /etc/bash_completion.d/apg (or source it from ~/.bashrc)
            zsh:  apg completions zsh > "${fpath[1]}/_apg"
            fish: apg completions fish > ~/.config/fish/completions/apg.fish
            """
    )

    @Argument(help: "bash, zsh or fish.")
    var shell: CompletionShell

    func run() throws {
        APGMain.console.out(APGCommand.completionScript(for: shell))
    }
}
