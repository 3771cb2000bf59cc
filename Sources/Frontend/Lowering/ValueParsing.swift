import Diagnostics
import PlanModel
import Vocabulary

/// Reading attribute values by type (spec §4.2). Each reader reports what is wrong at the
/// value's own position and returns what it could read.
extension LoweringContext {
    /// `@jweber, @amueller`; `Jan Weber (@jweber)` is read too.
    mutating func persons(_ attribute: AttributeLine) -> [PersonRef] {
        var result: [PersonRef] = []
        let raw = rawBytes(ofLine: attribute.line)
        for (text, partColumn) in listParts(of: attribute, in: raw) {
            if let handle = PersonParsing.handle(in: text) {
                let at = Self.column(of: "@" + handle, in: raw, from: partColumn) ?? partColumn
                result.append(PersonRef(handle: handle, location: location(line: attribute.line, column: at)))
                continue
            }
            let at = location(line: attribute.line, column: partColumn)
            let isHandleShaped = !text.contains(where: \.isWhitespace) && !text.contains("@")
            report(LoweringRules.personWithoutAt.diagnostic(
                "'\(text)' in '\(attribute.keyText)' is not a handle; persons are written '@handle'",
                at: at,
                fix: FixSuggestion("write the team member's handle with '@'", replacement: isHandleShaped ? "@" + text : nil)))
            file.personNames.append(WrittenPerson(text: text, location: at))
        }
        return result
    }

    /// `I-07, #o-sic-800v`.
    mutating func references(_ attribute: AttributeLine) -> [Reference] {
        var result: [Reference] = []
        for (text, partColumn) in listParts(of: attribute) {
            let id = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
                report(LoweringRules.invalidValue.diagnostic(
                    "'\(text)' in '\(attribute.keyText)' is not an id; references are ids or codes such as 'I-07' or '#o-sic-800v'",
                    at: location(line: attribute.line, column: partColumn),
                    fix: FixSuggestion("write the id or code of the entity, separated by commas", replacement: TitleLine.slug(text))))
                continue
            }
            result.append(Reference(id: id, location: location(line: attribute.line, column: partColumn)))
        }
        return result
    }

    mutating func reference(_ attribute: AttributeLine) -> Reference? {
        let all = references(attribute)
        if all.count > 1 {
            let ignored = all.dropFirst().map { "'\($0.id)'" }.joined(separator: ", ")
            report(LoweringRules.oneIDExpected.diagnostic(
                "'\(attribute.keyText)' takes one id, but \(all.count) are given; \(ignored) is ignored",
                at: all[1].location,
                fix: FixSuggestion("keep the one id that is meant in '\(attribute.keyText)'")))
        }
        return all.first
    }

    /// The comma-separated parts of a value, each with the column it starts at, so that
    /// a diagnostic about one part points at it rather than at the whole value. Each part
    /// is searched from the end of the one before in the raw line read once, so a long
    /// list costs time linear in the line.
    func listParts(of attribute: AttributeLine, in raw: ArraySlice<UInt8>? = nil) -> [(text: String, column: Int)] {
        let raw = raw ?? rawBytes(ofLine: attribute.line)
        var parts: [(text: String, column: Int)] = []
        var searchFrom = attribute.valueLocation.column
        for part in attribute.value.split(whereSeparator: ValueSeparators.list.contains) {
            let text = part.trimmingBlanks()
            guard !text.isEmpty else { continue }
            let partColumn = Self.column(of: text, in: raw, from: searchFrom) ?? attribute.valueLocation.column
            searchFrom = partColumn + text.utf8.count
            parts.append((text, partColumn))
        }
        return parts
    }

    /// `2027-02-15`, `2027-02`, `2027-Q1`.
    mutating func date(_ text: String, named key: String, at where: SourceLocation) -> PlanDate? {
        switch PlanDate.parse(text) {
        case .success(let date):
            return date
        case .failure(.nonISO(let suggestion)):
            report(LoweringRules.invalidDate.diagnostic(
                "'\(text)' is not an ISO date; did you mean '\(suggestion)'?", at: `where`,
                fix: .replacing(text, at: `where`, with: suggestion, "write the date as YYYY-MM-DD")))
        case .failure(.ambiguous):
            if let order = slashOrder, let proposal = NaturalDate.slashDate(text, order: order) {
                report(LoweringRules.invalidDate.diagnostic(
                    "'\(text)' is not an ISO date; read \(order.phrase) as this file writes dates, did you mean '\(proposal)'?", at: `where`,
                    fix: FixSuggestion("write the date as YYYY-MM-DD", replacement: proposal)))
                return nil
            }
            report(LoweringRules.ambiguousDate.diagnostic(
                "'\(text)' in '\(key)' can be read day-first or month-first; write it in ISO form", at: `where`,
                fix: FixSuggestion("write the date as YYYY-MM-DD, e.g. 2027-03-02")))
        case .failure(.invalid):
            report(LoweringRules.invalidDate.diagnostic(
                "'\(text)' in '\(key)' is not a date that exists", at: `where`,
                fix: FixSuggestion("write an existing day as YYYY-MM-DD, a month as YYYY-MM or a quarter as YYYY-Qn")))
        case .failure(.notADate):
            if let proposal = NaturalDate.quarter(text, inputs: .bundled) ?? NaturalDate.yearFirstDate(text) {
                report(LoweringRules.invalidDate.diagnostic(
                    "'\(text)' is not an ISO date; did you mean '\(proposal)'?", at: `where`,
                    fix: FixSuggestion(proposal.contains("Q") ? "write the quarter as YYYY-Qn" : "write the date as YYYY-MM-DD", replacement: proposal)))
                return nil
            }
            report(LoweringRules.invalidDate.diagnostic(
                "'\(text)' in '\(key)' is not a date", at: `where`,
                fix: FixSuggestion("write the date as YYYY-MM-DD, a month as YYYY-MM or a quarter as YYYY-Qn")))
        }
        return nil
    }

    /// The order this file writes `a/b/yyyy` dates in, if its front matter tells.
    var slashOrder: NaturalDate.SlashOrder? {
        NaturalDate.slashOrder(languageTag: file.frontMatter.language, country: file.frontMatter.country)
    }

    mutating func date(_ attribute: AttributeLine) -> PlanDate? {
        date(attribute.value, named: attribute.keyText, at: attribute.valueLocation)
    }

    /// A number; a value without any digit (a qualitative target) is kept in `text`.
    mutating func quantity(_ attribute: AttributeLine, keepingTextIn text: inout [CustomField]) -> Quantity? {
        switch QuantityParser.parse(attribute.value, decimalComma: usesDecimalComma) {
        case .success(let quantity):
            return quantity
        case .failure(.decimalComma(let suggestion)):
            report(LoweringRules.invalidNumber.diagnostic(
                "'\(attribute.value)' in '\(attribute.keyText)' uses a decimal comma, but this file's language (\(file.language)) writes a decimal point",
                at: attribute.valueLocation,
                fix: FixSuggestion("write '\(suggestion)', or set the file's language", replacement: suggestion)))
        case .failure(.outOfRange):
            report(LoweringRules.invalidNumber.diagnostic(
                "'\(attribute.value.clippedInTheMiddle(maximum: 40))' in '\(attribute.keyText)' is too large or too small a number to compute with",
                at: attribute.valueLocation,
                fix: FixSuggestion("write the number with a scale, such as 'EUR 2.5M' or '3 bn'")))
        case .failure(.notANumber) where !attribute.value.contains(where: \.isNumber):
            report(LoweringRules.textWhereNumber.diagnostic(
                "'\(attribute.value)' in '\(attribute.keyText)' is not a number; it is kept as text and cannot be measured",
                at: attribute.valueLocation,
                fix: FixSuggestion("write a countable target such as '1' with a metric that counts it, or keep the text")))
            text.append(CustomField(key: attribute.keyText, value: attribute.value, location: attribute.keyLocation))
        case .failure(.notANumber):
            report(LoweringRules.invalidNumber.diagnostic(
                "'\(attribute.value)' in '\(attribute.keyText)' is not a number",
                at: attribute.valueLocation,
                fix: FixSuggestion("write a number with an optional currency, unit or scale, such as '12', '20 %' or 'EUR 2.5M'")))
        }
        return nil
    }

    /// A word of a localized list, as its enum case.
    mutating func enumValue<Value: RawRepresentable>(_ attribute: AttributeLine, _ category: VocabularyCategory, as type: Value.Type) -> Value? where Value.RawValue == String {
        if let key = vocabulary.key(attribute.value, in: category), let value = Value(rawValue: key) { return value }
        let suggestions = nearMisses(for: attribute.value, in: category)
        let known = words.values(VocabularyLabels.orderedKeys(category), in: category)
        let hint = suggestions.first.map { "; did you mean '\($0)'?" } ?? ""
        report(LoweringRules.unknownValue.diagnostic(
            "'\(attribute.value)' is not a known value of '\(attribute.keyText)'\(hint)",
            at: attribute.valueLocation,
            fix: FixSuggestion("use one of: \(known.joined(separator: ", "))", replacement: suggestions.first)))
        return nil
    }

    /// `DE`: upper-cased.
    mutating func country(_ attribute: AttributeLine) -> String? {
        let code = attribute.value.trimmingBlanks()
        if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) { return code.uppercased() }
        if let proposal = CountryCodes.suggestions(for: code).first {
            report(LoweringRules.invalidValue.diagnostic(
                "'\(code)' in '\(attribute.keyText)' is not a two-letter country code; did you mean '\(proposal)'?",
                at: attribute.valueLocation,
                fix: FixSuggestion("write the ISO 3166-1 alpha-2 code", replacement: proposal)))
            return nil
        }
        report(LoweringRules.invalidValue.diagnostic(
            "'\(code)' in '\(attribute.keyText)' is not a two-letter country code",
            at: attribute.valueLocation,
            fix: FixSuggestion("write the ISO 3166-1 alpha-2 code, such as 'DE', 'US' or 'CN'")))
        return nil
    }

    /// `2017` (a full date is accepted for its year).
    mutating func year(_ attribute: AttributeLine) -> Int? {
        let text = attribute.value.trimmingBlanks()
        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text) { return year }
        if case .success(let date) = PlanDate.parse(text) { return date.year }
        report(LoweringRules.invalidValue.diagnostic(
            "'\(text)' in '\(attribute.keyText)' is not a year", at: attribute.valueLocation,
            fix: FixSuggestion("write the year of the acquisition, such as '2017'")))
        return nil
    }

    /// `Milestone: 2027-03-31 — pilot approved`.
    mutating func milestone(_ attribute: AttributeLine) -> Milestone? {
        let (head, tail) = DashSeparator.split(attribute.value)
        var dateText = head
        var title = tail ?? ""
        if tail == nil, let space = head.firstIndex(of: " ") {
            // `2027-03-31 pilot approved`: the date is the first word.
            dateText = String(head[..<space])
            title = String(head[space...]).trimmingBlanks()
        }
        guard let date = date(dateText, named: attribute.keyText, at: attribute.valueLocation) else { return nil }
        return Milestone(date: date, title: title, location: attribute.keyLocation)
    }

    /// `Themes: a; b`: text split at `;`.
    func textList(_ attribute: AttributeLine, separators: Set<Character> = ValueSeparators.themes) -> [String] {
        attribute.value.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    /// A history line: `2027-01-10: on track — venue booked`.
    mutating func historyEntry(date dateText: String, text: String, attribute: AttributeLine) -> HistoryEntry? {
        guard let date = date(dateText, named: "history line", at: attribute.keyLocation) else { return nil }
        let (status, rest) = statusPrefix(of: text)
        return HistoryEntry(date: date, status: status, text: rest, location: attribute.keyLocation)
    }

    /// The status word a history text starts with (longest match, any language), and the
    /// rest of the text after separators.
    func statusPrefix(of text: String) -> (ActionStatus?, String) {
        let (head, tail) = DashSeparator.split(text)
        if tail != nil, let key = vocabulary.key(head, in: .actionStatus), let status = ActionStatus(rawValue: key) {
            return (status, tail ?? "")
        }
        var best: (ActionStatus, Int)?
        let characters = Array(text)
        for word in vocabulary.allWords(in: .actionStatus) {
            let length = word.count
            guard length <= characters.count, best.map({ length > $0.1 }) ?? true else { continue }
            if length < characters.count, characters[length].isLetter { continue }
            let prefix = String(characters[0..<length])
            guard Vocabulary.normalize(prefix) == Vocabulary.normalize(word),
                  let key = vocabulary.key(word, in: .actionStatus), let status = ActionStatus(rawValue: key)
            else { continue }
            best = (status, length)
        }
        guard let (status, length) = best else { return (nil, text) }
        let rest = String(characters[length...]).drop { $0.isWhitespace || $0.isPunctuation || $0 == "—" || $0 == "–" || $0 == "-" }
        return (status, String(rest).trimmingBlanks())
    }

    /// `Visibility: internal`.
    mutating func visibility(_ attribute: AttributeLine) -> Visibility? {
        enumValue(attribute, .visibility, as: Visibility.self)
    }
}

/// Separators of multi-valued attributes, with the full-width forms Chinese and Japanese
/// guides use.
enum ValueSeparators {
    /// Persons, references, products, contacts.
    static let list: Set<Character> = [",", ";", "、", "，", "；"]
    /// Themes may contain commas (`zone controllers, 48 V`), so only semicolons split them.
    static let themes: Set<Character> = [";", "；"]
}

enum PersonParsing {
    /// The handle of `@jweber` or `Jan Weber (@jweber)`: letters, digits, `.`, `-`, `_`
    /// after an `@` that starts the text or follows a blank or `(`.
    static func handle(in text: String) -> String? {
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "@", previous.isWhitespace || previous == "(" || previous == "（" {
                let after = text[text.index(after: index)...]
                var handle = String(after.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" })
                while handle.last == "." || handle.last == "-" { handle.removeLast() }
                if !handle.isEmpty { return handle }
            }
            previous = character
            index = text.index(after: index)
        }
        return nil
    }
}

enum VocabularyLabels {
    /// The canonical keys of a value list in the model's order, for "use one of" fixes.
    static func orderedKeys(_ category: VocabularyCategory) -> [String] {
        switch category {
        case .priority: Priority.allCases.map(\.rawValue)
        case .itemKind: ItemKind.allCases.map(\.rawValue)
        case .strategyStatus: StrategyStatus.allCases.map(\.rawValue)
        case .actionStatus: ActionStatus.allCases.map(\.rawValue)
        case .unitType: UnitType.allCases.map(\.rawValue)
        case .buyingRole: BuyingRole.allCases.map(\.rawValue)
        case .stance: Stance.allCases.map(\.rawValue)
        case .visibility: Visibility.allCases.map(\.rawValue)
        default: []
        }
    }
}
