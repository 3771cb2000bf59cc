import Diagnostics
import GuideMarkdown
import PlanModel

/// `## Customer Organization`: a nested list whose nesting is the reporting line; an
/// item titled only `#mobility` hangs its children under a unit defined elsewhere
/// (spec §5).
extension LoweringContext {
    mutating func lowerOrganization(_ blocks: ArraySlice<MarkdownNode>) {
        forEachListItem(in: blocks) { context, item in context.lowerUnit(item, parent: nil, depth: 1) }
    }

    mutating func lowerUnit(_ item: MarkdownNode, parent: Reference?, depth: Int) {
        // The depth walk has already reported the nesting; just stop reading.
        guard depth <= LoweringLimits.maximumDepth else { return }
        let entity = entitySource(listItem: item)
        // Every non-attribute item nested under a unit is a unit.
        let body = readBody(entity, as: .unit) { _ in true }

        let this: Reference
        if let target = entity.title.referenceTarget {
            this = Reference(id: target, location: entity.location)
            file.unitReferences.append(OrgUnitReference(target: this, parent: parent))
            for field in body.customFields {
                report(LoweringRules.customField.diagnostic(
                    "'\(field.key)' is ignored: '#\(target)' only refers to a unit defined elsewhere",
                    at: field.location,
                    fix: FixSuggestion("write the attribute where the unit '\(target)' is defined")))
            }
            if let first = body.attributes.first {
                report(LoweringRules.misplacedAttribute.diagnostic(
                    "attributes under '#\(target)' are ignored: it only refers to a unit defined elsewhere",
                    at: first.keyLocation,
                    fix: FixSuggestion("write the attributes where the unit '\(target)' is defined")))
            }
        } else {
            guard !entity.title.title.isEmpty else {
                reportEmptyTitle(entity, kind: .unit)
                return
            }
            let (id, idSource) = identify(entity, as: .unit)
            var unit = OrgUnit(id: id, title: entity.title.title, idSource: idSource, location: entity.location)
            unit.parent = parent
            unit.customFields = body.customFields
            for attribute in body.attributes {
                switch attribute.key {
                case "type": unit.type = enumValue(attribute, .unitType, as: UnitType.self)
                case "country": unit.country = country(attribute)
                case "acquired": unit.acquired = year(attribute)
                case "themes": unit.themes = textList(attribute)
                case "covered-by": unit.coveredBy = persons(attribute)
                case "contacts": unit.contacts = textList(attribute, separators: ValueSeparators.list)
                case "visibility": unit.visibility = visibility(attribute) ?? unit.visibility
                default: break
                }
            }
            file.units.append(unit)
            this = Reference(id: id, location: entity.location)
        }
        for child in body.children {
            lowerUnit(child.item, parent: this, depth: depth + 1)
        }
    }
}
