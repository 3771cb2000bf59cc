import Diagnostics

/// A calendar date as written in a guide: `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn`. A month
/// or quarter means the period's last day, which is what `year`/`month`/`day` hold;
/// `precision` remembers what the author wrote.
public struct PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, Hashable {
        case day, month, quarter
    }

    public let year: Int
    public let month: Int
    public let day: Int
    public let precision: Precision

    /// A date from its parts; nil when the day does not exist (2027-02-30).
    public init?(year: Int, month: Int, day: Int, precision: Precision = .day) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...PlanDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// `YYYY-MM-DD` of the (last) day this date stands for.
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The date as the author wrote it (`2027-Q2`, `2027-06`, `2027-06-30`).
    public var written: String {
        switch precision {
        case .day: iso
        case .month: String(iso.prefix(7))
        case .quarter: "\(iso.prefix(4))-Q\((month - 1) / 3 + 1)"
        }
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without
    /// Foundation's time zones.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
        self.precision = .day
    }

    public func adding(days: Int) -> PlanDate { PlanDate(dayNumber: dayNumber + days) }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// Dates compare by the day they stand for; `2027-Q2` equals `2027-06-30`.
    public static func == (lhs: PlanDate, rhs: PlanDate) -> Bool { lhs.dayNumber == rhs.dayNumber }
    public func hash(into hasher: inout Hasher) { hasher.combine(dayNumber) }
}

/// A number with an optional unit or currency, such as `EUR 2.5M` or `20 %`.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// The value with any scale (`k`, `M`, `Mio`, `bn`, `Mrd`) applied.
    public var value: Double
    /// A currency code (`EUR`, `USD`) or unit (`%`, `units`), as written, else nil.
    public var unit: String?
    /// The text as the author wrote it, for display.
    public var text: String

    public init(value: Double, unit: String? = nil, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }

    public var description: String { text }

    /// Quantities compare by value and unit; how they were written does not matter.
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool { lhs.value == rhs.value && lhs.unit == rhs.unit }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(unit)
    }
}

/// A use of a team member's handle (`@jweber`). Equality ignores where it was written.
public struct PersonRef: Hashable, Sendable, CustomStringConvertible {
    /// The handle without `@`, as written.
    public var handle: String
    public var location: SourceLocation

    public init(handle: String, location: SourceLocation) {
        self.handle = handle
        self.location = location
    }

    /// The handle as ids compare: case-insensitively.
    public var key: String { handle.lowercased() }
    public var description: String { "@\(handle)" }

    public static func == (lhs: PersonRef, rhs: PersonRef) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// A reference to another entity by id or code (`I-07`, `#o-sic-800v`). Equality ignores
/// where it was written.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    /// The id without `#`, as written.
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }

    /// The id as ids compare: case-insensitively.
    public var key: String { id.lowercased() }
    public var description: String { id }

    public static func == (lhs: Reference, rhs: Reference) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// How an entity got its id. Derived (slug) ids break when a title is edited, which is
/// worth a warning on plan entities and items.
public enum IDSource: String, Sendable, Hashable {
    case code
    case explicit
    case slug
}

/// An attribute the vocabulary does not know, kept for display.
public struct CustomField: Hashable, Sendable {
    public var key: String
    public var value: String
    public var location: SourceLocation

    public init(key: String, value: String, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }

    public static func == (lhs: CustomField, rhs: CustomField) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}

/// A dated status note under a plan entity (`2027-01-10: on track — venue booked`).
public struct HistoryEntry: Hashable, Sendable {
    public var date: PlanDate
    /// The status word the text starts with, if any.
    public var status: ActionStatus?
    /// The rest of the text.
    public var text: String
    public var location: SourceLocation

    public init(date: PlanDate, status: ActionStatus?, text: String, location: SourceLocation) {
        self.date = date
        self.status = status
        self.text = text
        self.location = location
    }

    public static func == (lhs: HistoryEntry, rhs: HistoryEntry) -> Bool {
        lhs.date == rhs.date && lhs.status == rhs.status && lhs.text == rhs.text
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(text)
    }
}

/// `Milestone: 2027-03-31 — pilot approved`.
public struct Milestone: Hashable, Sendable {
    public var date: PlanDate
    public var title: String
    public var location: SourceLocation

    public init(date: PlanDate, title: String, location: SourceLocation) {
        self.date = date
        self.title = title
        self.location = location
    }

    public static func == (lhs: Milestone, rhs: Milestone) -> Bool { lhs.date == rhs.date && lhs.title == rhs.title }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(title)
    }
}
