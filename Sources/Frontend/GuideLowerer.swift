import Diagnostics
import GuideMarkdown
import PlanModel
import Vocabulary

/// Turns one guide's Markdown tree into entities (spec §3–5).
///
/// The level-1 heading is the title; level-2 headings open sections, matched against
/// the vocabulary; each section kind has its own lowering in `Lowering/`. Author
/// mistakes become diagnostics; lowering never throws, and its work is linear in the
/// size of the file, with nesting bounded by `LoweringLimits.maximumDepth`.
public struct GuideLowerer {
    public let vocabulary: Vocabulary
    public let config: WorkspaceConfig

    public init(vocabulary: Vocabulary, config: WorkspaceConfig) {
        self.vocabulary = vocabulary
        self.config = config
    }

    /// Lowers `document` (parsed from the file with its front matter blanked, so lines
    /// match `source`) into `file`, appending every problem to `diagnostics`.
    public func lower(document: MarkdownDocument, source: SourceText, into file: inout GuideFile, diagnostics: inout [Diagnostic]) {
        var lineRoles = SourceLineRoles()
        lower(document: document, source: source, into: &file, diagnostics: &diagnostics, lineRoles: &lineRoles)
    }

    /// The same, also giving the lines read as attributes or history entries and the
    /// lines kept as source text.
    public func lower(document: MarkdownDocument, source: SourceText, into file: inout GuideFile, diagnostics: inout [Diagnostic], lineRoles: inout SourceLineRoles) {
        let blocks = Array(document.rootNode.children)
        var context = LoweringContext(vocabulary: vocabulary, config: config, source: source, file: file)
        context.scanTree(document.rootNode)
        context.recoverSetextHeadings(blocks)

        let sectionStarts = blocks.indices.filter { context.isSectionHeading(blocks[$0]) }
        context.languageIsKnown = file.frontMatter.language != nil
        if !context.languageIsKnown,
           let detected = vocabulary.detectLanguage(headings: sectionStarts.map { SectionHeading(blocks[$0].plainText).name }) {
            context.file.language = detected
            context.languageIsKnown = true
        }

        let firstSection = sectionStarts.first ?? blocks.endIndex
        context.lowerPreamble(blocks[..<firstSection])
        for (position, start) in sectionStarts.enumerated() {
            let end = position + 1 < sectionStarts.count ? sectionStarts[position + 1] : blocks.endIndex
            let endLine = end < blocks.endIndex ? (blocks[end].start?.line ?? source.lineCount + 1) - 1 : source.lineCount
            context.lowerSection(heading: blocks[start], blocks: blocks[(start + 1)..<end], endLine: endLine)
        }

        file = context.file
        diagnostics += context.diagnostics
        lineRoles = SourceLineRoles(attributeLines: context.attributeLines, verbatimLines: context.verbatimLines)
    }
}

extension LoweringContext {
    /// A level-1 or level-2 heading that was not read back as attribute lines.
    func isSectionHeading(_ node: MarkdownNode) -> Bool {
        node.kind == .heading && node.headingLevel <= 2 && !isParagraphLike(node)
    }

    /// Everything before the first section: the title, and content that belongs nowhere.
    mutating func lowerPreamble(_ blocks: ArraySlice<MarkdownNode>) {
        for block in blocks {
            switch block.kind {
            case .heading where block.headingLevel == 1 && !isParagraphLike(block):
                if file.title == nil { file.title = block.plainText.trimmingBlanks() }
            case .list, .heading:
                report(LoweringRules.contentOutsideSection.diagnostic(
                    "this \(block.kind == .list ? "list" : "heading") stands before the first section and is not read",
                    at: location(of: block),
                    fix: FixSuggestion("move it under a '##' section heading such as '## \(words.section("team"))' or '## \(words.section("goals"))'")))
            default:
                break
            }
        }
    }

    mutating func lowerSection(heading: MarkdownNode, blocks: ArraySlice<MarkdownNode>, endLine: Int) {
        let name = heading.plainText.trimmingBlanks()
        if heading.headingLevel == 1 {
            // A second document title: the sections after it go on as before.
            if file.title == nil { file.title = name }
            lowerPreamble(blocks)
            return
        }
        switch sectionKey(of: name) {
        case "team": lowerTeam(blocks)
        case "organization": lowerOrganization(blocks)
        case "stakeholders": lowerStakeholders(blocks)
        case "items": lowerItems(blocks)
        case "vision": lowerVision(heading: heading, endLine: endLine)
        case "goals": lowerGoals(blocks)
        case "actions": lowerFlatActions(blocks)
        case "notes": lowerProse(heading: heading, endLine: endLine, isNotes: true)
        default:
            lowerProse(heading: heading, endLine: endLine, isNotes: false)
            reportUnknownSection(heading, name: name, content: shape(of: blocks))
        }
    }
}
