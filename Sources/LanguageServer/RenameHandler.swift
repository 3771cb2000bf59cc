import APGJSON

/// `textDocument/prepareRename` and `textDocument/rename`: an id or handle renamed in
/// every guide of the workspace, as one `WorkspaceEdit`.
struct RenameHandler {
    let context: DocumentContext

    func prepare(at position: Position) throws(ResponseError) -> JSONValue {
        let (name, definitions) = try renamable(at: position)
        return [
            "range": context.range(line: name.line, span: name.span, in: context.lines).json,
            "placeholder": .string(definitions.first?.id ?? name.target.key),
        ]
    }

    func rename(at position: Position, to requested: String) throws(ResponseError) -> JSONValue {
        let (name, definitions) = try renamable(at: position)
        var newName = requested.trimming(" \t")
        if case .handle = name.target, newName.hasPrefix("@") { newName.removeFirst() }
        if case .id = name.target, newName.hasPrefix("#") { newName.removeFirst() }
        guard !newName.isEmpty, newName.utf8.allSatisfy(NameScanner.isNameByte), newName.last != "." else {
            throw .requestFailed("'\(requested)' is not a valid \(noun(name.target)): use letters, digits, '-', '_' and '.'")
        }
        let oldID = definitions.first?.id ?? name.target.key
        if case .id = name.target, NameScanner.isCode(oldID), !NameScanner.isCode(newName) {
            throw .requestFailed("'\(newName)' is not a code such as G1, S1.2 or DE-A1 (a letter first, at least one digit), and '\(oldID)' is written as one")
        }
        let newTarget: SymbolTarget = switch name.target {
        case .id: .id(newName.lowercased())
        case .handle: .handle(newName.lowercased())
        }
        if newTarget != name.target, let other = context.workspace?.index.definitions(of: newTarget).first {
            throw .requestFailed("\(noun(name.target)) '\(newName)' is already used by '\(other.title)' in \(other.location.file):\(other.location.line)")
        }
        var changes: [(key: String, value: JSONValue)] = []
        var current: (uri: String, edits: [JSONValue])?
        for occurrence in NavigationHandler(context: context).occurrences(of: name.target) {
            guard let range = context.range(of: occurrence) else { continue }
            let uri = context.uri(ofFile: occurrence.path)
            if current?.uri != uri {
                if let current { changes.append((current.uri, .array(current.edits))) }
                current = (uri, [])
            }
            current?.edits.append(["range": range.json, "newText": .string(newName)])
        }
        if let current { changes.append((current.uri, .array(current.edits))) }
        return ["changes": .object(changes)]
    }

    private func renamable(at position: Position) throws(ResponseError) -> ((target: SymbolTarget, line: Int, span: Range<Int>), [Definition]) {
        guard let name = context.name(at: position) else { throw .requestFailed("there is no id or handle here to rename") }
        let definitions = context.workspace?.index.definitions(of: name.target) ?? []
        guard !definitions.isEmpty else {
            throw .requestFailed("\(noun(name.target)) '\(name.target.key)' is not defined in this workspace; only defined ids and handles can be renamed")
        }
        return (name, definitions)
    }

    private func noun(_ target: SymbolTarget) -> String {
        switch target {
        case .id: "id"
        case .handle: "handle"
        }
    }
}
