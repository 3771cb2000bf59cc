import Foundation
import Compiler
import Diagnostics
import GuideMarkdown
import PlanModel

/// Builds the template context of the workshop pack from a (filtered) compilation.
/// Both the HTML and the Markdown pack use it; they differ only in their templates and
/// in which pre-rendered diagrams they show.
struct PackViewBuilder {
    let compilation: Compilation
    let labels: PackLabels
    let audience: Audience

    private var model: AccountModel { compilation.model }
    private var facts: PackFacts { PackFacts(compilation: compilation) }
    /// Amounts in the pack's language (`2,2 Mio. EUR` in German).
    private var format: LocalizedFormat { LocalizedFormat(language: labels.language) }
    private var origins: SourceOrigins { SourceOrigins(model: compilation.model) }

    func build() -> PackView {
        var view = PackView()
        view.labels = labels.labels
        view.lang = labels.language
        view.account = model.account
        view.date = facts.date.iso
        view.isCustomerEdition = audience == .customer
        view.countries = facts.countries.joined(separator: ", ")
        view.sources = model.sources.map { source in
            var entry = SourceView()
            entry.path = source.path
            entry.origin = source.country ?? source.region ?? labels.label("global")
            entry.language = source.language
            entry.updated = source.updated?.iso ?? ""
            entry.authors = source.authors.map { compilation.isCustomerEdition ? $0 : "@\($0)" }.joined(separator: ", ")
            return entry
        }
        fillTeam(&view)
        if let vision = model.vision {
            view.visionHTML = Trusted(SafeMarkdown.html(vision.markdown))
            view.hasVision = true
        }
        view.goals = goals()
        fillOrganization(&view)
        fillStakeholders(&view)
        fillItems(&view)
        fillWhitespace(&view)
        fillTimeline(&view)
        fillResponsibilities(&view)
        fillWorkshop(&view)
        view.pagePrintCSS = Trusted(PagePrintCSS(
            account: model.account,
            edition: audience == .customer ? "\(labels.label("customerEdition")) · \(labels.label("asOf")) \(facts.date.iso)" : labels.label("internalEdition"),
            isInternal: audience == .team,
            pageOf: labels.label("pageOf")).css)
        let origins = origins
        view.notes = model.prose.map { section in
            var prose = ProseView()
            prose.origin = origins.origin(of: section.location) ?? labels.label("global")
            prose.heading = section.heading
            prose.file = section.location.file
            prose.html = Trusted(SafeMarkdown.html(section.markdown))
            return prose
        }
        view.hasNotes = !view.notes.isEmpty
        if audience == .team {
            view.diagnostics = diagnostics()
            view.mergeSuggestions = compilation.synthesis.suggestions.map { suggestion in
                var row = MergeSuggestionView()
                row.item = suggestion.candidate
                row.candidate = suggestion.item
                row.score = String(format: "%.2f", suggestion.score)
                row.shared = suggestion.sharedConcepts.isEmpty ? suggestion.evidence : suggestion.sharedConcepts.joined(separator: ", ")
                return row
            }
        }
        view.hasMergeSuggestions = !view.mergeSuggestions.isEmpty
        view.hasAppendix = view.hasNotes || view.diagnostics != nil || view.hasMergeSuggestions || view.hasMergedItems
        view.agenda = agenda()
        view.contents = contents(view)
        return view
    }

    // MARK: Sections

    private func contents(_ view: PackView) -> [ContentsEntryView] {
        var entries: [(String, String)] = [("agenda", "agenda")]
        if view.hasTeam { entries.append(("team", "team")) }
        if view.hasVision { entries.append(("vision", "vision")) }
        entries.append(("goals", "goals"))
        if view.hasUnits { entries.append(("organization", "organization")) }
        if view.hasStakeholders { entries.append(("stakeholders", "stakeholders")) }
        if view.hasItems { entries.append(("items", "items")) }
        if view.hasWhitespace { entries.append(("whitespace", "whitespace")) }
        entries.append(("strategies", "strategies"))
        entries.append(("actions", "tacticsActions"))
        if view.hasTimeline { entries.append(("timeline", "timeline")) }
        if view.hasResponsibilities { entries.append(("responsibility", "responsibility")) }
        if view.hasWorksheets { entries.append(("worksheets", "worksheets")) }
        if view.hasMemberSheets { entries.append(("member-sheets", "memberSheets")) }
        if view.hasAppendix { entries.append(("appendix", "appendix")) }
        return entries.enumerated().map { index, entry in
            var item = ContentsEntryView()
            item.number = String(index + 1)
            item.anchor = entry.0
            item.title = labels.label(entry.1)
            return item
        }
    }

    /// The workshop agenda, following the process: preparation, the workshop's steps,
    /// follow-up. Each step links to the section of the pack it works on.
    private func agenda() -> [AgendaPhaseView] {
        func step(_ key: String, _ anchor: String, _ detail: String = "") -> AgendaStepView {
            var step = AgendaStepView()
            step.title = labels.label(key)
            step.anchor = anchor
            step.detail = detail.isEmpty ? nil : detail
            return step
        }
        let goalCodes = model.goals.map { codedTitle(of: $0) }.joined(separator: "; ")
        let selected = model.strategies.filter { $0.status == .selected }.count
        var prep = AgendaPhaseView()
        prep.title = labels.label("phasePrep")
        prep.steps = [step("stepItems", "items", "\(model.items.count) · \(facts.countries.joined(separator: ", "))")]
        var workshop = AgendaPhaseView()
        workshop.title = labels.label("phaseWorkshop")
        workshop.steps = [
            step("stepVision", "goals", goalCodes),
            step("stepOrganization", "organization", "\(model.units.count) \(labels.label("units"))"),
            step("stepItemsReview", "items"),
            step("stepStrategies", "strategies", "\(model.strategies.count) \(labels.label("strategies")) · \(selected) \(labels.value("strategy-status", "selected"))"),
            step("stepActions", "actions", "\(model.actions.count) \(labels.label("actions"))"),
        ]
        var followUp = AgendaPhaseView()
        followUp.title = labels.label("phaseFollowUp")
        followUp.steps = [step("stepFollowUp", "timeline")]
        return [prep, workshop, followUp]
    }

    private func memberView(_ member: Member) -> MemberView {
        var view = MemberView()
        view.name = member.title
        view.handle = compilation.isCustomerEdition ? nil : "@\(member.handle)"
        view.role = member.role ?? ""
        view.function = member.function ?? ""
        view.country = member.country ?? ""
        view.email = member.email ?? ""
        return view
    }

    private func fillTeam(_ view: inout PackView) {
        func groups(_ key: (Member) -> String) -> [TeamGroupView] {
            var order: [String] = []
            var members: [String: [Member]] = [:]
            for member in model.team {
                let name = key(member)
                if members[name] == nil { order.append(name) }
                members[name, default: []].append(member)
            }
            return order.sorted().map { name in
                var group = TeamGroupView()
                group.name = name.isEmpty ? "—" : name
                group.members = (members[name] ?? []).map(memberView)
                group.count = group.members.count
                group.memberList = group.members.map { member in member.handle.map { "\(member.name) (\($0))" } ?? member.name }.joined(separator: "; ")
                return group
            }
        }
        view.teamFunctions = groups { $0.function ?? "" }
        view.teamCountries = groups { $0.country ?? "" }
        view.hasTeam = !model.team.isEmpty
    }

    private func goals() -> [GoalView] {
        let tacticsByStrategy = Dictionary(grouping: model.tactics) { $0.strategy?.key ?? "" }
        let actionsByTactic = Dictionary(grouping: model.actions.filter { $0.tactic != nil }) { $0.tactic?.key ?? "" }
        let directActions = Dictionary(grouping: model.actions.filter { $0.tactic == nil }) { $0.strategy?.key ?? "" }
        let strategiesByGoal = Dictionary(grouping: model.strategies) { $0.goal?.key ?? "" }
        let titles = entityTitles()

        func references(_ refs: [Reference]) -> [ReferenceView] {
            refs.map { ref in
                var view = ReferenceView()
                view.code = ref.id
                view.title = titles[ref.key] ?? ""
                return view
            }
        }

        return model.goals.map { goal in
            var view = GoalView()
            view.code = code(of: goal)
            view.anchor = anchor("goal", goal.id)
            view.title = goal.title
            view.metric = goal.metric ?? ""
            view.baseline = goal.baseline?.text ?? "—"
            view.target = goal.target?.text ?? "—"
            view.current = goal.current?.text ?? ""
            view.due = goal.due?.written ?? ""
            view.sponsors = handles(goal.sponsors, in: compilation)
            view.strategies = (strategiesByGoal[goal.key] ?? []).map { strategy in
                var item = StrategyView()
                item.code = code(of: strategy)
                item.anchor = anchor("strategy", strategy.id)
                item.title = strategy.title
                let status = strategy.status ?? .proposed
                item.status = labels.value("strategy-status", status.rawValue)
                item.statusClass = status.rawValue
                item.owners = strategy.owners.isEmpty ? nil : handles(strategy.owners, in: compilation)
                item.addresses = references(strategy.addresses)
                item.units = references(strategy.units)
                item.unitList = item.units.map { $0.title.isEmpty ? $0.code : $0.title }.joined(separator: "; ")
                item.tactics = (tacticsByStrategy[strategy.key] ?? []).map { tactic in
                    var view = TacticView()
                    view.code = code(of: tactic)
                    view.title = tactic.title
                    view.owners = tactic.owners.isEmpty ? nil : handles(tactic.owners, in: compilation)
                    view.actions = (actionsByTactic[tactic.key] ?? []).map(actionView)
                    return view
                }
                item.actions = (directActions[strategy.key] ?? []).map(actionView)
                item.hasAddresses = !item.addresses.isEmpty
                item.hasUnitRefs = !item.units.isEmpty
                item.hasDirectActions = !item.actions.isEmpty
                item.hasWork = !item.tactics.isEmpty || !item.actions.isEmpty
                return item
            }
            view.hasStrategies = !view.strategies.isEmpty
            return view
        }
    }

    private func actionView(_ action: ActionItem) -> ActionView {
        var view = ActionView()
        view.code = code(of: action)
        view.title = action.title
        view.owners = handles(action.owners, in: compilation)
        view.due = action.due?.written ?? ""
        let status = action.effectiveStatus
        view.status = labels.value("action-status", status.rawValue)
        view.statusClass = status.rawValue
        view.metric = action.metric ?? ""
        view.target = action.target?.text ?? ""
        view.actual = action.actual?.text
        view.milestones = action.milestones.sorted { $0.date < $1.date }.map { milestone in
            var view = MilestoneView()
            view.date = milestone.date.written
            view.title = milestone.title
            return view
        }
        view.milestoneList = view.milestones.map { "\($0.date) — \($0.title)" }.joined(separator: "; ")
        view.hasMilestones = !view.milestones.isEmpty
        return view
    }

    private func entityTitles() -> [String: String] {
        var titles: [String: String] = [:]
        for item in model.items { titles[item.key] = item.title }
        for unit in model.units { titles[unit.key] = unit.title }
        for goal in model.goals { titles[goal.key] = goal.title }
        for strategy in model.strategies { titles[strategy.key] = strategy.title }
        for stakeholder in model.stakeholders { titles[stakeholder.key] = stakeholder.title }
        return titles
    }

    private func fillOrganization(_ view: inout PackView) {
        let tree = OrgTree(units: model.units)
        view.units = tree.nodes.map { node in
            let unit = node.unit
            var item = UnitView()
            item.code = code(of: unit)
            item.hasCode = !item.code.isEmpty
            item.title = unit.title
            item.depth = node.depth
            // Markdown tables drop leading spaces: the depth shows as dots.
            item.indent = String(repeating: "· ", count: node.depth)
            item.type = unit.type.map { labels.value("unit-type", $0.rawValue) } ?? ""
            item.country = unit.country
            item.acquired = unit.acquired.map(String.init) ?? ""
            item.themes = unit.themes.joined(separator: "; ")
            item.coveredBy = handles(unit.coveredBy, in: compilation)
            item.isCovered = !unit.coveredBy.isEmpty
            item.contacts = unit.contacts.joined(separator: ", ")
            return item
        }
        view.hasUnits = !tree.nodes.isEmpty
        guard view.hasUnits else { return }
        let chart = OrgChartSVG(
            boxes: tree.nodes.map { node in
                let unit = node.unit
                let meta = [unit.type.map { labels.value("unit-type", $0.rawValue) }, unit.country].compactMap { $0 }.joined(separator: " · ")
                return OrgChartSVG.Box(
                    title: codedTitle(of: unit),
                    subtitle: meta,
                    themes: unit.themes,
                    acquired: unit.acquired.map { "★ \($0)" },
                    isCovered: compilation.isCustomerEdition ? nil : !unit.coveredBy.isEmpty
                )
            },
            children: tree.nodes.map(\.children),
            roots: tree.roots,
            coveredLabel: labels.label("covered"),
            uncoveredLabel: labels.label("uncovered"),
            acquiredLabel: "★ \(labels.label("acquired"))"
        )
        let charts = chart.render()
        view.orgChartSVG = Trusted(charts.joined(separator: "\n"))
        view.orgChartIsSplit = charts.count > 1
        view.orgChartMermaid = Trusted(Mermaid.orgChart(tree, showsCoverage: !compilation.isCustomerEdition))
    }

    private func fillStakeholders(_ view: inout PackView) {
        let unitTitles = Dictionary(model.units.map { ($0.key, $0.title) }, uniquingKeysWith: { a, _ in a })
        view.stakeholders = model.stakeholders.map { person in
            var item = StakeholderView()
            item.name = person.title
            item.jobTitle = person.jobTitle
            item.unit = person.unit.map { unitTitles[$0.key] ?? $0.id } ?? ""
            item.role = labels.value("buying-role", person.buyingRole?.rawValue ?? "none")
            item.stance = labels.value("stance", person.stance?.rawValue ?? "none")
            item.stanceClass = person.stance?.rawValue ?? "none"
            item.coveredBy = handles(person.coveredBy, in: compilation)
            item.lastContact = person.lastContact?.iso ?? ""
            return item
        }
        view.hasStakeholders = !model.stakeholders.isEmpty
        let stances: [String?] = Stance.allCases.map(\.rawValue) + (model.stakeholders.contains { $0.stance == nil } ? [nil] : [])
        let roles: [String?] = BuyingRole.allCases.map(\.rawValue) + (model.stakeholders.contains { $0.buyingRole == nil } ? [nil] : [])
        view.stakeholderStances = stances.map { labels.value("stance", $0 ?? "none") }
        view.stakeholderGrid = roles.map { role in
            var row = StakeholderRowView()
            row.role = labels.value("buying-role", role ?? "none")
            row.cells = stances.map { stance in
                var cell = StakeholderCellView()
                cell.names = model.stakeholders
                    .filter { $0.buyingRole?.rawValue == role && $0.stance?.rawValue == stance }
                    .map(\.title).joined(separator: ", ")
                return cell
            }
            return row
        }
    }

    private func fillItems(_ view: inout PackView) {
        let synthesis = compilation.synthesis
        let entries = SynthesizedEntries(compilation: compilation, language: labels.language)
        let unitTitles = Dictionary(model.units.map { ($0.key, codedTitle(of: $0)) }, uniquingKeysWith: { a, _ in a })
        let origins = origins
        let kindByID = Dictionary(model.items.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        func itemCode(_ id: String) -> String { kindByID[id.lowercased()].map { code(of: $0).isEmpty ? $0.title : code(of: $0) } ?? id }

        view.itemCount = synthesis.items.count
        view.sourceItemCount = synthesis.items.reduce(0) { $0 + $1.members.count }
        view.unaddressedCount = synthesis.items.count { !$0.isAddressed }
        view.itemGroups = entries.groups.map { group in
            var item = ItemGroupView()
            item.unit = group.unit.map { unitTitles[$0] ?? $0 } ?? labels.label("noUnit")
            item.depth = group.depth
            item.rolledUp = group.rolledUp
            item.count = group.count
            item.hasEntries = group.count > 0
            item.hasRollUp = group.rolledUp > group.count
            item.themes = group.themes.map { theme in
                var themeView = ItemThemeView()
                themeView.theme = theme.theme ?? labels.label("noTheme")
                themeView.entries = theme.entries.map { entry in
                    let synthesized = entry.item
                    var row = ItemEntryView()
                    row.code = itemCode(synthesized.id)
                    row.rank = synthesized.rank
                    row.title = synthesized.title
                    row.kind = synthesized.kind.map { labels.value("item-kind", $0.rawValue) } ?? ""
                    row.priority = synthesized.priority.map { labels.value("priority", $0.rawValue) } ?? ""
                    row.countries = synthesized.countries.joined(separator: ", ")
                    let values = synthesized.values.map { $0.compactText(format) }.joined(separator: " + ")
                    row.value = values.isEmpty ? nil : values
                    row.products = synthesized.products.joined(separator: ", ")
                    let others = synthesized.themes.filter { $0.lowercased() != theme.theme?.lowercased() }
                    row.otherThemes = others.isEmpty ? nil : others.joined(separator: ", ")
                    row.sources = entry.sources.enumerated().map { index, source in
                        var sourceView = ItemSourceView()
                        sourceView.isFirst = index == 0
                        sourceView.code = code(of: source)
                        sourceView.title = source.title
                        sourceView.hasTitle = entry.sources.count > 1
                        sourceView.country = origins.origin(of: source.location) ?? labels.label("global")
                        sourceView.location = "\(source.location.file):\(source.location.line)"
                        return sourceView
                    }
                    row.merges = synthesized.merges.enumerated().map { index, merge in
                        var mergeView = MergeView()
                        mergeView.isFirst = index == 0
                        mergeView.items = merge.items.map(itemCode).joined(separator: " + ")
                        mergeView.cause = labels.label(merge.cause == "same-as" ? "causeSameAs" : "causeSimilarity")
                        mergeView.evidence = merge.evidence
                        return mergeView
                    }
                    row.hasMerges = !row.merges.isEmpty
                    row.isAddressed = synthesized.isAddressed
                    row.addressedBy = synthesized.addressedBy.joined(separator: ", ")
                    return row
                }
                return themeView
            }
            return item
        }
        // One row per theme across languages, named in the pack's language with the
        // authors' other words in brackets; by count, then by name in the pack's collation.
        let locale = Locale(identifier: labels.language)
        let themeGroups = synthesis.byTheme.sorted { lhs, rhs in
            if lhs.items.count != rhs.items.count { return lhs.items.count > rhs.items.count }
            guard let left = lhs.name(in: labels.language) else { return false }
            guard let right = rhs.name(in: labels.language) else { return true }
            let order = left.compare(right, options: [.caseInsensitive], range: nil, locale: locale)
            return order == .orderedSame ? left < right : order == .orderedAscending
        }
        view.themeSummary = themeGroups.map { group in
            var summary = ThemeSummaryView()
            let name = group.name(in: labels.language)
            let aliases = group.aliases(besides: name)
            summary.theme = name.map { aliases.isEmpty ? $0 : "\($0) (\(aliases.joined(separator: ", ")))" } ?? labels.label("noTheme")
            summary.count = group.items.count
            summary.unaddressed = group.unaddressed
            summary.values = group.values.map { $0.compactText(format) }.joined(separator: " + ")
            summary.items = group.items.map(itemCode).joined(separator: ", ")
            return summary
        }
        view.hasItems = !view.itemGroups.isEmpty
        if audience == .team {
            view.mergedItems = view.itemGroups.flatMap { $0.themes.flatMap { $0.entries.filter(\.hasMerges) } }
                .sorted { $0.rank < $1.rank }
        }
        view.hasMergedItems = !view.mergedItems.isEmpty
    }

    /// The synthesis pass's units × products matrix, rows in organization-tree order.
    private func fillWhitespace(_ view: inout PackView) {
        let matrix = compilation.synthesis.whitespace
        guard !matrix.rows.isEmpty, !matrix.products.isEmpty else { return }
        let nodes = OrgTree(units: model.units).nodes
        let position = Dictionary(nodes.enumerated().map { ($1.unit.key, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = matrix.rows.sorted { lhs, rhs in
            (position[lhs.unit.lowercased()] ?? Int.max, lhs.unit.lowercased()) < (position[rhs.unit.lowercased()] ?? Int.max, rhs.unit.lowercased())
        }
        view.whitespaceColumns = matrix.products
        view.whitespaceRows = rows.map { row in
            var rowView = WhitespaceRowView()
            let node = position[row.unit.lowercased()].map { nodes[$0] }
            rowView.unit = node.map { codedTitle(of: $0.unit) } ?? row.title ?? row.unit
            rowView.depth = node?.depth ?? 0
            rowView.isTargeted = row.isTargeted
            rowView.targetedBy = row.targetedBy.joined(separator: ", ")
            let cells = Dictionary(row.cells.map { ($0.product, $0) }, uniquingKeysWith: { a, _ in a })
            rowView.cells = matrix.products.map { product in
                var cellView = WhitespaceCellView()
                guard let cell = cells[product] else { return cellView }
                cellView.isEmpty = false
                // Summed opportunity values where the items give them, else how many items.
                cellView.mark = cell.values.isEmpty ? String(cell.items.count) : cell.values.map { $0.compactText(format) }.joined(separator: " + ")
                cellView.isWhitespace = cell.isWhitespace
                cellView.title = cell.items.joined(separator: ", ")
                return cellView
            }
            return rowView
        }
        view.hasWhitespace = true
    }

    private func fillTimeline(_ view: inout PackView) {
        let timeline = ActionTimeline(compilation: compilation, labels: labels)
        guard let span = timeline.span, !timeline.rows.isEmpty else { return }
        view.timelineSpan = "\(span.lowerBound.iso) – \(span.upperBound.iso)"
        let statuses = ActionStatus.allCases.filter { status in timeline.rows.contains { $0.statusClass == status.rawValue } }
        var chart = GanttSVG(lines: timeline.lines, span: span, asOf: (compilation.asOf, labels.label("today")))
        chart.legend = statuses.map { ($0.rawValue, labels.value("action-status", $0.rawValue)) }
        chart.milestoneLabel = labels.label("milestone")
        view.timelineSVG = Trusted(chart.render())
        view.timelineMermaid = Trusted(Mermaid.gantt(title: labels.label("timeline"), sections: timeline.sections))
        view.timelineMilestones = timeline.milestones.map { milestone in
            var row = MemberSheetRowView()
            row.date = milestone.date.written
            row.kind = labels.label("milestone")
            row.isMilestone = true
            row.code = code(of: milestone.action)
            row.title = "\(milestone.title) (\(milestone.action.title))"
            let status = milestone.action.effectiveStatus
            row.status = labels.value("action-status", status.rawValue)
            row.statusClass = status.rawValue
            return row
        }
        view.hasTimelineMilestones = !view.timelineMilestones.isEmpty
        view.hasTimeline = true
    }

    private func fillResponsibilities(_ view: inout PackView) {
        // Each list is walked once, each entity filed under its people (once per person,
        // as a person named twice still owns it once), rather than once per member.
        func byPerson<Entity>(_ entities: [Entity], _ people: (Entity) -> [PersonRef]) -> [String: [Entity]] {
            var result: [String: [Entity]] = [:]
            for entity in entities {
                var seen: Set<String> = []
                for person in people(entity) where seen.insert(person.key).inserted {
                    result[person.key, default: []].append(entity)
                }
            }
            return result
        }
        let actionsBy = byPerson(facts.orderedActions, \.owners)
        let strategiesBy = byPerson(model.strategies, \.owners)
        let unitsBy = byPerson(model.units, \.coveredBy)
        view.responsibilities = model.team.map { member in
            var row = ResponsibilityView()
            row.name = member.title
            row.handle = compilation.isCustomerEdition ? nil : "@\(member.handle)"
            let actions = actionsBy[member.key] ?? []
            let strategies = strategiesBy[member.key] ?? []
            let units = unitsBy[member.key] ?? []
            row.actions = actions.map { code(of: $0).isEmpty ? $0.title : code(of: $0) }.joined(separator: ", ")
            row.strategies = strategies.map { code(of: $0).isEmpty ? $0.title : code(of: $0) }.joined(separator: ", ")
            row.units = units.map { code(of: $0).isEmpty ? $0.title : code(of: $0) }.joined(separator: ", ")
            row.count = actions.count + strategies.count + units.count
            return row
        }
        view.hasResponsibilities = !view.responsibilities.isEmpty
    }

    /// `apg.yaml` `workshop:` on the cover and agenda, a worksheet per goal and a sheet
    /// per member with work. A customer edition's model holds its selected strategies and
    /// the people by name only, so its worksheets follow the allow-list by themselves.
    private func fillWorkshop(_ view: inout PackView) {
        if let workshop = compilation.workspace.config.workshop {
            view.workshopDate = workshop.date?.iso
            view.workshopVenue = workshop.venue
            view.workshopAgenda = workshop.agenda.map { slot in
                var row = WorkshopSlotView()
                row.time = slot.time
                row.topic = slot.topic
                row.owner = slot.owner.map { compilation.isCustomerEdition ? $0 : "@\($0)" } ?? ""
                return row
            }
            view.hasWorkshopAgenda = !view.workshopAgenda.isEmpty
        }
        let blankLines = [1, 2, 3]
        view.worksheets = view.goals.map { goal in
            var sheet = GoalWorksheetView()
            sheet.code = goal.code
            sheet.title = goal.title
            sheet.metric = goal.metric
            sheet.target = goal.target
            sheet.due = goal.due
            sheet.strategies = goal.strategies
            sheet.hasStrategies = !goal.strategies.isEmpty
            sheet.blankStrategies = blankLines
            sheet.work = goal.strategies.flatMap { strategy -> [WorksheetRowView] in
                func row(_ action: ActionView) -> WorksheetRowView {
                    var row = WorksheetRowView()
                    row.strategy = strategy.code
                    row.code = action.code
                    row.title = action.title
                    row.owners = action.owners
                    row.due = action.due
                    return row
                }
                let tactics = strategy.tactics.flatMap { tactic -> [WorksheetRowView] in
                    var header = WorksheetRowView()
                    header.strategy = strategy.code
                    header.code = tactic.code
                    header.title = tactic.title
                    header.isTactic = true
                    header.owners = tactic.owners ?? ""
                    return [header] + tactic.actions.map(row)
                }
                return tactics + strategy.actions.map(row)
            }
            sheet.blankWork = blankLines
            return sheet
        }
        view.hasWorksheets = !view.worksheets.isEmpty

        struct Dated { var date: PlanDate; var row: MemberSheetRowView }
        var byMember: [String: [Dated]] = [:]
        for action in facts.orderedActions {
            var seen: Set<String> = []
            let status = action.effectiveStatus
            for owner in action.owners where seen.insert(owner.key).inserted {
                func row(_ kind: String, _ title: String) -> MemberSheetRowView {
                    var row = MemberSheetRowView()
                    row.kind = labels.label(kind)
                    row.isMilestone = kind == "milestone"
                    row.code = code(of: action)
                    row.title = title
                    row.status = labels.value("action-status", status.rawValue)
                    row.statusClass = status.rawValue
                    return row
                }
                if let due = action.due {
                    var dueRow = row("action", action.title)
                    dueRow.date = due.written
                    byMember[owner.key, default: []].append(Dated(date: due, row: dueRow))
                } else {
                    byMember[owner.key, default: []].append(Dated(date: PlanDate(year: 9999, month: 12, day: 31)!, row: row("action", action.title)))
                }
                for milestone in action.milestones {
                    var milestoneRow = row("milestone", "\(milestone.title) (\(action.title))")
                    milestoneRow.date = milestone.date.written
                    byMember[owner.key, default: []].append(Dated(date: milestone.date, row: milestoneRow))
                }
            }
        }
        view.memberSheets = model.team.compactMap { member in
            guard let dated = byMember[member.key], !dated.isEmpty else { return nil }
            var sheet = MemberSheetView()
            sheet.name = member.title
            sheet.handle = compilation.isCustomerEdition ? nil : "@\(member.handle)"
            // By date; an action without a due date last; ties keep plan order (stable sort).
            sheet.rows = dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element.row)
            return sheet
        }
        view.hasMemberSheets = !view.memberSheets.isEmpty
    }

    private func diagnostics() -> DiagnosticsView {
        var view = DiagnosticsView()
        let all = compilation.diagnostics
        view.errors = all.filter { $0.severity == .error }.count
        view.warnings = all.filter { $0.severity == .warning }.count
        view.notes = all.filter { $0.severity == .note }.count
        view.entries = all.map { diagnostic in
            var entry = DiagnosticEntryView()
            entry.severity = labels.value("severity", diagnostic.severity.rawValue)
            entry.code = diagnostic.rule.description
            entry.location = diagnostic.location.map { "\($0.file):\($0.line)" } ?? ""
            entry.message = diagnostic.message
            return entry
        }
        return view
    }
}
