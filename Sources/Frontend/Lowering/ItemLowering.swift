import Diagnostics
import GuideMarkdown
import PlanModel

/// `## Issues and Opportunities`: items under `### Issues` / `### Opportunities`
/// (localized), or anywhere with `Type: issue|opportunity` (spec §5).
extension LoweringContext {
    mutating func lowerItems(_ blocks: ArraySlice<MarkdownNode>) {
        var kind: ItemKind?
        for block in blocks {
            if block.kind == .heading, !isParagraphLike(block) {
                // Another subheading (grouping by unit or theme) leaves the kind open.
                kind = vocabulary.key(block.plainText, in: .subheadings).flatMap { $0 == "issues" ? .issue : $0 == "opportunities" ? .opportunity : nil }
                continue
            }
            if block.kind == .list {
                for item in block.children { lowerItem(item, kind: kind) }
            } else if block.kind == .paragraph {
                checkForTable(block)
            }
        }
    }

    mutating func lowerItem(_ listItem: MarkdownNode, kind: ItemKind?) {
        let entity = entitySource(listItem: listItem)
        let body = readBody(entity, as: .item)
        guard !entity.title.title.isEmpty else {
            reportEmptyTitle(entity, kind: .item)
            return
        }
        let (id, idSource) = identify(entity, as: .item)
        var item = Item(id: id, title: entity.title.title, idSource: idSource, location: entity.location)
        item.kind = kind
        item.customFields = body.customFields
        item.language = file.language
        if let origin = file.origin { item.countries = [origin] }
        for attribute in body.attributes {
            switch attribute.key {
            case "type": item.kind = enumValue(attribute, .itemKind, as: ItemKind.self) ?? item.kind
            case "unit": item.unit = reference(attribute)
            case "themes": item.themes = textList(attribute)
            case "priority": item.priority = enumValue(attribute, .priority, as: Priority.self)
            case "raised-by": item.raisedBy = persons(attribute)
            case "value": item.value = quantity(attribute, keepingTextIn: &item.customFields)
            case "products": item.products = textList(attribute, separators: ValueSeparators.list)
            case "same-as": item.sameAs = references(attribute)
            case "not-same-as": item.notSameAs = references(attribute)
            case "visibility": item.visibility = visibility(attribute) ?? item.visibility
            default: break
            }
        }
        file.items.append(item)
    }
}
