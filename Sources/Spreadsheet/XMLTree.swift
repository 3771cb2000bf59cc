import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree built with Foundation's XMLParser: the parts of a workbook are
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
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            throw SpreadsheetError.malformed("\(part) is not well-formed XML (line \(parser.lineNumber)): \(reason)")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTreeElement?
        var stack: [XMLTreeElement] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[key] = value }
            let element = XMLTreeElement(name: Builder.localName(elementName), attributes: local)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}

extension XMLTreeElement {
    /// An attribute by local name (`r:id` and `id` alike when asked for `id` with a prefix).
    func attribute(_ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }
}
