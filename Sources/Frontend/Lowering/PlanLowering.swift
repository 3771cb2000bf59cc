import Diagnostics
import GuideMarkdown
import PlanModel

/// `## Goals`: `###` goals, `####` strategies under them; under a strategy a list item
/// without a box is a tactic and one with a box an action, directly under the strategy
/// or nested under a tactic (spec §5).
extension LoweringContext {
    mutating func lowerGoals(_ blocks: ArraySlice<MarkdownNode>) {
        var goal: Reference?
        var index = blocks.startIndex
        while index < blocks.endIndex {
            let block = blocks[index]
            let level = entityHeadingLevel(block)
            guard level == 3 || level == 4 else {
                if block.kind == .heading, level > 4 {
                    report(LoweringRules.unexpectedEntity.diagnostic(
                        "'\(block.plainText)' is a level-\(level) heading, which Goals does not use; it is ignored",
                        at: location(of: block),
                        fix: FixSuggestion("a goal is a '###' heading and a strategy a '####' heading under it; tactics and actions are list items under a strategy")))
                } else if block.kind == .list {
                    reportStrayList(block, hint: "a goal is a '###' heading and a strategy a '####' heading under it")
                } else if block.kind == .paragraph {
                    checkForTable(block)
                }
                index += 1
                continue
            }
            var end = blocks.index(after: index)
            while end < blocks.endIndex, entityHeadingLevel(blocks[end]) == 0 { end += 1 }
            let body = blocks[blocks.index(after: index)..<end]
            if level == 3 {
                goal = lowerGoal(heading: block, blocks: body)
            } else {
                lowerStrategy(heading: block, blocks: body, goal: goal)
            }
            index = end
        }
    }

    /// 3 for a goal heading, 4 for a strategy, 5 or 6 for other headings that end a
    /// body, 0 for anything else.
    func entityHeadingLevel(_ node: MarkdownNode) -> Int {
        guard node.kind == .heading, !isParagraphLike(node) else { return 0 }
        return node.headingLevel
    }

    mutating func reportStrayList(_ list: MarkdownNode, hint: String) {
        for item in list.children {
            let text = firstLine(of: item).text
            report(LoweringRules.unexpectedEntity.diagnostic(
                "\(LoweringContext.describe(text)) is not under a goal or strategy and is ignored",
                at: location(of: item),
                fix: FixSuggestion(hint)))
        }
    }

    mutating func lowerGoal(heading: MarkdownNode, blocks: ArraySlice<MarkdownNode>) -> Reference? {
        let entity = entitySource(heading: heading, blocks: blocks)
        let body = readBody(entity, as: .goal)
        guard !entity.title.title.isEmpty else {
            reportEmptyTitle(entity, kind: .goal)
            return nil
        }
        let (id, idSource) = identify(entity, as: .goal)
        var goal = Goal(id: id, title: entity.title.title, idSource: idSource, location: entity.location)
        goal.customFields = body.customFields
        goal.history = body.history
        for attribute in body.attributes {
            switch attribute.key {
            case "metric": goal.metric = attribute.value
            case "baseline": goal.baseline = quantity(attribute, keepingTextIn: &goal.customFields)
            case "target": goal.target = quantity(attribute, keepingTextIn: &goal.customFields)
            case "actual": goal.current = quantity(attribute, keepingTextIn: &goal.customFields)
            case "due": goal.due = date(attribute)
            case "sponsor": goal.sponsors = persons(attribute)
            case "visibility": goal.visibility = visibility(attribute) ?? goal.visibility
            default: break
            }
        }
        file.goals.append(goal)
        return Reference(id: id, location: entity.location)
    }

    mutating func lowerStrategy(heading: MarkdownNode, blocks: ArraySlice<MarkdownNode>, goal: Reference?) {
        let entity = entitySource(heading: heading, blocks: blocks)
        let body = readBody(entity, as: .strategy) { _ in true }
        guard !entity.title.title.isEmpty else {
            reportEmptyTitle(entity, kind: .strategy)
            return
        }
        let (id, idSource) = identify(entity, as: .strategy)
        var strategy = Strategy(id: id, title: entity.title.title, idSource: idSource, location: entity.location)
        strategy.goal = goal.map { Reference(id: $0.id, location: entity.location) }
        if goal == nil {
            report(LoweringRules.unexpectedEntity.diagnostic(
                "strategy '\(id)' stands before any goal, so it belongs to none",
                at: entity.location,
                fix: FixSuggestion("move it under the '###' heading of the goal it serves")))
        }
        strategy.customFields = body.customFields
        strategy.history = body.history
        for attribute in body.attributes {
            switch attribute.key {
            case "status": strategy.status = enumValue(attribute, .strategyStatus, as: StrategyStatus.self)
            case "addresses": strategy.addresses = references(attribute)
            case "unit": strategy.units = references(attribute)
            case "owner": strategy.owners = persons(attribute)
            case "visibility": strategy.visibility = visibility(attribute) ?? strategy.visibility
            default: break
            }
        }
        file.strategies.append(strategy)
        let parent = Reference(id: id, location: entity.location)
        for child in body.children {
            if child.title.box != nil {
                lowerAction(child.item, strategy: parent, tactic: nil)
            } else {
                lowerTactic(child.item, strategy: parent)
            }
        }
    }

    mutating func lowerTactic(_ item: MarkdownNode, strategy: Reference) {
        let entity = entitySource(listItem: item)
        let body = readBody(entity, as: .tactic) { $0.box != nil }
        guard !entity.title.title.isEmpty else {
            reportEmptyTitle(entity, kind: .tactic)
            return
        }
        let (id, idSource) = identify(entity, as: .tactic)
        var tactic = Tactic(id: id, title: entity.title.title, idSource: idSource, location: entity.location)
        tactic.strategy = Reference(id: strategy.id, location: entity.location)
        tactic.customFields = body.customFields
        tactic.history = body.history
        for attribute in body.attributes {
            switch attribute.key {
            case "owner": tactic.owners = persons(attribute)
            case "visibility": tactic.visibility = visibility(attribute) ?? tactic.visibility
            default: break
            }
        }
        file.tactics.append(tactic)
        let parent = Reference(id: id, location: entity.location)
        for child in body.children {
            lowerAction(child.item, strategy: strategy, tactic: parent)
        }
    }

    /// An action under a strategy or tactic, or (with both nil) a flat action that names
    /// its parent with `Strategy:` or `Tactic:`.
    mutating func lowerAction(_ item: MarkdownNode, strategy: Reference?, tactic: Reference?) {
        let entity = entitySource(listItem: item)
        let body = readBody(entity, as: .action)
        guard !entity.title.title.isEmpty else {
            reportEmptyTitle(entity, kind: .action)
            return
        }
        let (id, idSource) = identify(entity, as: .action)
        var action = ActionItem(id: id, title: entity.title.title, idSource: idSource, location: entity.location)
        action.checked = entity.title.box == .checked
        // The box opens the item's text: where `apg fix` ticks or clears it.
        if entity.title.box != nil, let text = item.firstChild { action.attributeLocations["box"] = location(of: text) }
        action.strategy = strategy.map { Reference(id: $0.id, location: entity.location) }
        action.tactic = tactic.map { Reference(id: $0.id, location: entity.location) }
        action.customFields = body.customFields
        action.history = body.history
        for attribute in body.attributes {
            guard let key = attribute.key else { continue }
            if action.attributeLocations[key] == nil { action.attributeLocations[key] = attribute.keyLocation }
            switch key {
            case "owner": action.owners = persons(attribute)
            case "due": action.due = date(attribute)
            case "milestone": if let milestone = milestone(attribute) { action.milestones.append(milestone) }
            case "metric": action.metric = attribute.value
            case "target": action.target = quantity(attribute, keepingTextIn: &action.customFields)
            case "actual": action.actual = quantity(attribute, keepingTextIn: &action.customFields)
            case "status": action.status = enumValue(attribute, .actionStatus, as: ActionStatus.self)
            case "done": action.done = date(attribute)
            case "strategy": action.strategy = reference(attribute)
            case "tactic": action.tactic = reference(attribute)
            case "visibility": action.visibility = visibility(attribute) ?? action.visibility
            default: break
            }
        }
        file.actions.append(action)
    }
}
