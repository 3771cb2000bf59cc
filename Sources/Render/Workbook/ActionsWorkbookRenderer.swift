import Compiler
import Diagnostics
import Foundation
import PlanModel
import Spreadsheet
import Vocabulary

/// `actions.xlsx`: the actions, milestones and goals as an Excel workbook that owners
/// who never touch git fill in (new status, new due date, new actual, a comment) and
/// send back for `apg update`. With `--owner @handle` also `actions-<handle>.xlsx` with
/// that member's actions only.
///
/// A hidden sheet, `apg`, carries the plan's revision and a checksum per action row, so
/// that the import can tell a row that changed in the guides since the export. In a
/// customer edition owners appear by name only: no handles, no e-mail addresses, and
/// history lines without their comments.
public struct ActionsWorkbookRenderer: Renderer {
    public let name = "actions-xlsx"

    public init() {}

    /// The hidden sheet's name and first cell, by which an import recognises it.
    public static let controlSheetName = "apg"
    public static let formatMarker = "apg-actions-workbook-1"

    public func render(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let facts = PackFacts(compilation: visible)
        let revision = ActionRowChecksum.revision(of: compilation.sources)
        let language = options.language ?? facts.defaultLanguage
        let actions = facts.orderedActions
        var files = [try file("actions.xlsx", actions: actions, facts: facts, language: language, revision: revision, audience: options.audience, isPersonal: false)]
        if let owner = options.owner {
            let member = try OwnerLookup.member(owner, in: visible, of: compilation)
            let own = actions.filter { $0.owners.contains { $0.key == member.key } }
            files.append(try file("actions-\(MilestonesCalendarRenderer.fileName(member.handle)).xlsx", actions: own, facts: facts, language: language, revision: revision, audience: options.audience, isPersonal: true))
        }
        return files
    }

    /// `sheets/<handle>.xlsx` for every member who owns an action, beside the Markdown
    /// owner sheets of `apg report --sheets`.
    public func ownerWorkbooks(_ compilation: Compilation, options: RenderOptions) throws -> [OutputFile] {
        let visible = compilation.filtered(for: options.audience)
        let facts = PackFacts(compilation: visible)
        let revision = ActionRowChecksum.revision(of: compilation.sources)
        let language = options.language ?? facts.defaultLanguage
        let actions = facts.orderedActions
        var used: Set<String> = []
        var files: [OutputFile] = []
        for member in visible.model.team.sorted(by: { $0.key < $1.key }) {
            let own = actions.filter { $0.owners.contains { $0.key == member.key } }
            guard !own.isEmpty else { continue }
            var name = OwnerSheets.fileName(for: member.handle)
            while !used.insert(name).inserted { name += "-" }
            files.append(try file("sheets/\(name).xlsx", actions: own, facts: facts, language: language, revision: revision, audience: options.audience, isPersonal: true))
        }
        return files
    }

    func file(_ path: String, actions: [ActionItem], facts: PackFacts, language: String, revision: String, audience: Audience, isPersonal: Bool) throws -> OutputFile {
        let workbook = self.workbook(actions: actions, facts: facts, language: language, revision: revision, audience: audience, isPersonal: isPersonal)
        return OutputFile(path: path, contents: Array(try XLSXWriter.data(for: workbook)))
    }

    /// `isPersonal`: one owner's workbook, whose Goals sheet shows only the goals of
    /// their actions.
    func workbook(actions: [ActionItem], facts: PackFacts, language: String, revision: String, audience: Audience, isPersonal: Bool) -> Workbook {
        let model = facts.model
        let strategies = Dictionary(model.strategies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let goals = Dictionary(model.goals.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let members = Dictionary(model.team.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        func status(_ status: ActionStatus) -> String { WorkbookLanguage.statusWord(status.rawValue, language: language) }
        func owners(_ people: [PersonRef]) -> String {
            people.map { person in
                let name = members[person.key]?.title
                // Handles are internal plumbing: a customer edition names people only.
                if audience == .customer { return name ?? "" }
                return name.map { "\($0) (@\(person.handle))" } ?? "@\(person.handle)"
            }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        func goal(of action: ActionItem) -> Goal? {
            action.strategy.flatMap { strategies[$0.key] }?.goal.flatMap { goals[$0.key] }
        }

        let columns = WorkbookColumn.allCases
        var actionRows: [[Cell]] = [columns.map { .text($0.header(language: language)) }]
        var checksums: [[Cell]] = []
        for action in actions {
            var latest = ""
            if let entry = action.history.max(by: { $0.date < $1.date }) {
                let word = entry.status.map(status)
                let comment = audience == .customer ? "" : entry.text
                latest = entry.date.iso + ": " + [word, comment.isEmpty ? nil : comment].compactMap { $0 }.joined(separator: " — ")
            }
            actionRows.append(columns.map { column -> Cell in
                switch column {
                case .id: .text(action.id)
                case .title: .text(action.title)
                case .goal: text(goal(of: action).map(codedTitle))
                case .strategy: text(action.strategy.flatMap { strategies[$0.key] }.map(codedTitle))
                case .owner: text(owners(action.owners))
                case .due: date(action.due)
                case .status: .text(status(action.effectiveStatus))
                case .latest: text(latest)
                case .done: date(action.done)
                case .metric: text(action.metric)
                case .target: quantity(action.target)
                case .actual: quantity(action.actual)
                case .newStatus, .newDue, .newActual, .comment: .empty
                }
            })
            checksums.append([.text(action.id), .text(ActionRowChecksum.checksum(of: action))])
        }
        var actionsSheet = Worksheet(name: "Actions", rows: actionRows)
        actionsSheet.freezesHeader = true
        actionsSheet.columnWidths = columns.map(Self.width)
        actionsSheet.lockedColumns = [0]
        if let statusColumn = columns.firstIndex(of: .newStatus) {
            actionsSheet.validations = [ListValidation(
                column: statusColumn, firstRow: 2, lastRow: max(2, actionRows.count + 200),
                values: ActionStatus.allCases.map(status)
            )]
        }

        var milestoneRows: [[Cell]] = [[
            .text(WorkbookColumn.id.header(language: language)), .text(WorkbookColumn.header("action", language: language)),
            .text(WorkbookColumn.header("date", language: language)), .text(WorkbookColumn.header("milestone", language: language)),
            .text(WorkbookColumn.owner.header(language: language)), .text(WorkbookColumn.status.header(language: language)),
        ]]
        for action in actions {
            for milestone in action.milestones.sorted(by: { $0.date < $1.date }) {
                milestoneRows.append([
                    .text(action.id), .text(action.title), date(milestone.date), .text(milestone.title),
                    text(owners(action.owners)), .text(status(action.effectiveStatus)),
                ])
            }
        }
        var milestonesSheet = Worksheet(name: "Milestones", rows: milestoneRows)
        milestonesSheet.freezesHeader = true
        milestonesSheet.columnWidths = [10, 40, 12, 40, 28, 14]

        let goalKeys = Set(actions.compactMap { goal(of: $0)?.key })
        let shownGoals = isPersonal ? model.goals.filter { goalKeys.contains($0.key) } : model.goals
        var goalRows: [[Cell]] = [[
            .text(WorkbookColumn.id.header(language: language)), .text(WorkbookColumn.title.header(language: language)),
            .text(WorkbookColumn.metric.header(language: language)), .text(WorkbookColumn.header("baseline", language: language)),
            .text(WorkbookColumn.target.header(language: language)), .text(WorkbookColumn.actual.header(language: language)),
            .text(WorkbookColumn.due.header(language: language)),
        ]]
        for goal in shownGoals {
            goalRows.append([
                .text(goal.id), .text(goal.title), text(goal.metric), quantity(goal.baseline),
                quantity(goal.target), quantity(goal.current), date(goal.due),
            ])
        }
        var goalsSheet = Worksheet(name: "Goals", rows: goalRows)
        goalsSheet.freezesHeader = true
        goalsSheet.columnWidths = [8, 48, 32, 12, 12, 12, 12]

        var control = Worksheet(name: Self.controlSheetName, rows: [
            [.text("format"), .text(Self.formatMarker)],
            [.text("revision"), .text(revision)],
            [.text("language"), .text(language)],
            [.text("id"), .text("checksum")],
        ] + checksums)
        control.isHidden = true
        return Workbook(sheets: [actionsSheet, milestonesSheet, goalsSheet, control])
    }

    static func width(_ column: WorkbookColumn) -> Double {
        switch column {
        case .id: 10
        case .title, .latest: 44
        case .goal, .strategy: 32
        case .owner, .metric: 26
        case .comment: 40
        case .due, .done, .newDue: 12
        case .status, .newStatus: 16
        case .target, .actual, .newActual: 11
        }
    }
}

private func text(_ value: String?) -> Cell {
    guard let value, !value.isEmpty else { return .empty }
    return .text(value)
}

private func date(_ value: PlanDate?) -> Cell {
    guard let value, let day = CalendarDay(year: value.year, month: value.month, day: value.day) else { return .empty }
    return .date(day)
}

/// A plain number is a number cell; one with a unit or currency keeps its text, because
/// the cell could not show the unit.
private func quantity(_ value: Quantity?) -> Cell {
    guard let value else { return .empty }
    return value.unit == nil ? .number(value.value) : .text(value.text)
}
