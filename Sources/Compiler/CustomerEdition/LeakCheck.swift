import Diagnostics
import PlanModel
import Vocabulary

/// The free-text leak check a customer edition must pass before anything is written:
/// its texts must not name what it leaves out (APG350), and should not put a buying-role
/// or stance word next to a person's name (APG351).
///
/// Every phrase to look for goes into one index by its first word, so the texts are read
/// once whatever the number of phrases: linear in the size of the edition.
public struct LeakCheck {
    let edition: CustomerEdition
    let vocabulary: Vocabulary

    public init(_ edition: CustomerEdition, vocabulary: Vocabulary = .bundled) {
        self.edition = edition
        self.vocabulary = vocabulary
    }

    /// The leaks, each naming `outputs` (the files the command would write) as where it
    /// would end up.
    public func diagnostics(outputs: [String]) -> [Diagnostic] {
        var leaks = PhraseIndex<LeftOutText>()
        for needle in edition.leftOut { leaks.add(needle.text, needle) }
        var assessments = PhraseIndex<String>()
        for category in [VocabularyCategory.buyingRole, .stance] {
            for word in vocabulary.allWords(in: category) { assessments.add(word, word) }
        }
        for word in BuyingRole.allCases.map(\.rawValue) + Stance.allCases.map(\.rawValue) { assessments.add(word, word) }
        var people = PhraseIndex<String>()
        let model = edition.compilation.model
        for person in model.stakeholders.map(\.title) + model.team.map(\.title) {
            for variant in PersonName.variants(of: person) { people.add(variant, person) }
        }

        let into = outputs.joined(separator: ", ")
        // APG351 follows `rules:` in apg.yaml; APG350 follows nothing (`RuleDescriptor.severityIsFixed`).
        let setting = edition.compilation.workspace.config.rules.first { CustomerEditionRules.assessment.id.isNamed($0.key) }?.value
        let assessmentSeverity = setting.map(\.severity) ?? CustomerEditionRules.assessment.defaultSeverity
        var diagnostics: [Diagnostic] = []
        for text in CustomerText.collect(model) {
            var reported: Set<String> = []
            for line in text.text.split(whereSeparator: \.isNewline) {
                let tokens = TextTokens.tokens(String(line))
                for leak in leaks.matches(in: tokens) where reported.insert(leak.subject).inserted {
                    diagnostics.append(CustomerEditionRules.leak.diagnostic(
                        "\(text.place) contains '\(leak.text)', \(leak.what): it would leak into the customer edition (\(into))",
                        at: text.location,
                        fix: FixSuggestion(leak.kind == .amount
                            ? "take the amount out of the text"
                            : "reword the text, or mark what it names 'Visibility: customer' if the customer may see it")
                    ))
                }
                let named = people.matches(in: tokens)
                if let severity = assessmentSeverity, let person = named.first, let word = assessments.matches(in: tokens).first,
                   reported.insert("assessment \(person)").inserted {
                    var diagnostic = CustomerEditionRules.assessment.diagnostic(
                        "\(text.place) puts '\(word)' next to '\(person)': the customer edition (\(into)) would show the team's view of a person",
                        at: text.location,
                        fix: FixSuggestion("reword the text without the buying-role or stance word")
                    )
                    diagnostic.severity = severity
                    diagnostics.append(diagnostic)
                }
            }
        }
        return diagnostics
    }
}
