import ArgumentParser

/// `apg`: the Account Planning Guide compiler.
public struct APGCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "apg",
        abstract: "Compile Account Planning Guides into one account plan, workshop pack and follow-up reports.",
        version: APGMain.version,
        subcommands: [
            CheckCommand.self, BuildCommand.self, ReportCommand.self, DiffCommand.self, UpdateCommand.self, RulesCommand.self, ExplainCommand.self,
            InitCommand.self, NewGuideCommand.self, FmtCommand.self, FixCommand.self, WatchCommand.self, LspCommand.self,
            CompletionsCommand.self, ManCommand.self,
        ]
    )

    public init() {}
}
