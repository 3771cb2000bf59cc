import Diagnostics
import PlanModel
import Vocabulary
import Yams

/// Reads `apg.yaml` (spec §8). Every problem is a diagnostic in `apg.yaml`; what cannot
/// be read keeps its default.
public struct WorkspaceConfigParser {
    public static let knownKeys = ["account", "horizon", "review", "limits", "rules", "fields", "customer-fields", "vocabulary", "ignore", "synthesis", "concepts", "workshop", "docs-url"]

    public init() {}

    public func parse(text: String, path: String = "apg.yaml") -> (config: WorkspaceConfig, diagnostics: [Diagnostic]) {
        var config = WorkspaceConfig()
        var diagnostics: [Diagnostic] = []
        let yaml = YAMLSource(file: SourceText(path: path, text: text), lineOffset: 0)
        guard let root = yaml.compose(text, diagnostics: &diagnostics), !root.isNull else { return (config, diagnostics) }
        guard let mapping = root.mapping else {
            diagnostics.append(FrontMatterRules.notAMapping.diagnostic(
                "apg.yaml is \(root.kindName), not 'key: value' settings", at: yaml.location(of: root),
                fix: FixSuggestion("write settings as keys, such as 'account: <customer name>'")))
            return (config, diagnostics)
        }
        var reader = Reader(yaml: yaml)
        for (keyNode, value) in mapping {
            let key = keyNode.scalarText ?? ""
            let location = yaml.location(of: keyNode)
            guard Self.knownKeys.contains(key) else {
                reader.unknownKey(key, at: location, known: Self.knownKeys, in: "apg.yaml")
                continue
            }
            config.keyLocations[key] = location
            switch key {
            case "account": config.account = reader.text(value, key: key)
            case "horizon": config.horizon = reader.horizon(value, at: location)
            case "review": if let days = reader.review(value) { config.reviewCadenceDays = days }
            case "limits":
                let limits = reader.limits(value)
                if let team = limits.team { config.teamLimit = team }
                if let items = limits.items { config.itemLimit = items }
            case "rules":
                config.rules = reader.rules(value)
                // Each entry's own line, so an unknown rule name is reported where it is written.
                for (name, entryLocation) in reader.ruleLocations { config.keyLocations["rules.\(name)"] = entryLocation }
            case "fields": config.fields = reader.list(value, key: key)
            case "customer-fields": config.customerFields = reader.list(value, key: key)
            case "vocabulary": config.vocabulary = reader.vocabulary(value)
            case "ignore": config.ignore = reader.list(value, key: key)
            case "concepts": config.concepts = reader.concepts(value)
            case "workshop": config.workshop = reader.workshop(value)
            case "docs-url": config.docsURL = reader.text(value, key: key).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            default: config.synthesis = reader.synthesis(value)
            }
        }
        diagnostics += reader.diagnostics
        return (config, diagnostics)
    }

    /// Reading helpers that collect their diagnostics.
    struct Reader {
        let yaml: YAMLSource
        var diagnostics: [Diagnostic] = []
        /// Where each entry of `rules:` is written, by the name as written.
        var ruleLocations: [String: SourceLocation] = [:]

        init(yaml: YAMLSource) { self.yaml = yaml }

        mutating func unknownKey(_ key: String, at location: SourceLocation, known: [String], in context: String) {
            let suggestions = NearMiss.bestMatches(for: key, in: known)
            diagnostics.append(FrontMatterRules.unknownKey.diagnostic(
                "unknown key '\(key)' in \(context)" + FrontMatterReader.didYouMean(suggestions), at: location,
                fix: suggestions.first.map { FixSuggestion("rename it to '\($0)'", replacement: $0) }
                    ?? FixSuggestion("delete it; known keys are \(known.joined(separator: ", "))")))
        }

        mutating func wrongType(_ message: String, _ node: Node, fix: String) {
            diagnostics.append(FrontMatterRules.wrongType.diagnostic(message, at: yaml.location(of: node), fix: FixSuggestion(fix)))
        }

        mutating func mapping(_ node: Node, key: String, example: String) -> Node.Mapping? {
            if node.isNull { return nil }
            guard let mapping = node.mapping else {
                diagnostics.append(FrontMatterRules.notAMapping.diagnostic(
                    "'\(key)' must be a mapping, not \(node.kindName)", at: yaml.location(of: node),
                    fix: FixSuggestion("write '\(key): \(example)'")))
                return nil
            }
            return mapping
        }

        mutating func text(_ node: Node, key: String) -> String? {
            if node.isNull { return nil }
            guard let text = node.scalarText?.trimmingWhitespace() else {
                wrongType("'\(key)' must be text, not \(node.kindName)", node, fix: "write a single value: '\(key): <text>'")
                return nil
            }
            return text.isEmpty ? nil : text
        }

        mutating func list(_ node: Node, key: String) -> [String] {
            if node.isNull { return [] }
            if node.scalarText != nil { return [text(node, key: key)].compactMap { $0 } }
            guard case .sequence(let sequence) = node else {
                wrongType("'\(key)' must be a list, not \(node.kindName)", node, fix: "write '\(key): [first, second]'")
                return []
            }
            return sequence.compactMap { text($0, key: key) }
        }

        mutating func horizon(_ node: Node, at keyLocation: SourceLocation) -> WorkspaceConfig.Horizon? {
            guard let mapping = mapping(node, key: "horizon", example: "{ start: 2027-01-01, end: 2028-12-31 }") else { return nil }
            var start: PlanDate?
            var end: PlanDate?
            var sawStart = false, sawEnd = false
            for (keyNode, value) in mapping {
                let key = keyNode.scalarText ?? ""
                switch key {
                case "start": sawStart = true; start = readDate(value, key: "horizon.start", yaml: yaml, diagnostics: &diagnostics)
                case "end": sawEnd = true; end = readDate(value, key: "horizon.end", yaml: yaml, diagnostics: &diagnostics)
                default: unknownKey(key, at: yaml.location(of: keyNode), known: ["start", "end"], in: "'horizon'")
                }
            }
            guard let start, let end else {
                if !sawStart || !sawEnd {
                    diagnostics.append(FrontMatterRules.invalidHorizon.diagnostic(
                        "'horizon' needs both 'start' and 'end'", at: keyLocation,
                        fix: FixSuggestion("write 'horizon: { start: 2027-01-01, end: 2028-12-31 }'")))
                }
                return nil
            }
            guard start <= end else {
                diagnostics.append(FrontMatterRules.invalidHorizon.diagnostic(
                    "horizon ends (\(end.iso)) before it starts (\(start.iso))", at: keyLocation,
                    fix: FixSuggestion("swap the dates: start \(end.iso), end \(start.iso)")))
                return nil
            }
            return WorkspaceConfig.Horizon(start: start, end: end)
        }

        /// `workshop: { date, venue, agenda: [{ time, topic, owner }] }` (spec §8).
        mutating func workshop(_ node: Node) -> WorkspaceConfig.Workshop? {
            let example = "{ date: 2027-02-10, venue: Stuttgart, agenda: [{ time: \"09:00\", topic: Goals, owner: kbauer }] }"
            guard let mapping = mapping(node, key: "workshop", example: example) else { return nil }
            var workshop = WorkspaceConfig.Workshop()
            for (keyNode, value) in mapping {
                let key = keyNode.scalarText ?? ""
                switch key {
                case "date": workshop.date = readDate(value, key: "workshop.date", yaml: yaml, diagnostics: &diagnostics)
                case "venue": workshop.venue = text(value, key: "workshop.venue")
                case "agenda":
                    if value.isNull { continue }
                    guard case .sequence(let slots) = value else {
                        wrongType("'workshop.agenda' must be a list, not \(value.kindName)", value,
                                  fix: "write one '- { time: \"09:00\", topic: …, owner: … }' line per agenda point")
                        continue
                    }
                    workshop.agenda = []
                    for slot in slots {
                        if let read = agendaSlot(slot) { workshop.agenda.append(read) }
                    }
                default: unknownKey(key, at: yaml.location(of: keyNode), known: ["date", "venue", "agenda"], in: "'workshop'")
                }
            }
            return workshop
        }

        private mutating func agendaSlot(_ node: Node) -> WorkspaceConfig.Workshop.Slot? {
            guard let mapping = mapping(node, key: "workshop.agenda[]", example: "{ time: \"09:00\", topic: Stretch vision, owner: kbauer }") else { return nil }
            var time = "", topic = "", owner: String?
            var location = yaml.location(of: node)
            for (keyNode, value) in mapping {
                let key = keyNode.scalarText ?? ""
                switch key {
                case "time": time = text(value, key: "time") ?? ""
                case "topic": topic = text(value, key: "topic") ?? ""
                case "owner":
                    // `owner: kbauer` or `owner: "@kbauer"` (a bare `@` cannot start YAML).
                    owner = text(value, key: "owner").map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
                    location = yaml.location(of: value)
                default: unknownKey(key, at: yaml.location(of: keyNode), known: ["time", "topic", "owner"], in: "an agenda point")
                }
            }
            guard !topic.isEmpty else {
                wrongType("an agenda point needs a 'topic'", node, fix: "write '{ time: \"09:00\", topic: <what is worked on>, owner: <handle> }'")
                return nil
            }
            return WorkspaceConfig.Workshop.Slot(time: time, topic: topic, owner: owner, location: location)
        }

        /// `review: { cadence: 30d }`; units `d` (days), `w` (weeks), `m` (months of 30
        /// days); a bare number means days.
        mutating func review(_ node: Node) -> Int? {
            guard let mapping = mapping(node, key: "review", example: "{ cadence: 30d }") else { return nil }
            var days: Int?
            for (keyNode, value) in mapping {
                let key = keyNode.scalarText ?? ""
                guard key == "cadence" else {
                    unknownKey(key, at: yaml.location(of: keyNode), known: ["cadence"], in: "'review'")
                    continue
                }
                guard let written = value.scalarText?.trimmingWhitespace(), let parsed = Self.cadenceDays(written) else {
                    wrongType("review cadence '\(value.scalarText ?? value.kindName)' is not a duration", value,
                              fix: "write a positive number of days, weeks or months: '30d', '4w' or '1m' (a month counts 30 days)")
                    continue
                }
                days = parsed
            }
            return days
        }

        static func cadenceDays(_ text: String) -> Int? {
            let lowered = text.lowercased()
            let factor: Int
            var digits = Substring(lowered)
            switch lowered.last {
            case "d": factor = 1; digits = digits.dropLast()
            case "w": factor = 7; digits = digits.dropLast()
            case "m": factor = 30; digits = digits.dropLast()
            default: factor = 1
            }
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(digits), number > 0
            else { return nil }
            return number * factor
        }

        mutating func limits(_ node: Node) -> (team: Int?, items: Int?) {
            guard let mapping = mapping(node, key: "limits", example: "{ team: 15, items: 50 }") else { return (nil, nil) }
            var team: Int?, items: Int?
            for (keyNode, value) in mapping {
                let key = keyNode.scalarText ?? ""
                guard key == "team" || key == "items" else {
                    unknownKey(key, at: yaml.location(of: keyNode), known: ["team", "items"], in: "'limits'")
                    continue
                }
                guard let written = value.scalarText, let number = Int(written.trimmingWhitespace()), number > 0 else {
                    wrongType("'limits.\(key)' must be a positive whole number, not '\(value.scalarText ?? value.kindName)'", value,
                              fix: "write a number such as '\(key == "team" ? 15 : 50)'")
                    continue
                }
                if key == "team" { team = number } else { items = number }
            }
            return (team, items)
        }

        mutating func rules(_ node: Node) -> [String: WorkspaceConfig.RuleSetting] {
            guard let mapping = mapping(node, key: "rules", example: "{ goal-alternatives: warning }") else { return [:] }
            var rules: [String: WorkspaceConfig.RuleSetting] = [:]
            for (keyNode, value) in mapping {
                guard let name = keyNode.scalarText else { continue }
                ruleLocations[name] = yaml.location(of: keyNode)
                let written = value.scalarText?.trimmingWhitespace().lowercased() ?? ""
                guard let setting = WorkspaceConfig.RuleSetting(rawValue: written) else {
                    let suggestions = NearMiss.bestMatches(for: written, in: ["error", "warning", "note", "off"])
                    wrongType("rule '\(name)' is set to '\(value.scalarText ?? value.kindName)'; expected error, warning, note or off"
                              + FrontMatterReader.didYouMean(suggestions), value,
                              fix: "write one of error, warning, note, off")
                    continue
                }
                rules[name] = setting
            }
            return rules
        }

        mutating func synthesis(_ node: Node) -> [String: Double] {
            guard let mapping = mapping(node, key: "synthesis", example: "{ title-similarity: 0.6 }") else { return [:] }
            var values: [String: Double] = [:]
            for (keyNode, value) in mapping {
                guard let name = keyNode.scalarText else { continue }
                guard let written = value.scalarText, let number = Double(written.trimmingWhitespace()), number.isFinite else {
                    wrongType("synthesis setting '\(name)' must be a number, not '\(value.scalarText ?? value.kindName)'", value,
                              fix: "write a number such as '0.6'")
                    continue
                }
                values[name] = number
            }
            return values
        }

        /// concept id → language → words.
        mutating func concepts(_ node: Node) -> [String: [String: [String]]] {
            guard let ids = mapping(node, key: "concepts", example: "{ currency-risk: { de: [Wechselkursrisiko], fr: [risque de change] } }") else { return [:] }
            var result: [String: [String: [String]]] = [:]
            for (idNode, perLanguage) in ids {
                guard let id = idNode.scalarText else { continue }
                guard let languages = mapping(perLanguage, key: "concepts.\(id)", example: "{ de: [Wechselkursrisiko] }") else { continue }
                for (languageNode, words) in languages {
                    guard let language = languageNode.scalarText else { continue }
                    if case .failure = LanguageTag.parse(language) {
                        diagnostics.append(FrontMatterRules.invalidLanguage.diagnostic(
                            "'\(language)' in 'concepts.\(id)' is not a BCP 47 language tag", at: yaml.location(of: languageNode),
                            fix: FixSuggestion("use a language code such as 'de', 'fr' or 'ja'")))
                        continue
                    }
                    let list = list(words, key: "concepts.\(id).\(language)")
                    if !list.isEmpty { result[id, default: [:]][language, default: []] += list }
                }
            }
            return result
        }

        /// language → category → key → words.
        mutating func vocabulary(_ node: Node) -> [String: [String: [String: [String]]]] {
            guard let languages = mapping(node, key: "vocabulary", example: "{ de: { sections: { items: [\"Themen und Chancen\"] } } }") else { return [:] }
            let categories = VocabularyCategory.allCases.map(\.rawValue)
            var result: [String: [String: [String: [String]]]] = [:]
            for (languageNode, perLanguage) in languages {
                guard let language = languageNode.scalarText else { continue }
                if case .failure = LanguageTag.parse(language) {
                    diagnostics.append(FrontMatterRules.invalidLanguage.diagnostic(
                        "'\(language)' in 'vocabulary' is not a BCP 47 language tag", at: yaml.location(of: languageNode),
                        fix: FixSuggestion("use a language code such as 'de', 'fr' or 'ja'")))
                }
                guard let categoryMapping = mapping(perLanguage, key: "vocabulary.\(language)", example: "{ sections: { items: [...] } }") else { continue }
                for (categoryNode, keys) in categoryMapping {
                    let categoryName = categoryNode.scalarText ?? ""
                    guard let category = VocabularyCategory(rawValue: categoryName) else {
                        let suggestions = NearMiss.bestMatches(for: categoryName, in: categories)
                        diagnostics.append(FrontMatterRules.unknownVocabularyCategory.diagnostic(
                            "unknown vocabulary category '\(categoryName)'" + FrontMatterReader.didYouMean(suggestions),
                            at: yaml.location(of: categoryNode),
                            fix: suggestions.first.map { FixSuggestion("rename it to '\($0)'", replacement: $0) }
                                ?? FixSuggestion("use one of \(categories.joined(separator: ", "))")))
                        continue
                    }
                    guard let keyMapping = mapping(keys, key: "vocabulary.\(language).\(categoryName)", example: "{ items: [\"...\"] }") else { continue }
                    for (keyNode, words) in keyMapping {
                        guard let key = keyNode.scalarText else { continue }
                        // Every canonical key has English words; a key without them does not exist.
                        if Vocabulary.bundled.words(for: key, in: category, language: "en").isEmpty {
                            diagnostics.append(FrontMatterRules.unknownVocabularyCategory.diagnostic(
                                "unknown key '\(key)' in vocabulary category '\(categoryName)'", at: yaml.location(of: keyNode),
                                fix: FixSuggestion("use a canonical key of '\(categoryName)', as listed in the guide format's appendix A")))
                            continue
                        }
                        let list = list(words, key: "vocabulary.\(language).\(categoryName).\(key)")
                        if !list.isEmpty { result[language, default: [:]][categoryName, default: [:]][key, default: []] += list }
                    }
                }
            }
            return result
        }
    }
}
