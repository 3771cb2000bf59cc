import APGCommandLine
import Foundation
import Testing

/// A 100 KB line holding 10,000 unknown references and a 140 KB line holding 10,000
/// unknown owners must be checked in time linear in the lines: finding each part's column
/// from the line start, converting each column to code points from the line start and
/// laying the quoted line out once per diagnostic were each quadratic (22.6 s for the
/// short format, and the human one unfinished after 200 s, in a debug build; under 4 s
/// now). Rather than a wall-clock limit, which a loaded machine breaks, each test checks a
/// quarter of the references first: four times the input may take about four times as long
/// (ten times is allowed), while quadratic work takes sixteen.
@Suite struct LongLineCheckTests {
    typealias CapturedRun = (status: Int32, stdout: String, stderr: String)
    static let count = 10_000

    /// `- Owner: @jweber, @owner-00001, …` on line 26 and `- Addresses: ü-00001, …` on
    /// line 27; `ü` is two bytes, so the columns printed (code points) differ from the
    /// byte columns the front end stores.
    static func workspace(count: Int = count) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-long-line-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let owners = (1...count).map { String(format: "@owner-%05d", $0) }.joined(separator: ", ")
        let ids = (1...count).map { String(format: "ü-%05d", $0) }.joined(separator: ", ")
        let guide = """
            ---
            account: Long Line Account
            language: en
            ---

            # Long Line Account

            ## Team

            - Julia Weber (@jweber) — Key Account Manager
              - Function: Sales
              - Country: DE

            ## Goals

            ### G1: Grow the account

            - Metric: design wins
            - Baseline: 1
            - Target: 3
            - Sponsor: @jweber

            #### S1.1: Technology days

            - Status: selected
            - Owner: @jweber, \(owners)
            - Addresses: \(ids)

            """
        try guide.write(to: folder.appendingPathComponent("global.md"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The code-point column of the n-th reference: 14, then 9 characters each.
    static func column(ofReference number: Int) -> Int { 14 + 9 * (number - 1) }

    /// The column of the n-th unknown owner: 19, then 14 characters each.
    static func column(ofOwner number: Int) -> Int { 19 + 14 * (number - 1) }

    /// Checks a workspace of `count` references with `arguments` after the folder, and how long it took.
    static func timedCheck(count: Int, _ arguments: [String]) async throws -> (result: CapturedRun, seconds: Double) {
        let folder = try workspace(count: count)
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        let result = await APGMain.runCaptured(["check", folder.path] + arguments)
        return (result, Date().timeIntervalSince(start))
    }

    /// Fails when checking four times the references took much more than four times as long.
    static func expectLinear(_ arguments: [String]) async throws -> CapturedRun {
        let quarter = try await timedCheck(count: count / 4, arguments)
        let full = try await timedCheck(count: count, arguments)
        #expect(full.seconds < 2 || full.seconds < 10 * quarter.seconds,
                "\(count) references took \(full.seconds) s, \(count / 4) took \(quarter.seconds) s")
        return full.result
    }

    @Test func theShortFormatIsQuickAndCountsCodePoints() async throws {
        let result = try await Self.expectLinear(["--format", "short"])
        #expect(result.status == 1)
        let unresolved = result.stdout.split(separator: "\n").filter { $0.hasSuffix("[APG105]") }
        #expect(unresolved.count == Self.count)
        #expect(unresolved.first?.contains("global.md:27:\(Self.column(ofReference: 1)): error: item 'ü-00001'") == true)
        #expect(unresolved.last?.contains("global.md:27:\(Self.column(ofReference: Self.count)): error: item 'ü-10000'") == true)
        let unknownOwners = result.stdout.split(separator: "\n").filter { $0.hasSuffix("[APG104]") }
        #expect(unknownOwners.count == Self.count)
        #expect(unknownOwners.last?.contains("global.md:26:\(Self.column(ofOwner: Self.count)): error: owner '@owner-10000'") == true)
    }

    @Test func theHumanFormatIsQuickAndQuotesAWindowOfTheLine() async throws {
        let result = try await Self.expectLinear([])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "error[APG105]").count - 1 == Self.count)
        #expect(result.stderr.components(separatedBy: "error[APG104]").count - 1 == Self.count)
        #expect(result.stderr.contains("global.md:27:\(Self.column(ofReference: Self.count))\n"))
        #expect(result.stderr.contains("global.md:26:\(Self.column(ofOwner: Self.count))\n"))
        // Every quoted line is cut to a window, however long the source line is.
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 200 })
        #expect(result.stderr.contains("error: \(2 * Self.count) errors"))
    }
}
