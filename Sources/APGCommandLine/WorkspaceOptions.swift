import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import PlanModel

/// Options shared by every command that compiles a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The account workspace folder.", completion: .directory)
    var path: String = "."

    @Option(name: .customLong("as-of"), help: "Judge dates as of this day (YYYY-MM-DD; default: today).")
    var asOf: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func validate() throws {
        if path.isEmpty { throw ValidationError.emptyPath("the workspace path", takes: "a folder") }
        if let asOf, case .failure = PlanDate.parse(asOf) {
            throw ValidationError("--as-of takes a date such as 2027-03-31, not '\(asOf)'")
        }
    }

    var rootURL: URL { URL(literalPath: path, relativeTo: APGMain.console.currentFolder) }

    var asOfDate: PlanDate {
        if let asOf, case .success(let date) = PlanDate.parse(asOf) { return date }
        return PlanDate.today()
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
