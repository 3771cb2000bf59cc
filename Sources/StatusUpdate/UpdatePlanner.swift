import Compiler
import Diagnostics
import PlanModel
import Render
import Spreadsheet
import Vocabulary

/// Checks every row of an update sheet against the compiled guides: the id must name an
/// action, the row must not have changed in the guides since the export, and every value
/// must parse. Rows without anything new are skipped.
public struct UpdatePlanner {
    public var compilation: Compilation
    public var vocabulary: Vocabulary

    /// Each guide's language, by path.
    private let languages: [String: String]

    public init(compilation: Compilation) {
        self.compilation = compilation
        vocabulary = Vocabulary.bundled.extended(with: compilation.workspace.config.vocabulary)
        languages = Dictionary(compilation.model.sources.map { ($0.path, $0.language) }, uniquingKeysWith: { first, _ in first })
    }

    public func plan(_ sheet: UpdateSheet) -> (changes: [StatusChange], refusals: [UpdateRefusal]) {
        let actions = Dictionary(compilation.model.actions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [StatusChange] = []
        var refusals: [UpdateRefusal] = []
        var seen: [String: Int] = [:]
        for row in sheet.rows where row.hasUpdate {
            func refuse(_ column: WorkbookColumn?, _ message: String) {
                let columnName = column.map { column in
                    let letter = row.columns[column].map { sheet.sheetName == nil ? "\($0 + 1)" : ColumnName.letters($0) } ?? "?"
                    return "'\(column.rawValue)' (\(letter))"
                }
                refusals.append(UpdateRefusal(fileName: sheet.fileName, sheetName: sheet.sheetName, row: row.number, column: columnName, message: message))
            }
            let id = row.id
            guard !id.isEmpty else {
                refuse(.id, "the row has updates but no action id")
                continue
            }
            guard let action = actions[id.lowercased()] else {
                let suggestion = NearMiss.bestMatches(for: id, in: compilation.model.actions.map(\.id), limit: 1).first
                refuse(.id, "no action has the id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
                continue
            }
            if let earlier = seen[action.key] {
                refuse(.id, "action '\(action.id)' is already updated in row \(earlier); merge the two rows")
                continue
            }
            seen[action.key] = row.number
            if let reason = changedSinceExport(action, row: row, sheet: sheet) {
                refuse(nil, "action '\(action.id)' changed in the guides since the export (\(reason)); export a new workbook with `apg build` and enter the update there")
                continue
            }
            var change = StatusChange(actionID: action.id, location: action.location, row: row.number)
            var failed = false
            let statusCell = row[.newStatus]
            if !statusCell.isEmpty {
                let word = statusCell.text.trimmingCharacters(in: .whitespaces)
                if let status = status(word) {
                    change.status = status
                } else {
                    let language = sourceLanguage(of: action)
                    let words = ActionStatus.allCases.map { WorkbookLanguage.statusWord($0.rawValue, language: language, vocabulary: vocabulary) }
                    let suggestion = NearMiss.bestMatches(for: word, in: vocabulary.allWords(in: .actionStatus), limit: 1).first
                    refuse(.newStatus, "'\(word)' is not a status" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " (one of: \(words.joined(separator: ", ")))")
                    failed = true
                }
            }
            let dueCell = row[.newDue]
            if !dueCell.isEmpty {
                switch Self.date(dueCell) {
                case .success(let date): change.due = date
                case .failure(let message):
                    refuse(.newDue, message.description)
                    failed = true
                }
            }
            let actualCell = row[.newActual]
            if !actualCell.isEmpty {
                if let actual = Self.actual(actualCell, language: sourceLanguage(of: action)) {
                    change.actual = actual
                } else {
                    refuse(.newActual, "'\(actualCell.text)' is not a number; write a number with an optional unit, such as 12 or EUR 2.5M")
                    failed = true
                }
            }
            let comment = row[.comment].text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
            if !comment.isEmpty { change.comment = comment }
            if !failed { changes.append(change) }
        }
        return (changes, refusals)
    }

    /// Why the action no longer matches the row as exported, or nil. The hidden sheet's
    /// checksum decides when there is one; else the row's own status and due columns.
    func changedSinceExport(_ action: ActionItem, row: UpdateRow, sheet: UpdateSheet) -> String? {
        let now = current(action)
        if let checksum = sheet.checksums?[action.key] {
            return checksum == ActionRowChecksum.checksum(of: action) ? nil : "it is now \(now)"
        }
        let statusCell = row[.status]
        if !statusCell.isEmpty {
            if status(statusCell.text) != action.effectiveStatus {
                return "the sheet says '\(statusCell.text)', the guide \(now)"
            }
        }
        let dueCell = row[.due]
        if !dueCell.isEmpty {
            let exported = try? Self.date(dueCell).get()
            if exported != action.due {
                return "the sheet says due \(dueCell.text), the guide \(now)"
            }
        }
        return nil
    }

    /// A status word in any language, or the canonical key actions.csv writes (`on-track`).
    func status(_ text: String) -> ActionStatus? {
        let word = text.trimmingCharacters(in: .whitespaces)
        if let status = ActionStatus(rawValue: word.lowercased()) { return status }
        return vocabulary.key(word, in: .actionStatus).flatMap(ActionStatus.init(rawValue:))
    }

    private func current(_ action: ActionItem) -> String {
        let word = WorkbookLanguage.statusWord(action.effectiveStatus.rawValue, language: "en")
        return "'\(word)', due \(action.due?.written ?? "none")"
    }

    func sourceLanguage(of action: ActionItem) -> String {
        languages[action.location.file] ?? "en"
    }

    /// A date cell, a serial number, or ISO text (`2027-03-10`, `2027-03`, `2027-Q2`).
    static func date(_ cell: ReadCell) -> Result<PlanDate, DateMessage> {
        switch cell {
        case .date(let day):
            guard let date = PlanDate(year: day.year, month: day.month, day: day.day) else { return .failure(DateMessage("\(day.iso) is not a date")) }
            return .success(date)
        case .number(let serial):
            // A date typed into a cell whose date format was cleared.
            guard (20_000...80_000).contains(serial), let day = CalendarDay(serial: serial),
                  let date = PlanDate(year: day.year, month: day.month, day: day.day)
            else { return .failure(DateMessage("\(cell.text) is not a date; write it as 2027-03-31")) }
            return .success(date)
        default:
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            switch PlanDate.parse(text) {
            case .success(let date): return .success(date)
            case .failure(.nonISO(let suggestion)): return .failure(DateMessage("'\(text)' is not an ISO date; did you mean '\(suggestion)'?"))
            case .failure(.ambiguous): return .failure(DateMessage("'\(text)' could be day-first or month-first; write it as YYYY-MM-DD"))
            case .failure: return .failure(DateMessage("'\(text)' is not a date; write it as 2027-03-31, 2027-03 or 2027-Q1"))
            }
        }
    }

    struct DateMessage: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A number cell, or text that is a number with an optional currency, unit or scale
    /// (`12`, `EUR 2,5 Mio`, `85 %`). Numbers are written with the file's decimal mark.
    static func actual(_ cell: ReadCell, language: String) -> String? {
        switch cell {
        case .number(let value):
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
            let commaLanguages: Set<String> = ["de", "fr", "es", "it", "pt"]
            return commaLanguages.contains(WorkbookLanguage.base(language)) ? text.replacingOccurrences(of: ".", with: ",") : text
        case .text(let raw):
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.contains(where: \.isNewline) else { return nil }
            // Words around one number: a currency or unit before, a scale or unit after.
            let parts = text.split(separator: " ")
            let numeric = parts.filter { part in part.contains(where: \.isNumber) }
            guard numeric.count == 1, let number = numeric.first,
                  number.allSatisfy({ $0.isNumber || ".,'+-%".contains($0) || $0.isLetter }),
                  number.first.map({ $0.isNumber || $0 == "-" || $0 == "+" }) == true
            else { return nil }
            return text
        default:
            return nil
        }
    }
}
