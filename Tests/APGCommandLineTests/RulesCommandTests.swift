@testable import APGCommandLine
import Diagnostics
import Compiler
import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func rulesListsEveryDescriptorInCodeOrder() async {
        let result = await APGMain.runCaptured(["rules"])
        #expect(result.status == 0)
        let codes = result.stdout.split(separator: "\n").map { String($0.prefix(6)) }
        #expect(codes == RuleRegistry.allDescriptors.map(\.id.code))
        #expect(result.stdout.contains("APG208  goal-alternatives"))
    }

    @Test func everyRuleHasAnExplainPage() async {
        for descriptor in RuleRegistry.allDescriptors {
            for name in [descriptor.id.code, descriptor.id.name.uppercased()] {
                let result = await APGMain.runCaptured(["explain", name])
                #expect(result.status == 0, "\(name)")
                if name == descriptor.id.code {
                    #expect(result.stdout.hasPrefix("# \(descriptor.id.code) \(descriptor.id.name)\n"), "\(name)")
                }
                #expect(result.stdout.contains("## Fix") || result.stdout.contains("# Fix"), "\(name)")
                let titles = result.stdout.split(separator: "\n").filter { $0 == "# \(descriptor.id.code) \(descriptor.id.name)" }
                #expect(titles.count == 1, "\(name)")
            }
        }
    }

    @Test func aPageWithItsOwnTitleIsPrintedWithOneTitle() {
        let descriptor = RuleDescriptor(code: "APG999", name: "sample", severity: .note, summary: "s", documentation: "# APG999 sample\n\n## What it checks\nx")
        let page = ExplainCommand.page(for: descriptor)
        #expect(page.hasPrefix("# APG999 sample\n\ns\n\n"))
        #expect(page.components(separatedBy: "# APG999 sample").count == 2)
        #expect(page.hasSuffix("\n\n## What it checks\nx\n"))
    }

    @Test func unknownRuleExitsWithStatusTwoAndASuggestion() async {
        let result = await APGMain.runCaptured(["explain", "goal-alternative"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: no rule named 'goal-alternative'; did you mean 'goal-alternatives'? (`apg rules` lists them all)\n")
    }

    @Test func strictTurnsAWarningOnlyWorkspaceIntoAFailure() async {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/strict")
        let relaxed = await APGMain.runCaptured(["check", ".", "--as-of", "2027-03-01", "--format", "short"], currentFolder: folder)
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout == "global.md:18:1: warning: goal 'G1' has only one strategy ('S1.1'), no alternatives [APG208]\n")
        let strict = await APGMain.runCaptured(["check", ".", "--as-of", "2027-03-01", "--format", "short", "--strict"], currentFolder: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout == "global.md:18:1: error: goal 'G1' has only one strategy ('S1.1'), no alternatives [APG208]\n")
    }
}
