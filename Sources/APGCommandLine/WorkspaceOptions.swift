import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Frontend
import PlanModel

/// Options shared by every command that compiles a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The account workspace folder, or a portfolio: a folder of account workspaces.", completion: .directory)
    var path: String = "."

    @Option(name: .customLong("as-of"), help: "Judge dates as of this day (YYYY-MM-DD; default: today).")
    var asOf: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp(
        "In a portfolio, take share K of N of the accounts (1-based; balanced by size), for a CI matrix of N jobs.",
        valueName: "K/N"
    ))
    var shard: String?

    @Flag(help: "Print no progress and no lines about what was written; diagnostics still print.")
    var quiet = false

    func validate() throws {
        if path.isEmpty { throw ValidationError.emptyPath("the workspace path", takes: "a folder") }
        if let asOf, case .failure = PlanDate.parse(asOf) {
            throw ValidationError("--as-of takes a date such as 2027-03-31, not '\(asOf)'")
        }
        if let shard, case .failure(let error) = Shard.parse(shard) {
            throw ValidationError(error.message)
        }
    }

    var rootURL: URL { URL(literalPath: path, relativeTo: APGMain.console.currentFolder) }

    var asOfDate: PlanDate {
        if let asOf, case .success(let date) = PlanDate.parse(asOf) { return date }
        return PlanDate.today()
    }

    /// The portfolio at the path with this run's share of its accounts, or nil when the
    /// path is one account workspace (where `--shard` has nothing to split).
    func portfolio(outputFolder: URL? = nil) throws -> Portfolio? {
        let parsedShard: Shard? = shard.flatMap { try? Shard.parse($0).get() }
        guard var portfolio = Portfolio.detect(at: rootURL, outputFolder: outputFolder) else {
            var isFolder: ObjCBool = false
            // A path that is no folder is reported by the workspace reader, as without --shard.
            if let parsedShard, FileManager.default.fileExists(atPath: rootURL.path, isDirectory: &isFolder), isFolder.boolValue {
                throw CommandFailure("--shard \(parsedShard) splits the accounts of a portfolio, and '\(path)' is one account workspace; drop --shard, or give the folder that holds the accounts")
            }
            return nil
        }
        if let parsedShard { portfolio.accounts = parsedShard.select(portfolio.accounts) }
        return portfolio
    }

    /// " (shard 2/4)" when the run covers a share of a portfolio, for titles.
    var shareTitle: String {
        shard.flatMap { try? Shard.parse($0).get() }.map { " (shard \($0))" } ?? ""
    }

    /// What every account of a portfolio run is compiled with.
    var compilerOptions: AccountCompiler.Options {
        AccountCompiler.Options(asOf: asOfDate, strict: strict)
    }

    /// Compiles the workspace, turning an unreadable workspace into exit status 2.
    func compile(outputFolder: URL? = nil) async throws -> Compilation {
        let compiler = AccountCompiler(options: .init(asOf: asOfDate, strict: strict, outputFolder: outputFolder))
        do {
            return try await compiler.compile(root: rootURL)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

extension PlanDate {
    /// Today in UTC: the only place apg reads the clock, and only as a default.
    static func today() -> PlanDate {
        PlanDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
