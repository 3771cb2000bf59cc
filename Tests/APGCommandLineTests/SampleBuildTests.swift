import APGCommandLine
import Compiler
import Foundation
import PlanModel
import Testing

/// `apg build` on the bundled sample (`samples/kessler`), end to end.
@Suite struct SampleBuildTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/kessler")

    /// Every file under `folder`, by path relative to it.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let names = try #require(FileManager.default.subpathsOfDirectory(atPath: folder.path) as [String]?)
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[name] = try Data(contentsOf: url)
            }
        }
        return result
    }

    /// Whether `code` occurs in `text` as a code of its own: `S1.3`, not part of `S1.31`,
    /// `T1.3.1` or `US-S1.3`.
    static func containsCode(_ code: String, in text: String) -> Bool {
        func isCodeCharacter(_ character: Character?) -> Bool {
            character.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ?? false
        }
        var searchStart = text.startIndex
        while let range = text.range(of: code, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            var after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if after == ".", text.index(after: range.upperBound) < text.endIndex, text[text.index(after: range.upperBound)].isNumber { after = "0" }
            if !isCodeCharacter(before), before != ".", !isCodeCharacter(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    func build(_ extra: [String] = []) async throws -> (folder: URL, files: [String: Data]) {
        let folder = try BuildCommandTests.temporaryFolder()
        let result = await APGMain.runCaptured(["build", Self.sample.path, "--output", folder.path, "--as-of", "2026-12-01"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, try Self.files(in: folder))
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let first = try await build()
        defer { try? FileManager.default.removeItem(at: first.folder) }
        let second = try await build()
        defer { try? FileManager.default.removeItem(at: second.folder) }
        #expect(Set(first.files.keys).isSuperset(of: ["workshop-pack.html", "workshop-pack.md", "plan.json", "actions.csv", "milestones.ics"]))
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (name, data) in first.files {
            #expect(second.files[name] == data, "\(name) differs between two builds")
        }
    }

    /// What a customer may not see of the sample: a coded entity's code (`S1.3`), any
    /// hidden entity's quoted id (JSON) and its title, the Notes and the diagnostics. A
    /// stakeholder's name may well appear in visible free text (a milestone "meeting with
    /// Sandra Keller"): what is internal is the assessment, so for them the pack's
    /// "name — job title" is checked.
    struct InternalContent {
        var hidden: [(id: String, isCode: Bool, text: String)] = []
        var notes: [String] = []
        var diagnostics: [String] = []

        init() async throws {
            guard case .success(let asOf) = PlanDate.parse("2026-12-01") else { return }
            let compilation = try await AccountCompiler(options: .init(asOf: asOf)).compile(root: SampleBuildTests.sample)
            let model = compilation.model
            let internalStrategies = Set(model.strategies.filter { $0.visibility == .internal }.map(\.key))
            let internalTactics = Set(model.tactics.filter { $0.visibility == .internal || $0.strategy.map { internalStrategies.contains($0.key) } == true }.map(\.key))
            func add(_ entities: [some Entity]) {
                hidden += entities.map { ($0.id, $0.idSource == .code, $0.title) }
            }
            add(model.items.filter { $0.visibility == .internal })
            add(model.strategies.filter { internalStrategies.contains($0.key) })
            add(model.tactics.filter { internalTactics.contains($0.key) })
            add(model.actions.filter {
                $0.visibility == .internal || $0.strategy.map { internalStrategies.contains($0.key) } == true || $0.tactic.map { internalTactics.contains($0.key) } == true
            })
            add(model.team.filter { $0.visibility == .internal })
            add(model.units.filter { $0.visibility == .internal })
            add(model.goals.filter { $0.visibility == .internal })
            hidden += model.stakeholders.filter { $0.visibility == .internal }.map { ($0.id, false, "\($0.title) — \($0.jobTitle ?? "")") }
            notes = model.prose.filter(\.isNotes).map { String($0.markdown.prefix(40)) }
            diagnostics = compilation.diagnostics.map(\.message)
        }

        func expectAbsent(from files: [String: Data]) {
            for (name, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for entity in hidden {
                    #expect(!text.contains(entity.text), "\(name) contains the internal '\(entity.text)'")
                    #expect(!text.contains("\"\(entity.id)\""), "\(name) contains the internal id \(entity.id)")
                    if entity.isCode {
                        #expect(!SampleBuildTests.containsCode(entity.id, in: text), "\(name) contains the internal code \(entity.id)")
                    }
                }
                for note in notes {
                    #expect(!text.contains(note), "\(name) contains a Notes section")
                }
                for message in diagnostics {
                    #expect(!text.contains(message), "\(name) contains a diagnostic")
                }
                #expect(text.firstMatch(of: /APG[0-9]{3}/) == nil, "\(name) names a rule")
            }
        }
    }

    /// A customer build of the sample: nothing marked `Visibility: internal` (nor what only
    /// exists under it), no Notes section and no diagnostic in any file written.
    @Test func customerBuildLeaksNothingInternal() async throws {
        let content = try await InternalContent()
        // The sample marks a strategy, an item and an action internal: the test must see them.
        #expect(content.hidden.count >= 3)
        #expect(content.notes.count >= 3)
        let customer = try await build(["--audience", "customer"])
        defer { try? FileManager.default.removeItem(at: customer.folder) }
        #expect(Set(customer.files.keys).isSuperset(of: ["workshop-pack.html", "workshop-pack.md", "plan.json"]))
        content.expectAbsent(from: customer.files)
    }

    /// The follow-up report for the customer, with its owner sheets and a baseline that
    /// holds the same internal entities, leaks nothing either.
    @Test func customerReportLeaksNothingInternal() async throws {
        let content = try await InternalContent()
        let folder = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = await APGMain.runCaptured([
            "report", Self.sample.path, "--output", folder.path, "--as-of", "2027-03-15",
            "--since", Self.sample.path, "--sheets", "--audience", "customer",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.files(in: folder)
        #expect(Set(files.keys).isSuperset(of: ["follow-up-report.html", "follow-up-report.md", "report.json"]))
        #expect(files.keys.contains { $0.hasPrefix("sheets/") })
        content.expectAbsent(from: files)
        // The same report for the team does show them: the check above can fail.
        let team = await APGMain.runCaptured(["report", Self.sample.path, "--output", folder.path, "--as-of", "2027-03-15"])
        #expect(team.status == 0)
        let report = String(decoding: try Data(contentsOf: folder.appendingPathComponent("report.json")), as: UTF8.self)
        #expect(content.hidden.contains { report.contains("\"\($0.id)\"") })
    }
}
