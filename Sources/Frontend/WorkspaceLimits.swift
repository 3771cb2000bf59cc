import Diagnostics
import PlanModel

/// The sizes apg reads, and what it does beyond them: a diagnostic naming the limit and
/// the input skipped, never a crash or memory growing without bound. Each is far above
/// what a team writes by hand (the sample: five files, 23 KB, ~200 entities), so that
/// only a mistake — a workspace pointed at a home folder, an export saved as `.md`, a
/// generated file — reaches one. The README's "Limits and guarantees" lists them.
public enum WorkspaceLimits {
    /// Guide files in one workspace (`APG050`); above it none is read.
    public static let maximumFiles = 10_000
    /// Bytes in one guide or `apg.yaml` (`APG002`); checked before the file is read.
    public static let maximumFileSize = FrontMatterRules.maximumFileSize
    /// Bytes in one line of a guide (`APG051`); a file with a longer line is skipped.
    public static let maximumLineLength = 1 << 20
    /// Entities (members, units, stakeholders, items, goals, strategies, tactics, actions)
    /// in one workspace (`APG052`); above it nothing is linked or checked.
    public static let maximumEntities = 100_000
    /// Lists and block quotes inside each other (`APG034`).
    public static let maximumNesting = LoweringLimits.maximumDepth
    // The limits of the sheets `apg update` reads (`APG053`) are `SpreadsheetLimits`.

    /// The number of entities in `files`.
    public static func entityCount(_ files: [GuideFile]) -> Int {
        files.reduce(0) { count, file in
            count + file.members.count + file.units.count + file.stakeholders.count + file.items.count + file.goals.count
                + file.strategies.count + file.tactics.count + file.actions.count + (file.vision == nil ? 0 : 1)
        }
    }

    /// The finding when `files` hold more entities than apg links and checks, at the
    /// file in which the count passes the limit.
    public static func entityLimitDiagnostic(_ files: [GuideFile]) -> Diagnostic? {
        let total = entityCount(files)
        guard total > maximumEntities else { return nil }
        var running = 0
        var crossing = files.last?.path ?? ""
        for file in files {
            running += entityCount([file])
            if running > maximumEntities {
                crossing = file.path
                break
            }
        }
        return LimitRules.tooManyEntities.diagnostic(
            "the workspace has \(total.grouped) entities; the limit is \(maximumEntities.grouped), so nothing is linked or checked",
            at: SourceLocation(file: crossing, line: 1, column: 1),
            fix: FixSuggestion("split the account into several workspaces (a portfolio), or add generated files to 'ignore:' in apg.yaml"))
    }

    /// The first line longer than `maximumLineLength` bytes: its 1-based number and length.
    public static func overlongLine(in bytes: [UInt8]) -> (line: Int, length: Int)? {
        guard bytes.count > maximumLineLength else { return nil }
        var line = 1
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            if index - start > maximumLineLength { return (line, index - start) }
            line += 1
            start = index + 1
        }
        return bytes.count - start > maximumLineLength ? (line, bytes.count - start) : nil
    }
}

extension Int {
    /// `100,000`: limits read better with grouping.
    var grouped: String {
        let digits = Array(String(magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (self < 0 ? "-" : "") + text
    }
}
