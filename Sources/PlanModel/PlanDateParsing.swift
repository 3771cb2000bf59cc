/// Why a text is not a date, so that the front end can say how to fix it.
public enum DateParseError: Error, Hashable, Sendable {
    /// Not date-shaped at all.
    case notADate
    /// Shaped like an ISO date, but the day does not exist (`2027-02-30`, `2027-Q5`).
    case invalid
    /// A day-first or unambiguous non-ISO date (`15.02.2027`, `31/12/2027`); `suggestion` is its ISO form.
    case nonISO(suggestion: String)
    /// `02/03/2027`: day-first or month-first cannot be told apart.
    case ambiguous
}

extension PlanDate {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` and `YYYY-Qn` (surrounding white space allowed).
    public static func parse(_ text: String) -> Result<PlanDate, DateParseError> {
        let trimmed = text.trimmingWhitespace()
        let scalars = Array(trimmed.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count, !range.isEmpty else { return nil }
            var value = 0
            for index in range {
                guard let digit = scalars[index].properties.numericType == .decimal ? Int(String(scalars[index])) : nil,
                      scalars[index].isASCII
                else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        func isDash(_ index: Int) -> Bool { index < scalars.count && scalars[index] == "-" }

        if scalars.count == 10, let year = number(0..<4), isDash(4), let month = number(5..<7), isDash(7),
           let day = number(8..<10) {
            return PlanDate(year: year, month: month, day: day).map(Result.success) ?? .failure(.invalid)
        }
        if scalars.count == 7, let year = number(0..<4), isDash(4) {
            if let month = number(5..<7) {
                guard (1...12).contains(month), let date = PlanDate(year: year, month: month, day: PlanDate.daysIn(month: month, year: year), precision: .month)
                else { return .failure(.invalid) }
                return .success(date)
            }
            if scalars[5] == "Q" || scalars[5] == "q", let quarter = number(6..<7) {
                guard (1...4).contains(quarter) else { return .failure(.invalid) }
                let month = quarter * 3
                guard let date = PlanDate(year: year, month: month, day: PlanDate.daysIn(month: month, year: year), precision: .quarter)
                else { return .failure(.invalid) }
                return .success(date)
            }
        }
        return .failure(diagnoseNonISO(trimmed))
    }

    /// Recognises the usual non-ISO spellings so the error can propose a fix.
    private static func diagnoseNonISO(_ text: String) -> DateParseError {
        for separator: Character in [".", "/"] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let a = Int(parts[0]), let b = Int(parts[1]), var year = Int(parts[2]),
                  parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2
            else { continue }
            if parts[2].count == 2 { year += 2000 }
            if separator == "." {
                // Dotted dates are day-first wherever they are written (de, fr, it, ...).
                guard let date = PlanDate(year: year, month: b, day: a) else { return .invalid }
                return .nonISO(suggestion: date.iso)
            }
            // With slashes, only an impossible month settles the order.
            if a > 12, let date = PlanDate(year: year, month: b, day: a) { return .nonISO(suggestion: date.iso) }
            if b > 12, let date = PlanDate(year: year, month: a, day: b) { return .nonISO(suggestion: date.iso) }
            if a == b, let date = PlanDate(year: year, month: a, day: b) { return .nonISO(suggestion: date.iso) }
            return .ambiguous
        }
        return .notADate
    }
}
