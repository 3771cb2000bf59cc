import APGJSON
import Frontend

/// `textDocument/documentSymbol` (goals › strategies › tactics › actions, and the other
/// entities of the file) and `workspace/symbol`.
enum SymbolsHandler {
    static func documentSymbols(_ context: DocumentContext) -> JSONValue {
        guard let workspace = context.workspace else { return [] }
        let definitions = workspace.index.definitions(inFile: context.path)
        let lines = context.lines
        let headingLines = (0..<lines.lineCount).filter { line in
            let range = lines.lineRange(line)
            return range.count >= 3 && lines.bytes[range.lowerBound] == UInt8(ascii: "#") && lines.bytes[range.lowerBound + 1] == UInt8(ascii: "#")
                && lines.bytes[range.lowerBound + 2] == UInt8(ascii: " ")
        }
        // Each entity spans to the line before the next entity of its rank or higher, or
        // the next `##` section.
        var nodes: [(definition: Definition, range: TextRange, children: [Int])] = []
        for (index, definition) in definitions.enumerated() {
            let line = definition.location.line - 1
            var end = lines.lineCount - 1
            let own = rank(definition.kind)
            let following = definitions[(index + 1)...]
            if let next = own == 0 ? following.first : following.first(where: { (1...own).contains(rank($0.kind)) }) { end = min(end, next.location.line - 2) }
            if let heading = headingLines.first(where: { $0 > line }) { end = min(end, heading - 1) }
            end = max(end, line)
            let range = TextRange(
                start: Position(line: line, character: 0),
                end: lines.position(ofOffset: lines.lineRange(end).upperBound, encoding: context.encoding))
            nodes.append((definition, range, []))
        }
        // Nest each plan entity under the nearest preceding entity of a lower rank.
        var roots: [Int] = []
        var stack: [Int] = []
        for index in nodes.indices {
            let kindRank = rank(nodes[index].definition.kind)
            while let top = stack.last, rank(nodes[top].definition.kind) >= kindRank || kindRank == 0 { stack.removeLast() }
            if kindRank > 1, let parent = stack.last { nodes[parent].children.append(index) } else { roots.append(index) }
            if kindRank > 0 { stack.append(index) }
        }
        func symbol(_ index: Int) -> JSONValue {
            let node = nodes[index]
            let selection = NavigationHandler(context: context).location(of: node.definition, target: target(node.definition))["range"] ?? node.range.json
            var members: [(key: String, value: JSONValue)] = [
                ("name", .string(node.definition.title.isEmpty ? node.definition.id : node.definition.title)),
                ("detail", .string(node.definition.id)),
                ("kind", .int(symbolKind(node.definition.kind))),
                ("range", node.range.json),
                ("selectionRange", selection),
            ]
            if !node.children.isEmpty { members.append(("children", .array(node.children.map(symbol)))) }
            return .object(members)
        }
        return .array(roots.map(symbol))
    }

    static func workspaceSymbols(query: String, in workspaces: [CompiledWorkspace], encoding: PositionEncoding, uri: (String) -> String) -> JSONValue {
        let needle = query.lowercased()
        var symbols: [JSONValue] = []
        for workspace in workspaces {
            for definition in workspace.index.all {
                guard needle.isEmpty || definition.id.lowercased().contains(needle) || definition.title.lowercased().contains(needle) else { continue }
                let lines = workspace.texts[definition.location.file]
                let start = lines?.position(line: definition.location.line, utf8Column: definition.location.column, encoding: encoding)
                    ?? Position(line: max(0, definition.location.line - 1), character: 0)
                symbols.append([
                    "name": .string("\(definition.id) \(definition.title)"),
                    "kind": .int(symbolKind(definition.kind)),
                    "location": ["uri": .string(uri(workspace.absolutePath(definition.location.file))), "range": TextRange(start: start, end: start).json],
                    "containerName": .string(definition.location.file),
                ])
            }
        }
        return .array(symbols)
    }

    /// Goals 1, strategies 2, tactics 3, actions 4; other entities 0 (never nested).
    static func rank(_ kind: EntityKind) -> Int {
        switch kind {
        case .goal: 1
        case .strategy: 2
        case .tactic: 3
        case .action: 4
        default: 0
        }
    }

    static func target(_ definition: Definition) -> SymbolTarget {
        definition.kind == .member ? .handle(definition.id.lowercased()) : .id(definition.id.lowercased())
    }

    /// LSP `SymbolKind`s that editors draw with fitting icons.
    static func symbolKind(_ kind: EntityKind) -> Int {
        switch kind {
        case .goal: 2  // Module
        case .strategy: 5  // Class
        case .tactic: 12  // Function
        case .action: 24  // Event
        case .item: 14  // Constant
        case .unit: 3  // Namespace
        case .stakeholder, .member: 13  // Variable
        }
    }
}
