import Diagnostics
import GuideMarkdown
import PlanModel
import Vocabulary

/// Parses one file of a workspace: checks it is UTF-8, reads the front matter, blanks
/// it, runs cmark and lowers the tree.
public struct GuideParser: Sendable {
    public let vocabulary: Vocabulary
    public let config: WorkspaceConfig

    public init(vocabulary: Vocabulary, config: WorkspaceConfig) {
        self.vocabulary = vocabulary
        self.config = config
    }

    /// The parsed file, or nil when it is not a guide at all (not UTF-8, too large, no
    /// front matter or an unclosed one); the diagnostics say why. `source` is the decoded
    /// text (nil when the file is not UTF-8), kept for diagnostic printing.
    public func parse(path: String, bytes: [UInt8]) -> ParsedGuide {
        guard bytes.count <= FrontMatterRules.maximumFileSize else {
            let diagnostic = FrontMatterRules.fileTooLarge.diagnostic(
                "file is too large (\(bytes.count) bytes; the limit is 8 MiB, \(FrontMatterRules.maximumFileSize) bytes)",
                at: SourceLocation(file: path, line: 1, column: 1),
                fix: FixSuggestion("move the file out of the workspace or add '\(path)' to 'ignore:' in apg.yaml"))
            return ParsedGuide(file: nil, source: nil, diagnostics: [diagnostic])
        }
        // A UTF-8 byte order mark is tolerated and dropped, so line 1 starts at `---`.
        let body = LineEndings.normalizingLoneCarriageReturns(
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        if let offset = UTF8Validation.firstInvalidByte(in: body) {
            let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: body)
            let byte = String(body[offset], radix: 16, uppercase: true)
            let diagnostic = FrontMatterRules.invalidUTF8.diagnostic(
                "file is not valid UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) at line \(line), column \(column); the file is skipped",
                at: SourceLocation(file: path, line: line, column: column),
                fix: FixSuggestion("save the file with the UTF-8 encoding"))
            return ParsedGuide(file: nil, source: nil, diagnostics: [diagnostic])
        }
        if let overlong = WorkspaceLimits.overlongLine(in: body) {
            let diagnostic = LimitRules.lineTooLong.diagnostic(
                "line \(overlong.line) is \(overlong.length.grouped) bytes long; the limit is \(WorkspaceLimits.maximumLineLength.grouped) bytes (1 MiB), so the file is skipped",
                at: SourceLocation(file: path, line: overlong.line, column: 1),
                fix: FixSuggestion("remove the data on that line (link to it instead), or add '\(path)' to 'ignore:' in apg.yaml"))
            return ParsedGuide(file: nil, source: nil, diagnostics: [diagnostic])
        }
        let text = String(decoding: body, as: UTF8.self)
        let source = SourceText(path: path, text: text)
        var diagnostics: [Diagnostic] = []

        let block: FrontMatterBlock
        switch FrontMatterBlock.locate(in: text) {
        case .success(let found):
            block = found
        case .failure(.missing(let openingLine)):
            let diagnostic: Diagnostic
            if let openingLine {
                diagnostic = FrontMatterRules.missingFrontMatter.diagnostic(
                    "front matter must start on line 1, but its '---' is on line \(openingLine)",
                    at: SourceLocation(file: path, line: openingLine, column: 1),
                    fix: FixSuggestion("delete the blank lines before the opening '---'"))
            } else {
                diagnostic = FrontMatterRules.missingFrontMatter.diagnostic(
                    "not an account planning guide: no front matter",
                    at: SourceLocation(file: path, line: 1, column: 1),
                    fix: FixSuggestion("start the file with front matter ('---', 'account: <name>', 'country: <code>', '---'), or add '\(path)' to 'ignore:' in apg.yaml"))
            }
            return ParsedGuide(file: nil, source: source, diagnostics: [diagnostic])
        case .failure(.unterminated):
            let diagnostic = FrontMatterRules.unterminatedFrontMatter.diagnostic(
                "front matter opened here is never closed",
                at: SourceLocation(file: path, line: 1, column: 1),
                fix: FixSuggestion("add a line '---' after the last front matter key"))
            return ParsedGuide(file: nil, source: source, diagnostics: [diagnostic])
        }

        let yaml = YAMLSource(file: source, lineOffset: 1)
        var yamlDiagnostics: [Diagnostic] = []
        let root = yaml.compose(block.yaml, diagnostics: &yamlDiagnostics)
        diagnostics += yamlDiagnostics
        var frontMatter = FrontMatter()
        // After a syntax error the keys are unknown; the body is still lowered so that its
        // own problems show up in the same run.
        if !yamlDiagnostics.contains(where: { $0.rule == FrontMatterRules.yamlSyntax.id }) {
            frontMatter = FrontMatterReader(yaml: yaml).read(root, diagnostics: &diagnostics)
        }
        checkAccount(frontMatter, path: path, diagnostics: &diagnostics)

        let document = MarkdownDocument(text: block.blanking(text))
        // Without a `language:` key the lowerer detects it from the section headings it
        // recognises; English is the default when they name none.
        let language = frontMatter.language.flatMap { $0.split(separator: "-").first.map { $0.lowercased() } } ?? "en"
        var file = GuideFile(path: path, frontMatter: frontMatter, language: language)
        var lineRoles = SourceLineRoles()
        GuideLowerer(vocabulary: vocabulary, config: config).lower(document: document, source: source, into: &file, diagnostics: &diagnostics, lineRoles: &lineRoles)
        var parsed = ParsedGuide(file: file, source: source, diagnostics: diagnostics)
        parsed.lineRoles = lineRoles
        return parsed
    }

    private func checkAccount(_ frontMatter: FrontMatter, path: String, diagnostics: inout [Diagnostic]) {
        guard let expected = config.account, let account = frontMatter.account,
              account.trimmingWhitespace().lowercased() != expected.trimmingWhitespace().lowercased()
        else { return }
        var notes: [DiagnosticNote] = []
        if let configured = config.keyLocations["account"] {
            notes.append(DiagnosticNote("apg.yaml names the account '\(expected)'", at: configured))
        }
        diagnostics.append(FrontMatterRules.accountMismatch.diagnostic(
            "account '\(account)' differs from '\(expected)' in apg.yaml",
            at: frontMatter.keyLocations["account"] ?? SourceLocation(file: path, line: 2, column: 1),
            notes: notes,
            fix: FixSuggestion("write 'account: \(expected)', or move this guide to its own account's workspace", replacement: expected)))
    }
}

public struct ParsedGuide: Sendable {
    public var file: GuideFile?
    public var source: SourceText?
    public var diagnostics: [Diagnostic]
    /// What the front end read some lines as, for `apg fmt`.
    public var lineRoles = SourceLineRoles()

    public init(file: GuideFile?, source: SourceText?, diagnostics: [Diagnostic]) {
        self.file = file
        self.source = source
        self.diagnostics = diagnostics
    }
}
