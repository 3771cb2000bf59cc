import Diagnostics
import PlanModel
import Yams

/// Reads and checks the keys of a guide's front matter (spec §2).
struct FrontMatterReader {
    let yaml: YAMLSource

    static let knownKeys = ["account", "country", "region", "language", "updated", "authors"]

    func read(_ root: Node?, diagnostics: inout [Diagnostic]) -> FrontMatter {
        var frontMatter = FrontMatter()
        guard let root, !root.isNull else {
            diagnostics.append(FrontMatterRules.missingAccount.diagnostic(
                "front matter is empty; 'account' is required", at: yaml.location(nil),
                fix: FixSuggestion("add 'account: <customer name>' to the front matter")))
            return frontMatter
        }
        guard let mapping = root.mapping else {
            diagnostics.append(FrontMatterRules.notAMapping.diagnostic(
                "front matter is \(root.kindName), not 'key: value' lines", at: yaml.location(of: root),
                fix: FixSuggestion("write the front matter as keys, such as 'account: <customer name>' and 'country: DE'")))
            return frontMatter
        }
        for (keyNode, value) in mapping {
            let keyText = keyNode.scalarText ?? ""
            let key = keyText.lowercased()
            let location = yaml.location(of: keyNode)
            guard Self.knownKeys.contains(key) else {
                let suggestions = NearMiss.bestMatches(for: keyText, in: Self.knownKeys)
                diagnostics.append(FrontMatterRules.unknownKey.diagnostic(
                    "unknown front matter key '\(keyText)'" + Self.didYouMean(suggestions), at: location,
                    fix: suggestions.first.map { FixSuggestion("rename it to '\($0)'", replacement: $0) }
                        ?? FixSuggestion("delete it; known keys are \(Self.knownKeys.joined(separator: ", "))")))
                continue
            }
            frontMatter.keyLocations[key] = location
            switch key {
            case "account": frontMatter.account = readAccount(value, diagnostics: &diagnostics)
            case "country": frontMatter.country = readCountry(value, diagnostics: &diagnostics)
            case "region": frontMatter.region = text(value, key: "region", diagnostics: &diagnostics)
            case "language": frontMatter.language = readLanguage(value, diagnostics: &diagnostics)
            case "updated": frontMatter.updated = readDate(value, key: "updated", yaml: yaml, diagnostics: &diagnostics)
            default: frontMatter.authors = readAuthors(value, diagnostics: &diagnostics)
            }
        }
        if frontMatter.account == nil, frontMatter.keyLocations["account"] == nil {
            diagnostics.append(FrontMatterRules.missingAccount.diagnostic(
                "front matter has no 'account'", at: yaml.location(nil),
                fix: FixSuggestion("add 'account: <customer name>', the same name in every file of the workspace")))
        }
        if let country = frontMatter.keyLocations["country"], frontMatter.country != nil, frontMatter.region != nil {
            diagnostics.append(FrontMatterRules.countryAndRegion.diagnostic(
                "guide names both country '\(frontMatter.country ?? "")' and region '\(frontMatter.region ?? "")'; it counts as the country's",
                at: country,
                notes: frontMatter.keyLocations["region"].map { [DiagnosticNote("region set here", at: $0)] } ?? [],
                fix: FixSuggestion("keep only 'country' for a country team's guide, or only 'region' for a regional guide")))
        }
        return frontMatter
    }

    static func didYouMean(_ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "" }
        return "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    // MARK: Keys

    private func text(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> String? {
        if node.isNull { return nil }
        guard let text = node.scalarText?.trimmingWhitespace() else {
            diagnostics.append(FrontMatterRules.wrongType.diagnostic(
                "'\(key)' must be text, not \(node.kindName)", at: yaml.location(of: node),
                fix: FixSuggestion("write a single value: '\(key): <text>'")))
            return nil
        }
        return text.isEmpty ? nil : text
    }

    private func readAccount(_ node: Node, diagnostics: inout [Diagnostic]) -> String? {
        let account = text(node, key: "account", diagnostics: &diagnostics)
        if account == nil, node.isNull {
            diagnostics.append(FrontMatterRules.missingAccount.diagnostic(
                "'account' is empty", at: yaml.location(of: node),
                fix: FixSuggestion("write the customer account's name after 'account:'")))
        }
        return account
    }

    private func readCountry(_ node: Node, diagnostics: inout [Diagnostic]) -> String? {
        guard let written = text(node, key: "country", diagnostics: &diagnostics) else { return nil }
        let code = written.uppercased()
        if CountryCodes.assigned.contains(code) { return code }
        let suggestions = CountryCodes.suggestions(for: written)
        diagnostics.append(FrontMatterRules.invalidCountry.diagnostic(
            "'\(written)' is not an ISO 3166-1 alpha-2 country code" + Self.didYouMean(suggestions),
            at: yaml.location(of: node),
            fix: suggestions.first.map { FixSuggestion("write 'country: \($0)'", replacement: $0) }
                ?? FixSuggestion("write the two-letter code (DE, FR, CN, US, …), or use 'region:' for a group of countries")))
        return nil
    }

    private func readLanguage(_ node: Node, diagnostics: inout [Diagnostic]) -> String? {
        guard let written = text(node, key: "language", diagnostics: &diagnostics) else { return nil }
        switch LanguageTag.parse(written) {
        case .success: return written
        case .failure(let problem):
            let message: String
            var suggestions: [String] = []
            switch problem {
            case .malformed(let suggestion):
                suggestions = suggestion.map { [$0] } ?? []
                message = "'\(written)' is not a BCP 47 language tag"
            case .unknownLanguage(let code, let near):
                suggestions = near
                message = "'\(code)' in '\(written)' is not an ISO 639-1 language code"
            case .unknownRegion(let code, let near):
                suggestions = near
                message = "'\(code)' in '\(written)' is not an ISO 3166-1 region code"
            }
            diagnostics.append(FrontMatterRules.invalidLanguage.diagnostic(
                message + Self.didYouMean(suggestions), at: yaml.location(of: node),
                fix: FixSuggestion("write a tag such as 'de', 'fr-CA' or 'zh-Hans-CN'")))
            return nil
        }
    }

    private func readAuthors(_ node: Node, diagnostics: inout [Diagnostic]) -> [PersonRef] {
        if node.isNull { return [] }
        let entries: [Node]
        switch node {
        case .sequence(let sequence): entries = Array(sequence)
        case .scalar: entries = [node]
        default:
            diagnostics.append(FrontMatterRules.wrongType.diagnostic(
                "'authors' must be a list of handles, not \(node.kindName)", at: yaml.location(of: node),
                fix: FixSuggestion("write 'authors: [kbauer, \"@hweiss\"]'")))
            return []
        }
        var authors: [PersonRef] = []
        for entry in entries {
            let location = yaml.location(of: entry)
            guard let written = entry.scalarText?.trimmingWhitespace() else {
                diagnostics.append(FrontMatterRules.invalidAuthor.diagnostic(
                    "an author must be a handle, not \(entry.kindName)", at: location,
                    fix: FixSuggestion("write the member's handle, such as kbauer")))
                continue
            }
            let handle = written.hasPrefix("@") ? String(written.dropFirst()) : written
            guard Handle.isValid(handle) else {
                diagnostics.append(FrontMatterRules.invalidAuthor.diagnostic(
                    "'\(written)' is not a handle", at: location,
                    fix: FixSuggestion("write the team member's handle: letters, digits, '.', '_' or '-', such as kbauer")))
                continue
            }
            authors.append(PersonRef(handle: handle, location: location))
        }
        return authors
    }
}

/// Reads a date scalar, with the `PlanDate.parse` explanations.
func readDate(_ node: Node, key: String, yaml: YAMLSource, diagnostics: inout [Diagnostic]) -> PlanDate? {
    if node.isNull { return nil }
    let location = yaml.location(of: node)
    guard let written = node.scalarText else {
        diagnostics.append(FrontMatterRules.wrongType.diagnostic(
            "'\(key)' must be a date, not \(node.kindName)", at: location,
            fix: FixSuggestion("write a date as YYYY-MM-DD")))
        return nil
    }
    switch PlanDate.parse(written) {
    case .success(let date): return date
    case .failure(.nonISO(let suggestion)):
        diagnostics.append(FrontMatterRules.invalidDate.diagnostic(
            "'\(written)' in '\(key)' is not an ISO date", at: location,
            fix: FixSuggestion("write '\(suggestion)'", replacement: suggestion)))
    case .failure(.ambiguous):
        diagnostics.append(FrontMatterRules.invalidDate.diagnostic(
            "'\(written)' in '\(key)' is ambiguous: day and month cannot be told apart", at: location,
            fix: FixSuggestion("write the date as YYYY-MM-DD")))
    case .failure(.invalid):
        diagnostics.append(FrontMatterRules.invalidDate.diagnostic(
            "'\(written)' in '\(key)' is not a day of the calendar", at: location,
            fix: FixSuggestion("correct the date; write it as YYYY-MM-DD")))
    case .failure(.notADate):
        diagnostics.append(FrontMatterRules.invalidDate.diagnostic(
            "'\(written)' in '\(key)' is not a date", at: location,
            fix: FixSuggestion("write a date as YYYY-MM-DD, YYYY-MM or YYYY-Qn")))
    }
    return nil
}

/// Member handles (`@kbauer`): what may follow the `@`.
enum Handle {
    static func isValid(_ handle: String) -> Bool {
        guard let first = handle.unicodeScalars.first, handle.unicodeScalars.count <= 64,
              first.properties.isAlphabetic || first.properties.numericType == .decimal
        else { return false }
        return handle.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType == .decimal || $0 == "." || $0 == "_" || $0 == "-"
        }
    }
}
