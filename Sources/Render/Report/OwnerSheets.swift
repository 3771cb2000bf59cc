import Compiler
import PlanModel
import Vocabulary

/// `sheets/<handle>.md`: per owner, their open actions and the lines to paste under each
/// one, ready to edit and commit before the next review. The sheet speaks the report's
/// language; the lines to paste are in the language of the file they go into
/// (`- Status: gefährdet` in a German guide), so that they read as the author wrote.
enum OwnerSheets {
    static func files(for report: FollowUpReport, locale: ReportLocale = ReportLocale()) -> [OutputFile] {
        let status = report.status
        var used: Set<String> = []
        return status.owners.map { owner in
            var name = fileName(for: owner.handle)
            // Two handles that differ only in characters a file name cannot hold.
            while !used.insert(name).inserted { name += "-" }
            return OutputFile(path: "sheets/\(name).md", text: sheet(for: owner, in: status, locale: locale))
        }
    }

    static func sheet(for owner: FollowUpStatus.OwnerRollUp, in status: FollowUpStatus, locale t: ReportLocale = ReportLocale()) -> String {
        let key = owner.handle.lowercased()
        let actions = status.actions.filter { action in !action.isClosed && action.owners.contains { $0.lowercased() == key } }
        let who = status.ownersAreNames ? ReportMarkdownWriter.inline(owner.handle)
            : owner.name.map { "\(ReportMarkdownWriter.inline($0)) (@\(owner.handle))" } ?? "@\(owner.handle)"
        var text = "# \(t("Follow-up sheet: {0}", who))\n\n"
        text += t("As of {0}: {1}, {2} overdue, {3} done.", t.date(status.asOf), t.count(actions.count, "open action"),
                  t.number(owner.overdue), t.number(owner.done)) + "\n"
        guard !actions.isEmpty else { return text + "\n\(t("Nothing to update."))\n" }
        text += "\n\(t("For each action, edit its `Status:` line (or add one) and add the dated history line under it in the file named, then commit."))\n"
        let milestones = Dictionary(grouping: status.passedMilestones, by: { $0.actionID.lowercased() })
        for action in actions {
            text += "\n## \(ReportMarkdownWriter.inline(action.id)): \(ReportMarkdownWriter.inline(action.title))\n\n"
            text += "- \(t("File: {0}, line {1}", "`\(action.location.file)`", String(action.location.line)))\n"
            var due = action.due.map(t.date) ?? t("none")
            if let date = action.due, action.isOverdue { due += " (\(t("overdue by {0}", t.count(status.asOf.dayNumber - date.dayNumber, "day"))))" }
            if action.isDueSoon { due += " (\(t("due soon")))" }
            text += "- \(t("Status")): \(t.status(action.status)) · \(t("Due")): \(due)\n"
            for milestone in milestones[action.id.lowercased()] ?? [] {
                text += "- \(t("Milestone passed")): \(t.date(milestone.date)) — \(ReportMarkdownWriter.inline(milestone.title))\n"
            }
            if let note = action.latestNote {
                let word = note.status.map { "\(t.status($0)) — " } ?? ""
                text += "- \(t("Latest note")): \(t.date(note.date)): \(word)\(ReportMarkdownWriter.inline(note.text))\n"
            }
            let suggested: ActionStatus = action.status == .open ? .onTrack : action.status
            let language = action.fileLanguage ?? t.language
            let statusKey = Vocabulary.bundled.words(for: "status", in: .attributes, language: WorkbookLanguage.base(language)).first ?? "Status"
            let word = WorkbookLanguage.base(language) == "en" ? suggested.label : WorkbookLanguage.statusWord(suggested.rawValue, language: language)
            text += "\n```markdown\n- \(statusKey): \(word)\n- \(status.asOf.iso): \(word) — …\n```\n"
        }
        return text
    }

    /// A file name for a handle: lower case (handles compare case-insensitively), and
    /// only characters every file system takes.
    static func fileName(for handle: String) -> String {
        var name = ""
        for scalar in handle.lowercased().unicodeScalars {
            let safe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == ".")
            name.unicodeScalars.append(safe ? scalar : "-")
        }
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "owner" : name
    }
}
