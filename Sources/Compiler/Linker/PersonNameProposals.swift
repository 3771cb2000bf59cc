import Diagnostics
import Frontend
import PlanModel
import Vocabulary

/// A person written by name or e-mail (`Owner: Eva Steiner`, `Verantwortlich:
/// eva.steiner@kessler.example`) is reported by the front end, which does not know the
/// team; once the team is linked, a name or e-mail that matches exactly one member gets
/// that member's handle as the fix.
enum PersonNameProposals {
    static func propose(in diagnostics: inout [Diagnostic], files: [GuideFile], team: [Member]) {
        let written = files.flatMap(\.personNames)
        guard !written.isEmpty, !team.isEmpty else { return }
        var handlesByName: [String: Set<String>] = [:]
        for member in team {
            for name in names(of: member) { handlesByName[name, default: []].insert(member.id) }
        }
        var proposalAt: [SourceLocation: (handle: String, written: String)] = [:]
        for person in written {
            guard let handles = handlesByName[normalized(person.text)], handles.count == 1, let handle = handles.first else { continue }
            proposalAt[person.location] = (handle, person.text)
        }
        guard !proposalAt.isEmpty else { return }
        for index in diagnostics.indices {
            let diagnostic = diagnostics[index]
            guard diagnostic.rule == LoweringRules.personWithoutAt.id, let location = diagnostic.location,
                  let proposal = proposalAt[location]
            else { continue }
            diagnostics[index].message += "; did you mean '@\(proposal.handle)'?"
            // Exactly one member matches, so `apg fix` may replace the name as written.
            diagnostics[index].fix = .replacing(proposal.written, at: location, with: "@" + proposal.handle, "write the team member's handle")
        }
    }

    /// A member's name as written and with its words in any order (`Steiner, Eva`), and
    /// their e-mail address.
    private static func names(of member: Member) -> [String] {
        var result = [wordSet(member.title)]
        if let email = member.email, !email.isEmpty { result.append(normalized(email)) }
        return result
    }

    private static func normalized(_ text: String) -> String {
        let folded = Vocabulary.normalize(text)
        return folded.contains("@") ? folded : wordSet(folded)
    }

    private static func wordSet(_ text: String) -> String {
        Vocabulary.normalize(text).split { $0.isWhitespace || $0 == "," }.sorted().joined(separator: " ")
    }
}
