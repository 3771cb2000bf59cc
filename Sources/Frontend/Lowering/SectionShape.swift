import Diagnostics
import GuideMarkdown

/// What the content of a section with an unknown heading looks like: the entities it
/// would hold under a known heading, and the section that content fits (spec §3, v1.1).
/// A heading that is not recognised keeps its content as prose, so these entities are
/// not in the plan; counting them is what makes the loss visible.
struct SectionShape {
    enum Entity: CaseIterable {
        case goal, strategy, tactic, action, member, unit, stakeholder, item, coded

        var noun: (singular: String, plural: String) {
            switch self {
            case .goal: ("goal", "goals")
            case .strategy: ("strategy", "strategies")
            case .tactic: ("tactic", "tactics")
            case .action: ("action", "actions")
            case .member: ("team member", "team members")
            case .unit: ("organization unit", "organization units")
            case .stakeholder: ("stakeholder", "stakeholders")
            case .item: ("issue or opportunity", "issues or opportunities")
            case .coded: ("entry with a code", "entries with a code")
            }
        }
    }

    /// Section keys in the order that breaks a tie between equal votes.
    static let sectionOrder = ["actions", "goals", "items", "team", "organization", "stakeholders"]

    private(set) var counts: [Entity: Int] = [:]
    private(set) var votes: [String: Int] = [:]
    /// Where the first entity starts.
    private(set) var first: SourceLocation?

    var total: Int { counts.values.reduce(0, +) }

    /// The section whose shape most of the entities have; nil when none has one (only
    /// entries with a code).
    var section: String? {
        var best: (key: String, votes: Int)?
        for key in Self.sectionOrder {
            if let count = votes[key], count > (best?.votes ?? 0) { best = (key, count) }
        }
        return best?.key
    }

    /// "3 actions", "1 goal, 2 strategies and 4 actions".
    var summary: String {
        let parts = Entity.allCases.compactMap { entity -> String? in
            guard let count = counts[entity], count > 0 else { return nil }
            return "\(count) \(count == 1 ? entity.noun.singular : entity.noun.plural)"
        }
        guard let last = parts.last else { return "" }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
    }

    mutating func add(_ entity: Entity, fitting section: String?, at location: SourceLocation) {
        counts[entity, default: 0] += 1
        if let section { votes[section, default: 0] += 1 }
        if first == nil { first = location }
    }
}

extension LoweringContext {
    /// Reads `blocks` for entity shapes without lowering them: checkbox items,
    /// `CODE:` titles, list items with known attribute keys, `###`/`####` headings with
    /// codes. Linear in the size of the section; reports nothing.
    func shape(of blocks: ArraySlice<MarkdownNode>) -> SectionShape {
        var shape = SectionShape()
        // What the last `###` heading opened: a goal or strategy ("goals"), or an
        // Issues or Opportunities subheading ("items").
        var opened: String?
        for (index, block) in zip(blocks.indices, blocks) {
            if block.kind == .heading, !isParagraphLike(block) {
                opened = nil
                let text = block.plainText.split(separator: "\n").first.map(String.init) ?? ""
                if block.headingLevel >= 3, vocabulary.key(text, in: .subheadings) != nil {
                    opened = "items"
                } else if block.headingLevel == 3 || block.headingLevel == 4 {
                    let next = blocks.index(after: index) < blocks.endIndex ? blocks[blocks.index(after: index)] : nil
                    if TitleLine(text).code != nil || next.map(hasPlanAttributes) == true {
                        shape.add(block.headingLevel == 3 ? .goal : .strategy, fitting: "goals", at: location(of: block))
                        opened = "goals"
                    }
                }
                continue
            }
            guard block.kind == .list else { continue }
            for item in block.children { scan(item, opened: opened, depth: 1, into: &shape) }
        }
        return shape
    }

    /// Whether a list right after a `###` heading starts with a goal's or strategy's
    /// attributes (a goal written without a code).
    private func hasPlanAttributes(_ node: MarkdownNode) -> Bool {
        guard node.kind == .list else { return false }
        let planKeys: Set<String> = ["metric", "baseline", "target", "actual", "sponsor", "addresses", "status"]
        return node.children.contains { item in
            let line = firstLine(of: item)
            if case .attribute(let attribute) = classify(line.text, line: line.line), let key = attribute.key {
                return planKeys.contains(key)
            }
            return false
        }
    }

    private func scan(_ item: MarkdownNode, opened: String?, depth: Int, into shape: inout SectionShape) {
        // Deeper lists are not read anywhere (`nesting-too-deep`), nor counted here.
        guard depth <= LoweringLimits.maximumDepth else { return }
        let line = firstLine(of: item)
        switch classify(line.text, line: line.line) {
        case .attribute, .history: return
        case .unknownKey, .plain: break
        }
        let title = TitleLine(line.text)
        let keys = attributeKeys(of: item)
        let at = location(of: item)
        if title.box != nil {
            shape.add(.action, fitting: opened == "goals" ? "goals" : "actions", at: at)
            return
        }
        let handle = PersonParsing.handle(in: title.title)
        if !keys.isDisjoint(with: ["buying-role", "stance", "last-contact"]) {
            shape.add(.stakeholder, fitting: "stakeholders", at: at)
        } else if !keys.isDisjoint(with: ["priority", "raised-by", "value", "products", "same-as", "not-same-as", "unit"]) {
            shape.add(.item, fitting: "items", at: at)
        } else if handle != nil, keys.isSubset(of: ["role", "function", "country", "email", "visibility"]) {
            shape.add(.member, fitting: "team", at: at)
        } else if !keys.isDisjoint(with: ["type", "themes", "acquired", "covered-by", "contacts"]) {
            shape.add(.unit, fitting: "organization", at: at)
            scanChildren(of: item, opened: opened, depth: depth, into: &shape)
        } else if !keys.isDisjoint(with: ["role", "function", "email"]) {
            shape.add(.member, fitting: "team", at: at)
        } else if !keys.isDisjoint(with: ["owner", "due", "milestone", "done", "strategy", "tactic"]) {
            shape.add(.action, fitting: opened == "goals" ? "goals" : "actions", at: at)
        } else if title.code != nil {
            switch opened {
            case "goals":
                shape.add(.tactic, fitting: "goals", at: at)
                scanChildren(of: item, opened: opened, depth: depth, into: &shape)
            case "items":
                shape.add(.item, fitting: "items", at: at)
            default:
                shape.add(.coded, fitting: nil, at: at)
            }
        } else {
            // A plain bullet or a `#unit` reference line: entities may be nested in it.
            scanChildren(of: item, opened: opened, depth: depth, into: &shape)
        }
    }

    private func scanChildren(of item: MarkdownNode, opened: String?, depth: Int, into shape: inout SectionShape) {
        for child in item.children where child.kind == .list {
            for nested in child.children { scan(nested, opened: opened, depth: depth + 1, into: &shape) }
        }
    }

    /// The canonical keys of the attribute lines right under a list item: the other
    /// lines of its first paragraph and the first lines of its nested items.
    private func attributeKeys(of item: MarkdownNode) -> Set<String> {
        var lines: [(text: String, line: Int)] = []
        for (offset, child) in item.children.enumerated() {
            if child.kind == .paragraph, offset == 0 {
                lines += self.lines(of: child).dropFirst()
            } else if child.kind == .list {
                lines += child.children.map { let line = firstLine(of: $0); return (line.text, line.line) }
            }
        }
        var keys: Set<String> = []
        for (text, line) in lines {
            if case .attribute(let attribute) = classify(text, line: line), let key = attribute.key { keys.insert(key) }
        }
        return keys
    }
}
