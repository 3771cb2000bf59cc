import Compiler
import Diagnostics
import Foundation
import Frontend

/// What one account of a portfolio run produced, kept until every account is done so
/// that the output comes in folder order whatever order the accounts finished in.
struct AccountOutcome: Sendable {
    let account: Portfolio.Account
    /// The account's name (`apg.yaml`, else the guides), nil when none is given.
    var name: String?
    /// Its diagnostics, with paths relative to the account's folder.
    var report: DiagnosticReport
    /// 0, 1 (the account has errors) or 2 (the command could not run for it).
    var status: Int32
    /// Why the command could not run or wrote nothing for this account.
    var failure: String?
    /// What people should know though nothing failed (a baseline with errors).
    var warnings: [String] = []
    /// What was written, for people ("wrote 6 files to 'out/acme'").
    var notes: [String] = []
    /// The page the index links to, relative to the output folder; nil when nothing was written.
    var page: String?

    init(account: Portfolio.Account, name: String? = nil, report: DiagnosticReport, status: Int32, failure: String? = nil) {
        self.account = account
        self.name = name
        self.report = report
        self.status = status
        self.failure = failure
    }

    /// The outcome of an account that could not be read at all.
    static func unreadable(_ account: Portfolio.Account, _ message: String) -> AccountOutcome {
        AccountOutcome(account: account, report: DiagnosticPrinter.emptyReport, status: 2, failure: message)
    }

    /// The outcome of a compiled account; the report keeps only the sources its
    /// diagnostics quote, so that a large portfolio's texts are not all held to the end.
    static func compiled(_ account: Portfolio.Account, _ compilation: Compilation) -> AccountOutcome {
        var report = DiagnosticPrinter.report(for: compilation, currentFolder: APGMain.console.currentFolder)
        var quoted: Set<String> = []
        for diagnostic in report.diagnostics {
            if let file = diagnostic.location?.file { quoted.insert(file) }
            for note in diagnostic.notes { if let file = note.location?.file { quoted.insert(file) } }
        }
        report.sources = report.sources.filter { quoted.contains($0.key) }
        let name = compilation.workspace.config.account ?? compilation.model.account
        return AccountOutcome(
            account: account,
            name: name.isEmpty ? nil : name,
            report: report,
            status: compilation.hasErrors ? 1 : 0)
    }
}

/// One account's output folder: its URL, and its path as the user named it (for messages).
struct AccountOutputFolder: Sendable {
    let url: URL
    let name: String
}

/// Runs one job per account of a portfolio, as many at once as there are cores (each
/// account's front end parses its files concurrently as well).
enum PortfolioRun {
    /// Compiles one account; a folder that cannot be read is that account's failure,
    /// not the whole run's.
    static func compile(_ account: Portfolio.Account, options: AccountCompiler.Options, outputFolder: URL? = nil) async -> Result<Compilation, CommandFailure> {
        var options = options
        options.outputFolder = outputFolder
        do {
            return .success(try await AccountCompiler(options: options).compile(root: account.root))
        } catch {
            return .failure(CommandFailure("\(error)"))
        }
    }

    /// Compiles each account and runs `job` on the compilation with the account's output
    /// folder, `OUT/<account folder>/`; an account that cannot be read fails alone.
    static func runCompiled(
        _ accounts: [Portfolio.Account],
        options: AccountCompiler.Options,
        outputURL: URL,
        output: String,
        progress: ProgressLine,
        _ job: @escaping @Sendable (Portfolio.Account, Compilation, AccountOutputFolder) async -> AccountOutcome
    ) async -> [AccountOutcome] {
        await run(accounts, progress: progress) { account in
            let folder = AccountOutputFolder(
                url: outputURL.appendingPathComponent(account.folder, isDirectory: true),
                name: (output as NSString).appendingPathComponent(account.folder))
            switch await compile(account, options: options, outputFolder: folder.url) {
            case .success(let compilation): return await job(account, compilation, folder)
            case .failure(let failure): return .unreadable(account, failure.message)
            }
        }
    }

    static func run(
        _ accounts: [Portfolio.Account],
        progress: ProgressLine,
        _ job: @escaping @Sendable (Portfolio.Account) async -> AccountOutcome
    ) async -> [AccountOutcome] {
        progress.start()
        defer { progress.finish() }
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return await withTaskGroup(of: (Int, AccountOutcome).self) { group in
            var next = 0
            func addNext() {
                guard next < accounts.count else { return }
                let index = next, account = accounts[index]
                group.addTask { (index, await job(account)) }
                next += 1
            }
            for _ in 0..<width { addNext() }
            var outcomes = [AccountOutcome?](repeating: nil, count: accounts.count)
            for await (index, outcome) in group {
                outcomes[index] = outcome
                progress.accountFinished()
                addNext()
            }
            return outcomes.compactMap { $0 }
        }
    }
}

extension DiagnosticPrinter {
    /// A report without diagnostics that describes every rule, which SARIF lists.
    static var emptyReport: DiagnosticReport {
        DiagnosticReport(diagnostics: [], sources: [:], rules: RuleRegistry.allDescriptors, toolVersion: APGMain.version)
    }
}
