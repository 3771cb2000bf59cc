import Foundation
@testable import FuzzHarness
import Testing

/// The harnesses on real inputs: they must reach the code they fuzz, and report a broken
/// property rather than pass over it.
struct FuzzHarnessTests {
    static let sample = SpreadsheetFuzzing.sampleRoot

    static func sampleWorkspaceBytes() throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: sample.path).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        let config = try [UInt8](Data(contentsOf: sample.appendingPathComponent("apg.yaml")))
        let guides = try names.map { ($0, try [UInt8](Data(contentsOf: sample.appendingPathComponent($0)))) }
        return FuzzWorkspace(configBytes: config, guides: guides).bytes
    }

    @Test func theWorkspaceBytesSplitIntoConfigAndGuides() throws {
        let input = FuzzWorkspace(Array("account: A\u{1E}---\naccount: A\n---\n\u{1E}\u{1E}x".utf8))
        #expect(input.configBytes == Array("account: A".utf8))
        #expect(input.guides.map(\.path) == ["g1.md", "g2.md", "g3.md"])
        #expect(input.guides.last?.bytes == Array("x".utf8))
        #expect(FuzzWorkspace(input.bytes).guides.map(\.bytes) == input.guides.map(\.bytes))
    }

    @Test func theSampleRunsThroughEveryHarnessWithoutFindings() async throws {
        let bytes = try Self.sampleWorkspaceBytes()
        let workspace = FuzzWorkspace(bytes)
        #expect(workspace.guides.count == 5)
        let compilation = await FormatFuzzing.compile(workspace.guides[0].bytes)
        #expect(!compilation.model.actions.isEmpty || !compilation.model.team.isEmpty)
        #expect(await WorkspaceFuzzing.run(bytes) == nil)
        for guide in workspace.guides {
            let finding = await FormatFuzzing.run(guide.bytes)
            #expect(finding == nil, "\(guide.path): \(finding?.description ?? "")")
        }
        #expect(await SpreadsheetFuzzing.run(Array("id,new status\nDE-A1,done\n".utf8)) == nil)
    }

    @Test func aModelChangeIsSeenThroughPositionsButNotBecauseOfThem() async {
        let guide = "---\naccount: A\ncountry: DE\n---\n\n## Actions\n- [ ] A1: Visit\n  - Owner: @x\n"
        let moved = "---\naccount: A\ncountry: DE\n---\n\n\n\n## Actions\n- [ ] A1: Visit\n  - Owner: @x\n"
        let renamed = "---\naccount: A\ncountry: DE\n---\n\n## Actions\n- [ ] A1: Call\n  - Owner: @x\n"
        let base = await FormatFuzzing.model(of: Array(guide.utf8)).model
        #expect(base != .null)
        #expect(await FormatFuzzing.model(of: Array(moved.utf8)).model == base)
        #expect(await FormatFuzzing.model(of: Array(renamed.utf8)).model != base)
    }

    @Test func theSpreadsheetHarnessReadsTheSampleWorkspace() throws {
        #expect(FileManager.default.fileExists(atPath: Self.sample.appendingPathComponent("apg.yaml").path))
    }
}
