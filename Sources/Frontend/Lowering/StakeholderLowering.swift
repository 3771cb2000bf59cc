import Diagnostics
import GuideMarkdown
import PlanModel

/// `## Stakeholders`: `- Dr. Eva Kling — VP Purchasing {#kling}` with `Unit`,
/// `Buying role`, `Stance`, `Covered by`, `Last contact` (spec §5).
extension LoweringContext {
    mutating func lowerStakeholders(_ blocks: ArraySlice<MarkdownNode>) {
        forEachListItem(in: blocks) { context, item in context.lowerStakeholder(item) }
    }

    mutating func lowerStakeholder(_ item: MarkdownNode) {
        let entity = entitySource(listItem: item)
        let body = readBody(entity, as: .stakeholder)
        let (name, jobTitle) = DashSeparator.split(entity.title.title)
        guard !name.isEmpty else {
            reportEmptyTitle(entity, kind: .stakeholder)
            return
        }
        // Like every entity (spec §4.1), a stakeholder's `{#id}` or code is its id; only
        // the slug comes from the name alone, without the job title.
        let (id, idSource) = entity.title.explicitID.map { ($0, IDSource.explicit) }
            ?? entity.title.code.map { ($0, IDSource.code) }
            ?? (TitleLine.slug(name), .slug)
        var stakeholder = Stakeholder(id: id, title: name, idSource: idSource, location: entity.location)
        stakeholder.jobTitle = jobTitle
        stakeholder.customFields = body.customFields
        for attribute in body.attributes {
            switch attribute.key {
            case "unit": stakeholder.unit = reference(attribute)
            case "buying-role": stakeholder.buyingRole = enumValue(attribute, .buyingRole, as: BuyingRole.self)
            case "stance": stakeholder.stance = enumValue(attribute, .stance, as: Stance.self)
            case "covered-by": stakeholder.coveredBy = persons(attribute)
            case "last-contact": stakeholder.lastContact = date(attribute)
            case "visibility": stakeholder.visibility = visibility(attribute) ?? stakeholder.visibility
            default: break
            }
        }
        file.stakeholders.append(stakeholder)
    }

    mutating func reportEmptyTitle(_ entity: EntitySource, kind: EntityKind) {
        report(LoweringRules.emptyTitle.diagnostic(
            "this \(kind.noun) has no title and is skipped", at: entity.location,
            fix: FixSuggestion("write the title on the first line of the list item or heading, or delete it")))
    }

    /// The id of an entity and a derived-id warning where a stable id is expected.
    mutating func identify(_ entity: EntitySource, as kind: EntityKind) -> (String, IDSource) {
        let (id, source) = entity.title.id
        if source == .slug, kind.needsStableID {
            report(LoweringRules.derivedID.diagnostic(
                "\(kind.noun) '\(entity.title.title)' has no code or {#id}; its id '\(id)' is derived from the title and changes when the title is edited",
                at: entity.location,
                fix: FixSuggestion("start the title with a code such as '\(kind.codeExample):' or end it with '{#\(id)}'")))
        }
        return (id, source)
    }
}

extension EntityKind {
    var codeExample: String {
        switch self {
        case .goal: "G1"
        case .strategy: "S1.1"
        case .tactic: "T1.1.1"
        case .action: "A1"
        case .item: "I-01"
        default: "X1"
        }
    }
}
