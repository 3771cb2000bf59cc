/// A workbook to write: sheets of typed cells, with the few features an update sheet
/// needs (frozen header, widths, a locked column, list validations, hidden sheets).
public struct Workbook: Sendable, Equatable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }
}

/// One sheet. Row 1 is the header when `freezesHeader` is set.
public struct Worksheet: Sendable, Equatable {
    public var name: String
    public var rows: [[Cell]]
    /// Column widths in characters, by column index; missing columns get the default.
    public var columnWidths: [Double] = []
    public var freezesHeader = false
    public var isHidden = false
    /// With sheet protection on, the cells of these columns cannot be edited; every other
    /// cell stays editable.
    public var lockedColumns: Set<Int> = []
    public var validations: [ListValidation] = []

    public init(name: String, rows: [[Cell]]) {
        self.name = name
        self.rows = rows
    }

    public var isProtected: Bool { !lockedColumns.isEmpty }
}

/// A drop-down: the cells of `column` from `firstRow` to `lastRow` (1-based) accept only
/// one of `values`.
public struct ListValidation: Sendable, Equatable {
    public var column: Int
    public var firstRow: Int
    public var lastRow: Int
    public var values: [String]

    public init(column: Int, firstRow: Int, lastRow: Int, values: [String]) {
        self.column = column
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.values = values
    }
}

/// A cell's value, typed the way a spreadsheet program needs to sort and compute it.
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    /// A calendar day, written as a serial number with a date style.
    case date(CalendarDay)
}

/// A day without time or zone, converted to and from spreadsheet serial numbers
/// (days since 1899-12-30, the 1900 date system as every program reads it today).
public struct CalendarDay: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let check = CalendarDay(unchecked: CalendarDay.civil(days: CalendarDay.days(year: year, month: month, day: day)))
        guard check.year == year, check.month == month, check.day == day else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked parts: (Int, Int, Int)) {
        (year, month, day) = parts
    }

    /// 1970-01-01 is serial 25569.
    static let serialOf1970 = 25_569

    public var serial: Int { CalendarDay.days(year: year, month: month, day: day) + CalendarDay.serialOf1970 }

    /// The day of a serial number; a fraction (a time of day) is dropped.
    public init?(serial: Double) {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        self.init(unchecked: CalendarDay.civil(days: Int(serial.rounded(.down)) - CalendarDay.serialOf1970))
    }

    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.serial < rhs.serial }

    // Howard Hinnant's civil-from-days and days-from-civil.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    static func civil(days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// `A`, `B`, … `Z`, `AA`: the letters of a 0-based column index, and back.
public enum ColumnName {
    public static func letters(_ index: Int) -> String {
        var index = index + 1
        var result = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            index = (index - 1) / 26
        }
        return result
    }

    /// The 0-based column and 1-based row of a reference like `C12`, or nil.
    public static func parse(reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z" where !seenDigit: column = column * 26 + Int(scalar.value - 64)
            case "a"..."z" where !seenDigit: column = column * 26 + Int(scalar.value - 96)
            case "0"..."9":
                seenDigit = true
                row = row * 10 + Int(scalar.value - 48)
            case "$": continue
            default: return nil
            }
            if column > 20_000 || row > 10_000_000 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        return (column - 1, row)
    }
}
