import Diagnostics

/// Finds the names a template uses that its context does not have: in variables,
/// sections and partials (looked up the way mustache does, through enclosing sections).
/// A template error stops the build rather than rendering an empty hole.
public struct TemplateChecker: Sendable {
    public let schema: TemplateSchema
    /// Template sources by name (partials included).
    public let templates: [String: String]

    public init(schema: TemplateSchema, templates: [String: String]) {
        self.schema = schema
        self.templates = templates
    }

    /// Checks `name` and every partial it reaches; problems in source order.
    public func check(_ name: String) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var active: [String] = []
        check(name, scopes: [schema.sectionScope ?? [:]], active: &active, problems: &problems)
        return problems
    }

    private func check(_ name: String, scopes: [[String: TemplateSchema]], active: inout [String], problems: inout [TemplateProblem]) {
        guard let text = templates[name] else { return }
        // A recursive partial (a tree rendered by itself) is checked once per scope.
        guard !active.contains(name) else { return }
        active.append(name)
        defer { active.removeLast() }

        var scopes = scopes
        var open: [String] = []
        for tag in TemplateTag.scan(text) {
            switch tag.kind {
            case .comment, .pragma:
                continue
            case .delimiterChange:
                problems.append(TemplateProblem(template: name, line: tag.line, tag: tag.source, message: "changing the delimiters is not supported"))
            case .unclosed:
                problems.append(TemplateProblem(template: name, line: tag.line, tag: tag.source, message: "the tag is not closed"))
            case .variable, .rawVariable:
                let shape = resolve(tag.name, in: scopes)
                if shape == nil {
                    problems.append(unknown(tag, in: name, scopes: scopes))
                } else if tag.kind == .rawVariable, shape != .trusted {
                    problems.append(TemplateProblem(template: name, line: tag.line, tag: tag.source, message: "'\(tag.name)' is text and must be escaped: write {{\(tag.name)}}; only pre-rendered fragments may use {{{…}}}"))
                }
            case .section, .invertedSection:
                let shape = resolve(tag.name, in: scopes)
                if shape == nil { problems.append(unknown(tag, in: name, scopes: scopes)) }
                open.append(tag.name)
                if tag.kind == .section, let inner = shape?.sectionScope {
                    scopes.append(inner)
                } else {
                    scopes.append([:])
                }
            case .close:
                if open.last == tag.name {
                    open.removeLast()
                    scopes.removeLast()
                } else {
                    problems.append(TemplateProblem(template: name, line: tag.line, tag: tag.source, message: "closes '\(open.last ?? "nothing")' with the wrong name"))
                }
            case .partial, .parent:
                if templates[tag.name] == nil {
                    problems.append(TemplateProblem(template: name, line: tag.line, tag: tag.source, message: "no template named '\(tag.name)'\(NearMiss.suggestion(for: tag.name, among: templates.keys))"))
                } else {
                    check(tag.name, scopes: scopes, active: &active, problems: &problems)
                }
            case .block:
                // `{{$name}}` blocks belong to the inheritance machinery, not the context.
                open.append(tag.name)
                scopes.append([:])
            }
        }
        if let unclosed = open.last {
            problems.append(TemplateProblem(template: name, line: 0, tag: "{{#\(unclosed)}}", message: "section '\(unclosed)' is never closed"))
        }
    }

    /// Looks a dotted name up the scope stack, innermost first, as mustache does.
    private func resolve(_ name: String, in scopes: [[String: TemplateSchema]]) -> TemplateSchema? {
        if name == "." { return scopes.count > 1 ? .value : nil }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        for scope in scopes.reversed() {
            guard var shape = scope[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = shape.child(part) else { return nil }
                shape = next
            }
            return shape
        }
        return nil
    }

    private func unknown(_ tag: TemplateTag, in template: String, scopes: [[String: TemplateSchema]]) -> TemplateProblem {
        let known = Set(scopes.flatMap(\.keys))
        return TemplateProblem(template: template, line: tag.line, tag: tag.source, message: "unknown name '\(tag.name)'\(NearMiss.suggestion(for: tag.name, among: known))")
    }
}

/// One thing wrong with a template.
public struct TemplateProblem: Hashable, Sendable, CustomStringConvertible {
    public var template: String
    /// 1-based; 0 when the problem is at the end of the template.
    public var line: Int
    public var tag: String
    public var message: String

    public var description: String {
        "template '\(template).mustache'\(line > 0 ? " line \(line)" : ""): \(tag): \(message)"
    }
}
