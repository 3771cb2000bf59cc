import Compiler
import PlanModel

/// `sheets/<handle>.md`: per owner, their open actions and the lines to paste under each
/// one, ready to edit and commit before the next review.
enum OwnerSheets {
    static func files(for report: FollowUpReport) -> [OutputFile] {
        let status = report.status
        var used: Set<String> = []
        return status.owners.map { owner in
            var name = fileName(for: owner.handle)
            // Two handles that differ only in characters a file name cannot hold.
            while !used.insert(name).inserted { name += "-" }
            return OutputFile(path: "sheets/\(name).md", text: sheet(for: owner, in: status))
        }
    }

    static func sheet(for owner: FollowUpStatus.OwnerRollUp, in status: FollowUpStatus) -> String {
        let key = owner.handle.lowercased()
        let actions = status.actions.filter { action in !action.isClosed && action.owners.contains { $0.lowercased() == key } }
        let who = status.ownersAreNames ? ReportMarkdownWriter.inline(owner.handle)
            : owner.name.map { "\(ReportMarkdownWriter.inline($0)) (@\(owner.handle))" } ?? "@\(owner.handle)"
        var text = "# Follow-up sheet: \(who)\n\n"
        text += "As of \(status.asOf.iso): \(FollowUpReportDocument.count(actions.count, "open action")), \(owner.overdue) overdue, \(owner.done) done.\n"
        guard !actions.isEmpty else { return text + "\nNothing to update.\n" }
        text += "\nFor each action, edit its `Status:` line (or add one) and add the dated history line under it in the file named, then commit.\n"
        let milestones = Dictionary(grouping: status.passedMilestones, by: { $0.actionID.lowercased() })
        for action in actions {
            text += "\n## \(ReportMarkdownWriter.inline(action.id)): \(ReportMarkdownWriter.inline(action.title))\n\n"
            text += "- File: `\(action.location.file)`, line \(action.location.line)\n"
            var due = action.due?.iso ?? "none"
            if let date = action.due, action.isOverdue { due += " (overdue by \(FollowUpReportDocument.count(status.asOf.dayNumber - date.dayNumber, "day")))" }
            if action.isDueSoon { due += " (due soon)" }
            text += "- Status: \(action.status.label) · Due: \(due)\n"
            for milestone in milestones[action.id.lowercased()] ?? [] {
                text += "- Milestone passed: \(milestone.date.iso) — \(ReportMarkdownWriter.inline(milestone.title))\n"
            }
            if let note = action.latestNote {
                let word = note.status.map { "\($0.label) — " } ?? ""
                text += "- Latest note: \(note.date.iso): \(word)\(ReportMarkdownWriter.inline(note.text))\n"
            }
            let suggested: ActionStatus = action.status == .open ? .onTrack : action.status
            text += "\n```markdown\n- Status: \(suggested.label)\n- \(status.asOf.iso): \(suggested.label) — …\n```\n"
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
