import ArgumentParser
import Compiler

/// `apg rules`: every diagnostic apg can emit.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, name, default severity and summary."
    )

    func run() async throws {
        let descriptors = RuleRegistry.allDescriptors.sorted { $0.id.code < $1.id.code }
        let nameWidth = descriptors.map(\.id.name.count).max() ?? 0
        var text = ""
        for descriptor in descriptors {
            let name = descriptor.id.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let severity = descriptor.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            text += "\(descriptor.id.code)  \(name)  \(severity)  \(descriptor.summary)\n"
        }
        APGMain.console.out(text)
    }
}

/// `apg explain RULE`: a rule's documentation page.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print the documentation of a rule, by code (APG012) or name."
    )

    @Argument(help: "A rule code or name.")
    var rule: String

    func run() async throws {
        let descriptors = RuleRegistry.allDescriptors
        guard let descriptor = descriptors.first(where: { $0.id.isNamed(rule) }) else {
            let suggestions = NearMissSuggestion.text(for: rule, among: descriptors.flatMap { [$0.id.code, $0.id.name] })
            throw CommandFailure("no rule named '\(rule)'\(suggestions); `apg rules` lists them all")
        }
        APGMain.console.out("\(descriptor.id.code) \(descriptor.id.name) (\(descriptor.defaultSeverity.rawValue) by default)\n\n\(descriptor.summary)\n\n\(descriptor.documentation)\n")
    }
}
