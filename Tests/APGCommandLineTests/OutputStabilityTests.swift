import APGCommandLine
import APGTestSupport
import Foundation
import Testing

/// The bytes apg writes for the sample and for a generated portfolio, pinned by SHA-256
/// digests in `Fixtures/output-digests.txt`: work that should change no output (speed work)
/// proves it here. A deliberate output change re-records the digests with
/// `scripts/record-output-digests` (which sets APG_RECORD_OUTPUT_DIGESTS=1 for this test)
/// and commits the fixture with the change.
@Suite struct OutputStabilityTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/output-digests.txt")

    /// Every output, by a name that says what produced it, with its digest.
    static func currentDigests() async throws -> [String: String] {
        var digests: [String: String] = [:]
        let sample = SampleBuildTests.sample
        let sampleParent = sample.deletingLastPathComponent()
        for format in ["json", "sarif"] {
            let result = await APGMain.runCaptured(["check", "kessler", "--format", format, "--as-of", "2026-12-01"], currentFolder: sampleParent)
            digests["kessler/check.\(format)"] = SHA256.hex(Array(result.stdout.utf8))
            digests["kessler/check.\(format).status"] = String(result.status)
        }
        let sampleOutput = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sampleOutput) }
        let sampleBuild = await APGMain.runCaptured(["build", "kessler", "--output", sampleOutput.path, "--as-of", "2026-12-01"], currentFolder: sampleParent)
        digests["kessler/build.status"] = String(sampleBuild.status)
        for (name, data) in try SampleBuildTests.files(in: sampleOutput) {
            digests["kessler/build/\(name)"] = SHA256.hex(data)
        }

        let portfolio = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: portfolio) }
        try GeneratedPortfolio.write(to: portfolio)
        let check = await APGMain.runCaptured(["check", ".", "--format", "json", "--as-of", "2027-02-01"], currentFolder: portfolio)
        digests["portfolio/check.json"] = SHA256.hex(Array(check.stdout.utf8))
        digests["portfolio/check.json.status"] = String(check.status)
        let portfolioOutput = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: portfolioOutput) }
        let build = await APGMain.runCaptured(["build", ".", "--output", portfolioOutput.path, "--as-of", "2027-02-01", "--quiet"], currentFolder: portfolio)
        digests["portfolio/build.status"] = String(build.status)
        for (name, data) in try SampleBuildTests.files(in: portfolioOutput) {
            digests["portfolio/build/\(name)"] = SHA256.hex(data)
        }
        return digests
    }

    static func text(of digests: [String: String]) -> String {
        digests.keys.sorted().map { "\(digests[$0]!)  \($0)\n" }.joined()
    }

    static func parse(_ text: String) -> [String: String] {
        var digests: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let gap = line.firstRange(of: "  ") else { continue }
            digests[String(line[gap.upperBound...])] = String(line[..<gap.lowerBound])
        }
        return digests
    }

    @Test func outputsMatchTheRecordedDigests() async throws {
        let current = try await Self.currentDigests()
        #expect(current.keys.contains { $0.hasPrefix("portfolio/build/a0000/") })
        #expect(current.keys.contains("kessler/build/workshop-pack.html"))
        if ProcessInfo.processInfo.environment["APG_RECORD_OUTPUT_DIGESTS"] == "1" {
            try Data(Self.text(of: current).utf8).write(to: Self.fixture)
            return
        }
        let recorded = Self.parse(try String(contentsOf: Self.fixture, encoding: .utf8))
        let advice = "if the output change is deliberate, run scripts/record-output-digests and commit Tests/APGCommandLineTests/Fixtures/output-digests.txt"
        for name in Set(current.keys).union(recorded.keys).sorted() {
            switch (recorded[name], current[name]) {
            case (nil, _): Issue.record("\(name) is written now but was not recorded; \(advice)")
            case (_, nil): Issue.record("\(name) was recorded but is no longer written; \(advice)")
            case let (old?, new?) where old != new: Issue.record("\(name) differs from the recorded output; \(advice)")
            default: break
            }
        }
    }

    @Test func theDigestIsSHA256() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks: the padding spills over.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
