/// Colours for the human format, as a decorator so that the layout code stays the same
/// with and without colour. `plain` adds nothing at all.
struct TerminalStyle: Sendable {
    private let enabled: Bool

    static let plain = TerminalStyle(enabled: false)
    static let ansi = TerminalStyle(enabled: true)

    private enum Code: String {
        case boldRed = "1;31"
        case boldYellow = "1;33"
        case boldGreen = "1;32"
        case boldCyan = "1;36"
        case boldBlue = "1;34"
        case bold = "1"
    }

    private func paint(_ text: String, _ code: Code) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(code.rawValue)m\(text)\u{1B}[0m"
    }

    func severity(_ text: String, _ severity: Severity) -> String {
        switch severity {
        case .error: paint(text, .boldRed)
        case .warning: paint(text, .boldYellow)
        case .note: paint(text, .boldGreen)
        }
    }

    func help(_ text: String) -> String { paint(text, .boldCyan) }
    func gutter(_ text: String) -> String { paint(text, .boldBlue) }
    func emphasis(_ text: String) -> String { paint(text, .bold) }
}
