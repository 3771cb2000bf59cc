import Diagnostics
import PlanModel
import Spreadsheet

/// What one row asks for one action, checked and ready to write.
public struct StatusChange: Sendable, Equatable {
    public var actionID: String
    /// The file and line of the action's title line.
    public var location: SourceLocation
    public var status: ActionStatus?
    public var due: PlanDate?
    /// The new actual value, as it will be written.
    public var actual: String?
    public var comment: String?
    /// The row it came from, for the summary.
    public var row: Int

    public init(actionID: String, location: SourceLocation, status: ActionStatus? = nil, due: PlanDate? = nil,
                actual: String? = nil, comment: String? = nil, row: Int) {
        self.actionID = actionID
        self.location = location
        self.status = status
        self.due = due
        self.actual = actual
        self.comment = comment
        self.row = row
    }
}

/// A row that is not applied, and why: the message names the sheet, the row and the
/// column, so the owner can find the cell.
public struct UpdateRefusal: Sendable, Equatable, CustomStringConvertible {
    public var fileName: String
    public var sheetName: String?
    public var row: Int
    /// The column's header and letter (`'New due' (N)`), when one cell is at fault.
    public var column: String?
    public var message: String

    public var description: String {
        var place = fileName
        if let sheetName { place += ": sheet '\(sheetName)'" }
        place += ", row \(row)"
        if let column { place += ", column \(column)" }
        return "\(place): \(message)"
    }
}
