import Diagnostics
import Foundation
import PlanModel

/// Everything a follow-up report shows: the status as of a date, the changes since a
/// baseline, and a trend over past revisions.
public struct FollowUpReport: Sendable {
    /// What the changes are measured against.
    public struct Baseline: Sendable, Hashable {
        public enum Kind: String, Sendable {
            case revision, folder
        }

        public var kind: Kind
        /// As the user gave it (`HEAD~3`, `v1`, a folder path).
        public var name: String
        /// The full commit hash, for a revision.
        public var commit: String?
        /// The commit's date (`YYYY-MM-DD`, the committer's), for a revision.
        public var date: String?
        /// Errors in the baseline's workspace: its model is as far as it could be read.
        public var errorCount: Int

        public init(kind: Kind, name: String, commit: String? = nil, date: String? = nil, errorCount: Int = 0) {
            self.kind = kind
            self.name = name
            self.commit = commit
            self.date = date
            self.errorCount = errorCount
        }

        /// The commit as people quote it: its first 8 hex digits, as the trend shows it.
        public var shortCommit: String? { commit.map { String($0.prefix(8)) } }
    }

    public var account: String
    public var asOf: PlanDate
    public var status: FollowUpStatus
    public var baseline: Baseline?
    /// Nil without a baseline.
    public var changes: PlanChanges?
    /// Oldest first; empty without `--history`.
    public var trend: [FollowUpTrendPoint]

    public init(account: String, asOf: PlanDate, status: FollowUpStatus, baseline: Baseline? = nil, changes: PlanChanges? = nil, trend: [FollowUpTrendPoint] = []) {
        self.account = account
        self.asOf = asOf
        self.status = status
        self.baseline = baseline
        self.changes = changes
        self.trend = trend
    }
}

/// Compiles the baselines a follow-up report compares against: an earlier copy in a
/// folder, a git revision, or the last revisions that touched the workspace.
public struct FollowUpBaselines: Sendable {
    public let compilerOptions: AccountCompiler.Options
    /// What the report may see of each baseline: the report's audience applies to the
    /// past as much as to the present, or a customer report would show internal actions
    /// as "removed".
    public let view: @Sendable (Compilation) -> Compilation

    public init(compilerOptions: AccountCompiler.Options, view: @escaping @Sendable (Compilation) -> Compilation = { $0 }) {
        self.compilerOptions = compilerOptions
        self.view = view
    }

    /// Compiles the workspace copy in `folder`.
    public func compile(folder: URL) async throws -> Compilation {
        var options = compilerOptions
        options.outputFolder = nil
        return view(try await AccountCompiler(options: options).compile(root: folder))
    }

    /// Compiles the workspace as it was at `commit`, in a temporary folder that is
    /// removed afterwards.
    public func compile(commit: String, in repository: GitRepository) async throws -> Compilation {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-baseline-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try repository.materialize(commit: commit, into: folder)
        return try await compile(folder: folder)
    }

    /// The trend over the last `count` revisions that touched the workspace.
    public func trend(count: Int, in repository: GitRepository, dueSoonDays: Int) async throws -> [FollowUpTrendPoint] {
        let revisions = Array(try repository.log(limit: count).reversed())
        // Each revision is checked out and compiled on its own: as many at once as there
        // are cores. Results keep the revisions' order, and the oldest failure is the one
        // reported, as when they ran one after another.
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let results = await withTaskGroup(of: (Int, Result<(model: AccountModel, hasErrors: Bool), any Error>).self) { group in
            var next = 0
            func addNext() {
                guard next < revisions.count else { return }
                let index = next, revision = revisions[index]
                group.addTask {
                    do {
                        let compilation = try await compile(commit: revision.hash, in: repository)
                        return (index, .success((compilation.model, compilation.hasErrors)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
                next += 1
            }
            for _ in 0..<width { addNext() }
            var results = [Result<(model: AccountModel, hasErrors: Bool), any Error>?](repeating: nil, count: revisions.count)
            for await (index, result) in group {
                results[index] = result
                addNext()
            }
            return results
        }
        var compiled: [(revision: GitRevision, model: AccountModel, hasErrors: Bool)] = []
        for (revision, result) in zip(revisions, results) {
            guard let result else { continue }
            let (model, hasErrors) = try result.get()
            compiled.append((revision, model, hasErrors))
        }
        return FollowUpTrend.points(compiled, dueSoonDays: dueSoonDays)
    }
}
