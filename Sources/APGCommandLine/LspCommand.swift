import ArgumentParser
import Foundation
import LanguageServer
import PlanModel

/// `apg lsp`: the language server editors start (docs/editors.md).
struct LspCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdin/stdout) for editors.",
        discussion: "Diagnostics while typing, completion, go to definition, references, hover, symbols, rename, quick fixes and formatting. See docs/editors.md."
    )

    @Option(name: .customLong("as-of"), help: "Judge dates as of this day (YYYY-MM-DD; default: today).")
    var asOf: String?

    func validate() throws {
        if let asOf, case .failure = PlanDate.parse(asOf) {
            throw ValidationError("--as-of takes a date such as 2027-03-31, not '\(asOf)'")
        }
    }

    func run() async throws {
        // A client that disconnects must not kill the server with SIGPIPE mid-write.
        signal(SIGPIPE, SIG_IGN)
        let date = asOf.flatMap { try? PlanDate.parse($0).get() } ?? PlanDate.today()
        let status = await LanguageServer.serve(input: STDIN_FILENO, output: STDOUT_FILENO, options: .init(asOf: date))
        if status != 0 { throw ExitCode(status) }
    }
}
