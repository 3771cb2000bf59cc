import Diagnostics
import PlanModel

/// One piece of free text a customer edition shows, with where it was written.
struct CustomerText {
    var text: String
    var location: SourceLocation?
    /// "the title of action DE-A1", for messages.
    var place: String

    /// Every free text in a customer edition's model (its titles, names, themes,
    /// milestones, metrics and kept custom fields).
    static func collect(_ model: AccountModel) -> [CustomerText] {
        var texts: [CustomerText] = []
        func name(_ entity: some Entity, _ noun: String) -> String {
            "\(noun) \(entity.idSource == .code ? entity.id : "'\(entity.title)'")"
        }
        func add(_ text: String?, _ location: SourceLocation?, _ place: @autoclosure () -> String) {
            guard let text, !text.isEmpty else { return }
            texts.append(CustomerText(text: text, location: location, place: place()))
        }
        func common(_ entity: some Entity, _ noun: String) {
            add(entity.title, entity.location, "the title of \(name(entity, noun))")
            for field in entity.customFields { add(field.value, field.location, "the '\(field.key)' of \(name(entity, noun))") }
        }
        add(model.account, nil, "the account name")
        if let vision = model.vision { add(vision.markdown, vision.location, "the vision") }
        for member in model.team {
            add(member.function, member.location, "the function of team member '\(member.title)'")
            for field in member.customFields { add(field.value, field.location, "the '\(field.key)' of team member '\(member.title)'") }
        }
        for unit in model.units {
            common(unit, "unit")
            for theme in unit.themes { add(theme, unit.location, "a key theme of \(name(unit, "unit"))") }
        }
        for person in model.stakeholders {
            add(person.jobTitle, person.location, "the job title of stakeholder '\(person.title)'")
            for field in person.customFields { add(field.value, field.location, "the '\(field.key)' of stakeholder '\(person.title)'") }
        }
        for item in model.items {
            common(item, item.kind == .opportunity ? "opportunity" : "issue")
            for theme in item.themes { add(theme, item.location, "a theme of \(name(item, "item"))") }
            for product in item.products { add(product, item.location, "a product of \(name(item, "item"))") }
        }
        for goal in model.goals {
            common(goal, "goal")
            add(goal.metric, goal.location, "the metric of \(name(goal, "goal"))")
            add(goal.baseline?.text, goal.location, "the baseline of \(name(goal, "goal"))")
            add(goal.target?.text, goal.location, "the target of \(name(goal, "goal"))")
        }
        for strategy in model.strategies { common(strategy, "strategy") }
        for tactic in model.tactics { common(tactic, "tactic") }
        for action in model.actions {
            common(action, "action")
            for milestone in action.milestones {
                add(milestone.title, milestone.location, "a milestone of \(name(action, "action"))")
            }
        }
        return texts
    }
}
