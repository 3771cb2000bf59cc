import APGJSON
import Compiler
import Foundation
import PlanModel

/// `apg lsp`: a Language Server Protocol 3.17 server for guides. It receives message
/// bodies one at a time (`receive`), answers through its `MessageWriter`, and keeps
/// the open documents and the last compilation of every workspace they belong to.
///
/// Requests are answered in order, each against a compilation that includes every
/// change received before it; diagnostics are published after a pause in typing
/// (`Options.debounce`).
public actor LanguageServer {
    public struct Options: Sendable {
        /// How long after the last change the workspace is recompiled.
        public var debounce: Duration
        /// The date the time-dependent rules judge against.
        public var asOf: PlanDate
        /// The running binary, to find the checkout's `docs/rules` pages.
        public var executable: String?

        public init(debounce: Duration = .milliseconds(150), asOf: PlanDate, executable: String? = CommandLine.arguments.first) {
            self.debounce = debounce
            self.asOf = asOf
            self.executable = executable
        }
    }

    enum State {
        case uninitialized, running, shutDown
    }

    let options: Options
    let writer: MessageWriter
    var state = State.uninitialized
    var encoding = PositionEncoding.utf16
    var documents = DocumentStore()
    var locator = WorkspaceLocator()
    var workspaces: [String: CompiledWorkspace] = [:]
    /// Per workspace root: the diagnostics last published per URI.
    var published: [String: [String: JSONValue]] = [:]
    /// Per workspace root: bumped by every change; a compilation is current when it
    /// started at the latest generation.
    var generations: [String: Int] = [:]
    var compiledGenerations: [String: Int] = [:]
    /// Per workspace root: the compilation under way, so that a request and the debounce
    /// timer share one instead of compiling the same text twice.
    var compiling: [String: (generation: Int, task: Task<CompiledWorkspace?, Never>)] = [:]
    var docsLinks: [String: RuleDocsLink] = [:]
    /// Set by the `exit` notification: 0 after `shutdown`, else 1 (LSP 3.17).
    public private(set) var exitCode: Int32?

    public init(writer: MessageWriter, options: Options) {
        self.writer = writer
        self.options = options
    }

    // MARK: Messages

    /// Handles one message body.
    public func receive(_ body: [UInt8]) async {
        guard let text = String(validating: body, as: UTF8.self) else {
            reply(id: .null, error: ResponseError(code: ResponseError.parseError, message: "the message is not UTF-8 text"))
            return
        }
        let message: JSONValue
        do {
            message = try JSONParser.parse(text)
        } catch {
            reply(id: .null, error: ResponseError(code: ResponseError.parseError, message: "the message is not JSON: \(error)"))
            return
        }
        guard case .object = message else {
            reply(id: .null, error: ResponseError(code: ResponseError.invalidRequestCode, message: "a message must be a JSON object (batches are not part of LSP)"))
            return
        }
        let id = message["id"]
        guard let method = message["method"]?.stringValue else {
            // A response to a request of ours (the server sends none) or garbage.
            if id == nil || message["result"] != nil || message["error"] != nil { return }
            // An id that is no number or string is not echoed (JSON-RPC 2.0: then `null`;
            // an input through fuzz-lsp-reader's harness showed the id echoed).
            let answerID = id.flatMap { $0.stringValue != nil || $0.intValue != nil ? $0 : nil } ?? .null
            reply(id: answerID, error: ResponseError(code: ResponseError.invalidRequestCode, message: "the message has no 'method'"))
            return
        }
        let params = message["params"] ?? .null
        if let id {
            guard id.stringValue != nil || id.intValue != nil else {
                reply(id: .null, error: ResponseError(code: ResponseError.invalidRequestCode, message: "a request's 'id' must be a number or a string"))
                return
            }
            do {
                reply(id: id, result: try await request(method, params))
            } catch {
                reply(id: id, error: error)
            }
        } else {
            await notification(method, params)
        }
    }

    /// Answers a message the reader dropped for its size.
    public func rejectOversized(_ length: Int) {
        reply(id: .null, error: ResponseError(
            code: ResponseError.invalidRequestCode,
            message: "a message of \(length) bytes is over the limit of \(MessageReader<FileDescriptorSource>.maximumMessageSize) bytes; it was skipped"))
    }

    private func request(_ method: String, _ params: JSONValue) async throws(ResponseError) -> JSONValue {
        switch state {
        case .uninitialized where method != "initialize":
            throw ResponseError(code: ResponseError.serverNotInitializedCode, message: "the server has not been initialized; send 'initialize' first")
        case .running where method == "initialize":
            throw ResponseError(code: ResponseError.invalidRequestCode, message: "the server is already initialized")
        case .shutDown:
            throw ResponseError(code: ResponseError.invalidRequestCode, message: "the server is shutting down; only 'exit' is accepted")
        default:
            break
        }
        switch method {
        case "initialize": return initialize(params)
        case "shutdown":
            state = .shutDown
            return .null
        case "textDocument/completion":
            let position = try Self.position(params)
            // Completion runs while typing: it reads the document's current text and the
            // last compilation rather than waiting for a new one.
            return try await withDocument(params, current: false) { CompletionHandler(context: $0, position: position).complete() }
        case "textDocument/hover":
            let position = try Self.position(params)
            return try await withDocument(params) { HoverHandler(context: $0).hover(at: position) }
        case "textDocument/definition":
            let position = try Self.position(params)
            return try await withDocument(params) { NavigationHandler(context: $0).definition(at: position) }
        case "textDocument/references":
            let position = try Self.position(params)
            let includeDeclaration = params["context"]?["includeDeclaration"]?.boolValue ?? true
            return try await withDocument(params) { NavigationHandler(context: $0).references(at: position, includeDeclaration: includeDeclaration) }
        case "textDocument/documentSymbol":
            return try await withDocument(params) { SymbolsHandler.documentSymbols($0) }
        case "workspace/symbol":
            return SymbolsHandler.workspaceSymbols(query: params["query"]?.stringValue ?? "", in: workspaces.keys.sorted().compactMap { workspaces[$0] }, encoding: encoding, uri: uri(forPath:))
        case "textDocument/prepareRename":
            let position = try Self.position(params)
            return try await withDocument(params) { (context) throws(ResponseError) -> JSONValue in try RenameHandler(context: context).prepare(at: position) }
        case "textDocument/rename":
            let position = try Self.position(params)
            guard let newName = params["newName"]?.stringValue else { throw .invalidParams("rename needs 'newName'") }
            return try await withDocument(params) { (context) throws(ResponseError) -> JSONValue in try RenameHandler(context: context).rename(at: position, to: newName) }
        case "textDocument/codeAction":
            let range = params["range"]?.range
            let only = params["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
            return try await withDocument(params) { CodeActionHandler(context: $0).actions(in: range, only: only) }
        case "textDocument/formatting":
            return try await withDocument(params) { FormattingHandler(context: $0).format() }
        default:
            throw ResponseError(code: ResponseError.methodNotFoundCode, message: "method '\(method)' is not supported")
        }
    }

    private func notification(_ method: String, _ params: JSONValue) async {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return
        }
        // Before `initialize` and after `shutdown` notifications are dropped (LSP 3.17).
        guard state == .running else { return }
        switch method {
        case "textDocument/didOpen":
            guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue,
                  let path = DocumentURI.path(of: uri) else { return }
            documents.open(path: path, document: OpenDocument(uri: uri, version: item["version"]?.intValue ?? 0, text: text))
            changed(path)
        case "textDocument/didChange":
            guard let uri = params.documentURI, let path = DocumentURI.path(of: uri), let changes = params["contentChanges"]?.arrayValue else { return }
            do {
                try documents.change(path: path, version: params["textDocument"]?["version"]?.intValue, changes: changes, encoding: encoding)
            } catch {
                log("cannot apply a change to \(uri): \(error.message)")
            }
            changed(path)
        case "textDocument/didClose":
            guard let uri = params.documentURI, let path = DocumentURI.path(of: uri) else { return }
            documents.close(path: path)
            changed(path)
        case "textDocument/didSave":
            guard let uri = params.documentURI, let path = DocumentURI.path(of: uri) else { return }
            changed(path)
        case "workspace/didChangeWatchedFiles":
            for change in params["changes"]?.arrayValue ?? [] {
                if let uri = change["uri"]?.stringValue, let path = DocumentURI.path(of: uri) { changed(path) }
            }
        case "workspace/didChangeWorkspaceFolders":
            let removed = Set((params["event"]?["removed"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(DocumentURI.path(of:)) })
            let added = (params["event"]?["added"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(DocumentURI.path(of:)) }
            locator.folders = locator.folders.filter { !removed.contains($0) } + added
        default:
            break  // `initialized`, `$/cancelRequest`, `$/setTrace`, and what the server does not use
        }
    }

    // MARK: Initialize

    private func initialize(_ params: JSONValue) -> JSONValue {
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
        var folders = (params["workspaceFolders"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(DocumentURI.path(of:)) }
        if folders.isEmpty, let root = params["rootUri"]?.stringValue.flatMap(DocumentURI.path(of:)) { folders = [root] }
        if folders.isEmpty, let root = params["rootPath"]?.stringValue { folders = [URL(fileURLWithPath: root).standardizedFileURL.path] }
        locator.folders = folders
        state = .running
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "completionProvider": ["triggerCharacters": ["@", "#"]],
                "hoverProvider": true,
                "definitionProvider": true,
                "referencesProvider": true,
                "documentSymbolProvider": true,
                "workspaceSymbolProvider": true,
                "renameProvider": ["prepareProvider": true],
                "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll"]],
                "documentFormattingProvider": true,
                "workspace": ["workspaceFolders": ["supported": true, "changeNotifications": true]],
            ],
            "serverInfo": ["name": "apg"],
        ]
    }

    // MARK: Compiling

    /// A document or file changed: recompile its workspace after the debounce pause.
    private func changed(_ path: String) {
        guard let root = locator.root(forDocumentAt: path) else { return }
        let generation = generations[root, default: 0] + 1
        generations[root] = generation
        let pause = options.debounce
        Task {
            try? await Task.sleep(for: pause)
            await self.compileIfStale(root, generation: generation)
        }
    }

    private func compileIfStale(_ root: String, generation: Int) async {
        guard generations[root] == generation, compiledGenerations[root, default: -1] < generation else { return }
        await compile(root)
    }

    /// Compiles a workspace with the open documents over the disk and publishes its
    /// diagnostics; a workspace that can no longer be read (its folder deleted) has its
    /// diagnostics cleared.
    @discardableResult
    func compile(_ root: String) async -> CompiledWorkspace? {
        let generation = generations[root, default: 0]
        if let running = compiling[root], running.generation == generation { return await running.task.value }
        let task = Task { await self.compile(root, generation: generation) }
        compiling[root] = (generation, task)
        let result = await task.value
        if compiling[root]?.generation == generation { compiling[root] = nil }
        return result
    }

    private func compile(_ root: String, generation: Int) async -> CompiledWorkspace? {
        let compiler = AccountCompiler(options: .init(asOf: options.asOf))
        let compilation: Compilation
        do {
            compilation = try await compiler.compile(root: URL(fileURLWithPath: root, isDirectory: true), overlay: documents.overlay(under: root))
        } catch {
            log("cannot compile the workspace '\(root)': \(error)")
            if compiledGenerations[root, default: -1] <= generation {
                compiledGenerations[root] = generation
                workspaces[root] = nil
                publish([:], root: root)
            }
            return nil
        }
        // A slower, older compilation must not replace a newer one.
        guard compiledGenerations[root, default: -1] <= generation else { return workspaces[root] }
        compiledGenerations[root] = generation
        let workspace = CompiledWorkspace(root: root, compilation: compilation)
        workspaces[root] = workspace
        let link = docsLinks[root] ?? RuleDocsLink(workspaceRoot: root, executable: options.executable)
        docsLinks[root] = link
        let handler = DiagnosticsHandler(workspace: workspace, encoding: encoding, docsLink: link) { [documents] relative in
            let path = workspace.absolutePath(relative)
            return documents[path]?.uri ?? DocumentURI.uri(ofPath: path)
        }
        var byURI: [String: JSONValue] = [:]
        for (relative, diagnostics) in handler.diagnosticsByFile() {
            byURI[uri(forPath: workspace.absolutePath(relative))] = .array(diagnostics)
        }
        publish(byURI, root: root)
        return workspace
    }

    /// Publishes what changed since the last time, and an empty list for every file that
    /// had diagnostics and is no longer part of the workspace.
    private func publish(_ byURI: [String: JSONValue], root: String) {
        let previous = published[root] ?? [:]
        for uri in previous.keys.sorted() where byURI[uri] == nil {
            writer.send(Self.notification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []]))
        }
        for uri in byURI.keys.sorted() where previous[uri] != byURI[uri] {
            writer.send(Self.notification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": byURI[uri] ?? []]))
        }
        published[root] = byURI
    }

    /// Compiles every workspace with a pending change now (tests use it instead of
    /// waiting for the debounce).
    public func flush() async {
        for root in generations.keys.sorted() where compiledGenerations[root, default: -1] < generations[root, default: 0] {
            await compile(root)
        }
    }

    // MARK: Requests on a document

    /// Runs a handler on the document a request names, against a compilation of its
    /// workspace that includes every change (`current`), or the last one when there is
    /// one; a document outside any workspace is handled on its own text.
    private func withDocument(_ params: JSONValue, current: Bool = true, _ body: (DocumentContext) throws(ResponseError) -> JSONValue) async throws(ResponseError) -> JSONValue {
        guard let uri = params.documentURI else { throw .invalidParams("the request needs 'textDocument.uri'") }
        guard let path = DocumentURI.path(of: uri) else { return .null }
        var workspace: CompiledWorkspace?
        if let root = locator.root(forDocumentAt: path) {
            let stale = compiledGenerations[root, default: -1] < generations[root, default: 0]
            if workspaces[root] == nil || (stale && current) {
                workspace = await compile(root)
            } else {
                workspace = workspaces[root]
            }
        }
        let relative = workspace?.relativePath(path)
        let lines: TextLines
        if !current, let document = documents[path] {
            lines = document.lines
        } else if let relative, let compiled = workspace?.texts[relative] {
            lines = compiled
        } else if let document = documents[path] {
            lines = document.lines
        } else if let data = FileManager.default.contents(atPath: path) {
            lines = TextLines(bytes: [UInt8](data))
        } else {
            return .null
        }
        let context = DocumentContext(
            workspace: workspace, path: relative ?? (path as NSString).lastPathComponent, uri: uri, lines: lines,
            encoding: encoding, uriForPath: { [documents] path in documents[path]?.uri ?? DocumentURI.uri(ofPath: path) })
        return try body(context)
    }

    private static func position(_ params: JSONValue) throws(ResponseError) -> Position {
        guard let position = params["position"]?.position else { throw .invalidParams("the request needs a 'position'") }
        return position
    }

    private func uri(forPath path: String) -> String {
        documents[path]?.uri ?? DocumentURI.uri(ofPath: path)
    }

    // MARK: Output

    private func reply(id: JSONValue, result: JSONValue) {
        writer.send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    private func reply(id: JSONValue, error: ResponseError) {
        writer.send(["jsonrpc": "2.0", "id": id, "error": error.json])
    }

    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }

    /// A message for the client's log (`window/logMessage`), never stdout text.
    private func log(_ message: String) {
        writer.send(Self.notification("window/logMessage", ["type": 4, "message": .string(message)]))
    }
}
