import Diagnostics
import PlanModel
import Testing
@testable import Compiler

/// A workspace where no guide could be read fails instead of passing silently.
@Suite struct LinkerEmptyWorkspaceTests {
    @Test func noFilesIsAnError() {
        let result = link([])
        #expect(result.diagnostics.map(\.rule) == [LinkerRules.noGuides.id])
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func oneFileIsEnough() {
        let result = link([GuideFile(path: "global.md", frontMatter: FrontMatter(), language: "en")])
        #expect(!result.diagnostics.contains { $0.rule == LinkerRules.noGuides.id })
    }
}
