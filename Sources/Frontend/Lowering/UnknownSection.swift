import Diagnostics
import GuideMarkdown
import Vocabulary

/// A level-2 heading that names no section (spec §3, v1.1): its content is kept as
/// prose. When that content has the shape of entities they are not in the plan, which
/// is a warning naming the section they fit; prose alone is a note.
extension LoweringContext {
    mutating func reportUnknownSection(_ heading: MarkdownNode, name: String, content: SectionShape) {
        let line = heading.start?.line ?? 1
        let at = location(line: line, column: column(of: name, line: line) ?? heading.start?.column ?? 1)
        let qualified = SectionHeading(name)
        let section = sectionSuggestion(for: qualified.name, fitting: content.section)
        let suggestion = section.map { $0 + qualified.qualifier }
        // Only a misspelling is renamed by `apg fix`; a section proposed because the
        // content fits it is the author's call.
        let rename = suggestion.map { renamed in
            section.map { NearMiss.isCertainMisspelling(qualified.name, of: $0) } == true
                ? FixSuggestion.replacing(name, at: at, with: renamed, "rename the heading to '\(renamed)'")
                : FixSuggestion("rename the heading to '\(renamed)'", replacement: renamed)
        }
        let didYouMean = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        guard content.total > 0 else {
            report(LoweringRules.unknownSection.diagnostic(
                "'\(name)' is not a known section and is kept as free prose" + didYouMean,
                at: at,
                fix: rename ?? FixSuggestion("use a known section name, or add this one under 'vocabulary:' in apg.yaml")))
            return
        }
        let count = content.total == 1 ? "its entity" : "its \(content.total) entities"
        report(LoweringRules.unknownSectionEntities.diagnostic(
            "'\(name)' is not a known section, so \(count) (\(content.summary)) \(content.total == 1 ? "is" : "are") ignored" + didYouMean,
            at: at,
            notes: content.first.map { [DiagnosticNote("the first ignored entity is here", at: $0)] } ?? [],
            fix: rename ?? FixSuggestion("rename the heading to the section these entries belong in, or add it under 'vocabulary:' in apg.yaml")))
    }

    /// The section name to propose, in the file's language: the section the content
    /// fits (spelt closest to the heading among that section's words), else the closest
    /// spelling among the file language's section names, else the closest in any
    /// language, named in the file's language when that is known (a German author is
    /// not offered a Spanish word).
    func sectionSuggestion(for name: String, fitting section: String?) -> String? {
        let language = file.language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        func words(for key: String) -> [String] {
            let own = vocabulary.words(for: key, in: .sections, language: language)
            return own.isEmpty ? vocabulary.words(for: key, in: .sections, language: "en") : own
        }
        if let section {
            let candidates = words(for: section)
            return NearMiss.bestMatches(for: name, in: candidates, limit: 1).first ?? candidates.first
        }
        if let own = NearMiss.bestMatches(for: name, in: vocabulary.allWords(in: .sections, language: language), limit: 1).first {
            return own
        }
        guard let any = NearMiss.bestMatches(for: name, in: vocabulary.allWords(in: .sections), limit: 1).first,
              let key = vocabulary.section(any)
        else { return nil }
        return languageIsKnown ? words(for: key).first ?? any : any
    }
}
