import Foundation
import FuzzHarness
import Testing

/// Every input a fuzz target ever crashed on, kept under
/// Fixtures/fuzz-regressions/<target>/, runs through the same harness as the fuzzer; and
/// each harness runs on a real input so that it is known to reach the code it fuzzes.
struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static let harnesses: [String: @Sendable ([UInt8]) async -> FuzzFinding?] = [
        "fuzz-workspace": WorkspaceFuzzing.run,
        "fuzz-format": FormatFuzzing.run,
        "fuzz-spreadsheet": SpreadsheetFuzzing.run,
        "fuzz-lsp-reader": LanguageServerFuzzing.run,
    ]

    static func savedInputs() -> [String] {
        harnesses.keys.sorted().flatMap { target in
            let folder = fixtures.appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
        }
    }

    @Test(arguments: savedInputs())
    func aSavedCrashingInputRunsCleanly(_ input: String) async throws {
        let target = String(input.prefix { $0 != "/" })
        let harness = try #require(Self.harnesses[target])
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(input)))
        let finding = await harness(bytes)
        #expect(finding == nil, "\(input): \(finding?.description ?? "")")
    }

    @Test func everyTargetHasARegressionFolder() {
        for target in Self.harnesses.keys {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: Self.fixtures.appendingPathComponent(target).path, isDirectory: &isFolder) && isFolder.boolValue)
        }
    }
}
