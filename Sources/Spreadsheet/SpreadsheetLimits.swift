/// What `apg update` reads of a workbook or CSV file (diagnostic code `APG053`
/// sheet-too-large): an update sheet has a row per action, a few hundred; these bound the
/// memory a wrong file or a ZIP archive built to unpack into gigabytes can take.
public enum SpreadsheetLimits {
    /// Rows of one sheet or CSV file, the header included.
    public static let maximumRows = 100_000
    /// Cells with a value in one workbook, all sheets together.
    public static let maximumCells = 1_000_000
    /// Bytes of a CSV file, and of one part of an .xlsx archive once unpacked.
    public static let maximumBytes = 64 << 20

    /// The message naming a limit, with the code `apg explain` documents.
    static func overLimit(_ what: String) -> SpreadsheetError {
        .tooLarge("\(what) (APG053 sheet-too-large)")
    }
}
