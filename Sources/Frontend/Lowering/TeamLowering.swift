import Diagnostics
import GuideMarkdown
import PlanModel

/// `## Team`: `- Anna Müller (@amueller) — Key Account Manager` with `Function`,
/// `Country`, `Email` (spec §5).
extension LoweringContext {
    mutating func lowerTeam(_ blocks: ArraySlice<MarkdownNode>) {
        forEachListItem(in: blocks) { context, item in context.lowerMember(item) }
    }

    mutating func lowerMember(_ item: MarkdownNode) {
        let entity = entitySource(listItem: item)
        let body = readBody(entity, as: .member)
        guard !entity.rawTitle.isEmpty else {
            reportEmptyTitle(entity, kind: .member)
            return
        }
        guard let handle = PersonParsing.handle(in: entity.rawTitle),
              let at = entity.rawTitle.range(of: "@" + handle)
        else {
            report(LoweringRules.missingHandle.diagnostic(
                "team member '\(entity.rawTitle)' has no handle",
                at: entity.location,
                fix: FixSuggestion("write the member as 'Name (@handle)', optionally followed by ' — Role'")))
            return
        }
        // The name stands before the handle, the role after it (`— Role`, also without
        // blanks around the dash in CJK text).
        let name = String(entity.rawTitle[..<at.lowerBound]).trimming(characters: "(（")
        var rest = Substring(entity.rawTitle[at.upperBound...])
        while let first = rest.first, first == ")" || first == "）" || first.isWhitespace { rest.removeFirst() }
        let role = rest.drop { $0 == "—" || $0 == "–" || $0 == "-" || $0.isWhitespace }.trimmingBlanks()
        var member = Member(id: handle, title: name.isEmpty ? handle : name, location: entity.location)
        member.role = role.isEmpty ? nil : role
        member.customFields = body.customFields
        for attribute in body.attributes {
            switch attribute.key {
            case "role": member.role = attribute.value
            case "function": member.function = attribute.value
            case "country": member.country = country(attribute)
            case "email": member.email = attribute.value
            case "visibility": member.visibility = visibility(attribute) ?? member.visibility
            default: break
            }
        }
        file.members.append(member)
    }

    /// Calls `body` for every item of every list among `blocks`, and warns about tables
    /// standing where the list should be.
    mutating func forEachListItem(in blocks: ArraySlice<MarkdownNode>, _ body: (inout LoweringContext, MarkdownNode) -> Void) {
        for block in blocks {
            if block.kind == .list {
                for item in block.children { body(&self, item) }
            } else if block.kind == .paragraph {
                checkForTable(block)
            }
        }
    }
}
