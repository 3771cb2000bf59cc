import Diagnostics
import PlanModel
import Vocabulary

/// Decides the account's name and reports files that name another one (spec §2: the
/// same in every file). `apg.yaml` decides when it sets `account` (the front end reports
/// guides that differ from it, APG018), else the global file, else the name most files
/// use (ties: the first in definition order). Names compare ignoring case and
/// surrounding spaces, as APG018 compares them.
struct AccountNameCheck {
    let config: WorkspaceConfig

    /// `files` in definition order.
    func check(_ files: [GuideFile], diagnostics: inout [Diagnostic]) -> String {
        if let configured = config.account?.trimmed, !configured.isEmpty { return configured }
        let named = files.compactMap { file in
            file.frontMatter.account.map(\.trimmed).flatMap { $0.isEmpty ? nil : (file: file, name: $0) }
        }
        let expected: (name: String, note: DiagnosticNote)
        if let global = named.first(where: { $0.file.isGlobal }) {
            expected = (global.name, DiagnosticNote("the global file names the account '\(global.name)'", at: Self.accountLocation(in: global.file)))
        } else if let majority = Self.majority(named.map(\.name)) {
            expected = (majority, DiagnosticNote("most files name the account '\(majority)'"))
        } else {
            return ""
        }
        for (file, name) in named where name.lowercased() != expected.name.lowercased() {
            diagnostics.append(LinkerRules.accountMismatch.diagnostic(
                "account '\(name)' does not match the workspace's account '\(expected.name)'",
                at: Self.accountLocation(in: file),
                notes: [expected.note],
                fix: FixSuggestion("write 'account: \(expected.name)', or move the file to its own workspace", replacement: expected.name)
            ))
        }
        return expected.name
    }

    private static func accountLocation(in file: GuideFile) -> SourceLocation {
        file.frontMatter.keyLocations["account"] ?? SourceLocation(file: file.path, line: 1, column: 1)
    }

    /// The most frequent name (ignoring case), spelt as first written; the earliest wins a tie.
    private static func majority(_ names: [String]) -> String? {
        var counts: [String: Int] = [:]
        for name in names { counts[name.lowercased(), default: 0] += 1 }
        var best: (name: String, count: Int)?
        for name in names where counts[name.lowercased(), default: 0] > best?.count ?? 0 {
            best = (name, counts[name.lowercased(), default: 0])
        }
        return best?.name
    }
}

/// The vision that counts: the global file's, else the first one written. Any other
/// file whose vision says something else gets a warning.
struct VisionSelection {
    /// `files` in definition order, so a global file comes first.
    static func select(from files: [GuideFile], diagnostics: inout [Diagnostic]) -> Vision? {
        let stated = files.compactMap { file in file.vision.map { (file: file, vision: $0) } }
        guard let chosen = stated.first else { return nil }
        let whose = chosen.file.isGlobal ? "the global file's vision" : "the vision in '\(chosen.file.path)'"
        for (file, vision) in stated.dropFirst() where vision != chosen.vision {
            diagnostics.append(LinkerRules.visionConflict.diagnostic(
                "the vision in '\(file.path)' differs from \(whose) and is ignored",
                at: vision.location,
                notes: [DiagnosticNote("\(whose) is stated here", at: chosen.vision.location)],
                fix: FixSuggestion("delete this \(LocalizedWords(.bundled, language: file.language).section("vision")) section or make it match; local ambitions belong in goals")
            ))
        }
        return chosen.vision
    }
}

fileprivate extension String {
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
