import PlanModel

/// A name, code, title or amount a customer edition leaves out, which its free text must
/// therefore not contain either.
public struct LeftOutText: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A stakeholder's or internal member's name, or a handle.
        case person
        /// The code or title of an entity left out.
        case entity
        /// An amount from a value or custom field left out.
        case amount
    }

    /// The text to look for.
    public var text: String
    /// What it is, for the message: "the name of stakeholder 'Dr. Eva Kling'".
    public var what: String
    public var kind: Kind
    /// What it belongs to (`stakeholder:kling`): a text naming one thing in several ways
    /// (name and id) is reported once.
    public var subject: String

    public init(text: String, what: String, kind: Kind, subject: String) {
        self.text = text
        self.what = what
        self.kind = kind
        self.subject = subject
    }

    static func collect(model: AccountModel, shown: ShownEntities, customerFields: Set<String>) -> [LeftOutText] {
        var result: [LeftOutText] = []
        var subject = ""
        func add(_ text: String?, _ what: String, _ kind: Kind) {
            guard let text, !text.isEmpty else { return }
            result.append(LeftOutText(text: text, what: what, kind: kind, subject: subject))
        }
        func entity(_ entity: some Entity, _ noun: String, shown: Set<String>) {
            guard !shown.contains(entity.key) else { return }
            subject = "\(noun):\(entity.key)"
            let name = "\(noun) \(entity.idSource == .code ? entity.id : "'\(entity.title)'")"
            if entity.idSource == .code { add(entity.id, "the code of \(name), which is left out", .entity) }
            add(entity.title, "the title of \(name), which is left out", .entity)
        }
        for member in model.team {
            subject = "member:\(member.key)"
            add("@\(member.handle)", "the handle of team member '\(member.title)'", .person)
            if let email = member.email { add(email, "the e-mail address of team member '\(member.title)'", .person) }
            guard !shown.members.contains(member.key) else { continue }
            add(member.handle, "the handle of internal team member '\(member.title)'", .person)
            for variant in PersonName.variants(of: member.title) {
                add(variant, "the name of internal team member '\(member.title)'", .person)
            }
        }
        for person in model.stakeholders where !shown.stakeholders.contains(person.key) {
            subject = "stakeholder:\(person.key)"
            for variant in PersonName.variants(of: person.title) {
                add(variant, "the name of stakeholder '\(person.title)' (not marked 'Visibility: customer')", .person)
            }
            if person.idSource != .slug { add(person.id, "the id of stakeholder '\(person.title)'", .person) }
        }
        for unit in model.units { entity(unit, "unit", shown: shown.units) }
        for item in model.items { entity(item, item.kind == .opportunity ? "opportunity" : "issue", shown: shown.items) }
        for goal in model.goals { entity(goal, "goal", shown: shown.goals) }
        for strategy in model.strategies { entity(strategy, "\(strategy.status?.rawValue ?? "proposed") strategy", shown: shown.strategies) }
        for tactic in model.tactics { entity(tactic, "tactic", shown: shown.tactics) }
        for action in model.actions { entity(action, "action", shown: shown.actions) }

        for item in model.items {
            guard let value = item.value else { continue }
            subject = "value:\(item.key)"
            for variant in Self.amountVariants(value.text) {
                add(variant, "the value of \(item.idSource == .code ? item.id : "'\(item.title)'")", .amount)
            }
        }
        func customAmounts(_ entity: some Entity) {
            for field in entity.customFields where !customerFields.contains(field.key.lowercased()) {
                subject = "field:\(entity.key):\(field.key.lowercased())"
                guard field.value.contains(where: \.isNumber) else { continue }
                for variant in Self.amountVariants(field.value) {
                    add(variant, "the '\(field.key)' of \(entity.idSource == .code ? entity.id : "'\(entity.title)'"), a field not listed in customer-fields", .amount)
                }
            }
        }
        model.team.forEach(customAmounts)
        model.units.forEach(customAmounts)
        model.stakeholders.forEach(customAmounts)
        model.items.forEach(customAmounts)
        model.goals.forEach(customAmounts)
        model.strategies.forEach(customAmounts)
        model.tactics.forEach(customAmounts)
        model.actions.forEach(customAmounts)
        return result
    }

    /// An amount as written (`EUR 2,5 Mio`) and, when a currency leads it, without the
    /// currency (`2,5 Mio`), as long as what remains is more than a bare number.
    static func amountVariants(_ text: String) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > 1, let first = words.first, !first.contains(where: \.isNumber) else { return [text] }
        let rest = words.dropFirst()
        let isBareNumber = rest.count == 1 && rest.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } }
        return isBareNumber ? [text] : [text, rest.joined(separator: " ")]
    }
}

/// The ways free text names a person: the full name, and for names in Latin script the
/// first and last word and the surname alone (`Dr. Eva Kling`: `Eva Kling`, `Kling`).
enum PersonName {
    static func variants(of name: String) -> [String] {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.hasSuffix(".") }
        var result = [name]
        guard words.count >= 2, let first = words.first, let last = words.last,
              last.unicodeScalars.allSatisfy({ !TextTokens.isIdeographic($0) }) else { return result }
        if words.count > 2 || words.count != name.split(whereSeparator: \.isWhitespace).count { result.append("\(first) \(last)") }
        if last.count >= 3 { result.append(last) }
        return result
    }
}
