import Compiler

/// The follow-up report's content, independent of format: sections of paragraphs,
/// tables and charts. The Markdown and HTML writers render the same document, so both
/// always say the same thing.
struct ReportDocument {
    var title: String
    var subtitle: String
    var sections: [ReportSection]
    /// The language the words are in (`lang` of the HTML page).
    var language = "en"
    /// Under the trend chart in HTML.
    var chartCaption = ""
    /// Where the Markdown report has the chart.
    var chartNote = ""
    var chartLabels = TrendChart.Labels()
}

struct ReportSection {
    var id: String
    var title: String
    var blocks: [ReportBlock]
}

enum ReportBlock {
    case heading(String)
    case paragraph(String)
    case bullets([String])
    case table(ReportTable)
    case trendChart([FollowUpTrendPoint])
}

struct ReportTable {
    var header: [String]
    var rows: [[ReportCell]]
    /// Columns that hold numbers (right-aligned).
    var numericColumns: Set<Int> = []
}

/// How a cell should catch the eye: the HTML colours it, Markdown ignores it.
enum ReportTone: String {
    case good, warning, bad, muted
}

struct ReportCell: ExpressibleByStringLiteral {
    var text: String
    var tone: ReportTone?
    /// A status badge rather than plain text.
    var isBadge = false
    /// Never broken over two lines (a date read as two numbers otherwise).
    var noWrap = false

    init(_ text: String, tone: ReportTone? = nil, isBadge: Bool = false, noWrap: Bool = false) {
        self.text = text
        self.tone = tone
        self.isBadge = isBadge
        self.noWrap = noWrap
    }

    init(stringLiteral value: String) { self.init(value) }

    init(_ number: Int) { self.init(String(number)) }
}
