import APGJSON
import Frontend
import Vocabulary

/// `textDocument/formatting`: the normal form `apg fmt` writes, as one edit.
struct FormattingHandler {
    let context: DocumentContext

    func format() -> JSONValue {
        guard let text = String(validating: context.lines.bytes, as: UTF8.self) else { return [] }
        let formatted = GuideFormatter(vocabulary: context.workspace?.vocabulary ?? .bundled).format(text)
        guard formatted != text else { return [] }
        return [["range": context.lines.fullRange(encoding: context.encoding).json, "newText": .string(formatted)]]
    }
}
