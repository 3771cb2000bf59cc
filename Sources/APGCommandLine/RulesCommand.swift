import ArgumentParser
import Compiler
import Diagnostics
import Foundation

/// `apg rules`: every diagnostic apg can emit.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, name, default severity and summary.",
        discussion: "'fix' after the severity marks a rule whose findings `apg fix` can correct."
    )

    @Option(name: .customLong("write-docs"), help: ArgumentHelp(
        "Write each rule's page, as `apg explain` prints it, to DIR/<CODE>.md instead of listing the rules (docs/rules/ in the repository; `apg lsp` links diagnostics to them).",
        valueName: "DIR"))
    var writeDocs: String?

    func run() async throws {
        let descriptors = RuleRegistry.allDescriptors
        if let writeDocs {
            let folder = URL(literalPath: writeDocs, relativeTo: APGMain.console.currentFolder)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for (name, page) in Self.docPages() {
                    try AtomicFileWriter.replace(folder.appendingPathComponent(name), with: page)
                }
            } catch {
                throw CommandFailure("cannot write the rule pages to '\(writeDocs)': \(error.localizedDescription)")
            }
            APGMain.console.out("wrote \(descriptors.count) rule pages to '\(writeDocs)'\n")
            return
        }
        let nameWidth = descriptors.map(\.id.name.count).max() ?? 0
        var text = ""
        for descriptor in descriptors {
            let name = descriptor.id.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let severity = descriptor.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let fix = descriptor.hasAutomaticFix ? "fix" : "   "
            text += "\(descriptor.id.code)  \(name)  \(severity)  \(fix)  \(descriptor.summary)\n"
        }
        APGMain.console.out(text)
    }
}

extension RulesCommand {
    /// `<CODE>.md` and its page for every rule, in code order.
    static func docPages() -> [(name: String, page: String)] {
        RuleRegistry.allDescriptors.map { ("\($0.id.code).md", ExplainCommand.page(for: $0)) }
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
        // Names are meant to be unique (a test enforces it); should two rules ever share
        // one, show both pages rather than pick one silently.
        let matches = RuleRegistry.allDescriptors.filter { $0.id.isNamed(rule) }
        guard !matches.isEmpty else {
            let suggestion = NearMiss.suggestion(for: rule, among: RuleRegistry.allNames)
            throw CommandFailure("no rule named '\(rule)'\(suggestion) (`apg rules` lists them all)")
        }
        APGMain.console.out(matches.map(Self.page(for:)).joined(separator: "\n"))
    }

    static func page(for descriptor: RuleDescriptor) -> String {
        let id = descriptor.id
        let title = "# \(id.code) \(id.name)\n\n"
        // Some pages carry their own title line; print it once.
        var body = descriptor.documentation
        if body.hasPrefix(title.trimmingSuffix("\n")) {
            body = String(body.dropFirst(title.count - 1)).trimmingPrefix("\n")
        }
        let severity = descriptor.severityIsFixed
            ? "Severity: \(descriptor.defaultSeverity.rawValue), always: neither apg.yaml nor a suppression comment changes it.\n\n"
            : "Default severity: \(descriptor.defaultSeverity.rawValue). Change it in apg.yaml under `rules:` "
                + "(error, warning, note or off), or silence one finding with "
                + "`<!-- apg-disable-next-line \(id.name) -->` on the line before it.\n\n"
        let fix = descriptor.hasAutomaticFix
            ? "Automatic fix: `apg fix --rule \(id.name)` corrects the findings whose fix is certain.\n\n" : ""
        return title + "\(descriptor.summary)\n\n" + severity + fix + body + "\n"
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text.removeLast() }
        return text
    }

    fileprivate func trimmingPrefix(_ prefix: Character) -> String {
        String(drop { $0 == prefix })
    }
}
