import Foundation

/// A small element tree of one workbook part (read by `XMLPartParser`): the parts are
/// small, and a tree keeps the readers short. Names are local names (prefixes dropped),
/// so `x:row` written by some tools reads as `row`.
final class XMLTreeElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLTreeElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> XMLTreeElement? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLTreeElement] { children.filter { $0.name == name } }

    /// The text of every `t` element below, in order (a rich-text string is split in runs).
    var allText: String {
        if name == "t" { return text }
        // Phonetic hints (`rPh`) are not part of the value.
        return children.filter { $0.name != "rPh" }.map(\.allText).joined()
    }

    static func parse(_ data: Data, part: String) throws -> XMLTreeElement {
        try XMLPartParser.parse(data, part: part)
    }
}

extension XMLTreeElement {
    /// An attribute by local name (`r:id` and `id` alike when asked for `id` with a prefix).
    func attribute(_ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }
}
