import Diagnostics
import GuideMarkdown
import PlanModel

/// `## Actions`: task items that name their strategy or tactic with `Strategy:` or
/// `Tactic:`, so a country team can add actions to a plan written elsewhere (spec §5).
extension LoweringContext {
    mutating func lowerFlatActions(_ blocks: ArraySlice<MarkdownNode>) {
        forEachListItem(in: blocks) { context, item in
            let title = TitleLine(context.firstLine(of: item).text)
            guard title.box != nil else {
                context.report(LoweringRules.unexpectedEntity.diagnostic(
                    "\(LoweringContext.describe(title.title)) in the Actions section is not a task item and is ignored",
                    at: context.location(of: item),
                    fix: FixSuggestion("write the action as a task item: '- [ ] \(title.code.map { "\($0): " } ?? "")\(title.title)'")))
                return
            }
            context.lowerAction(item, strategy: nil, tactic: nil)
        }
    }
}
