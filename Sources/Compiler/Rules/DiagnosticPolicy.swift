import Diagnostics
import PlanModel

/// Applies `apg-disable-next-line` suppressions, `apg.yaml`'s `rules:` settings and
/// `--strict` to the raw diagnostics, in that order.
///
/// - Suppressions are matched against the diagnostics as the passes produced them, so a
///   suppression is not reported unused just because `rules:` turns its rule off.
///   Any located diagnostic can be suppressed, errors included, except that a file could
///   not be read at all (`unsuppressible`): the file's content is missing from the plan,
///   and a comment must not hide that.
/// - A rule named both by code and by name in `rules:` takes the setting given by code.
/// - `strict` turns warnings into errors after the overrides; notes stay notes.
/// - The policy's own findings (`unused-suppression`, `unknown-rule`) obey `rules:` and
///   `strict` like any other, but cannot be suppressed by a comment.
public struct DiagnosticPolicy: Sendable {
    public let config: WorkspaceConfig
    public let strict: Bool
    /// Every rule a user may name; defaults to all rules apg knows.
    public let knownRules: [RuleDescriptor]

    /// Codes of the findings that mean a file is missing from the plan: invalid UTF-8,
    /// too large, unreadable.
    public static let unsuppressible: Set<String> = ["APG001", "APG002", "APG019"]

    public init(config: WorkspaceConfig, strict: Bool, knownRules: [RuleDescriptor] = RuleRegistry.allDescriptors) {
        self.config = config
        self.strict = strict
        self.knownRules = knownRules
    }

    public func apply(to diagnostics: [Diagnostic], suppressions: [String: [Suppression]]) -> [Diagnostic] {
        let known = Set(knownRules.flatMap { [$0.id.code.lowercased(), $0.id.name.lowercased()] })
        var (kept, policyFindings) = suppress(diagnostics, with: suppressions, known: known)
        policyFindings += unknownRuleSettings(known: known)
        kept += policyFindings
        return applySettings(to: kept)
    }

    /// Drops suppressed diagnostics; reports unused suppressions and unknown rule names.
    private func suppress(_ diagnostics: [Diagnostic], with suppressions: [String: [Suppression]], known: Set<String>) -> (kept: [Diagnostic], findings: [Diagnostic]) {
        struct Target: Hashable {
            var file: String
            var line: Int
        }
        // Sorted by path so the findings come out in the same order every run.
        let ordered = suppressions.keys.sorted().flatMap { path in suppressions[path, default: []] }
        var byTarget: [Target: [Int]] = [:]
        for (index, suppression) in ordered.enumerated() {
            byTarget[Target(file: suppression.location.file, line: suppression.line), default: []].append(index)
        }
        var used = ordered.map { Array(repeating: false, count: $0.rules.count) }
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            guard let location = diagnostic.location,
                  !Self.unsuppressible.contains(diagnostic.rule.code),
                  let candidates = byTarget[Target(file: location.file, line: location.line)]
            else {
                kept.append(diagnostic)
                continue
            }
            var suppressed = false
            for index in candidates {
                for (position, name) in ordered[index].rules.enumerated() where diagnostic.rule.isNamed(name) {
                    used[index][position] = true
                    suppressed = true
                }
            }
            if !suppressed { kept.append(diagnostic) }
        }

        var findings: [Diagnostic] = []
        for (index, suppression) in ordered.enumerated() {
            for (position, name) in suppression.rules.enumerated() where !used[index][position] {
                if known.contains(name.lowercased()) {
                    findings.append(PolicyRules.unusedSuppression.diagnostic(
                        Self.unusedSuppression(name, line: suppression.line),
                        at: suppression.location,
                        fix: Self.unusedSuppressionFix
                    ))
                } else {
                    findings.append(PolicyRules.unknownRule.diagnostic(
                        Self.unknownRuleInComment(name, suggestion: suggestion(for: name)),
                        at: suppression.location,
                        fix: Self.unknownRuleFix
                    ))
                }
            }
        }
        return (kept, findings)
    }

    private func unknownRuleSettings(known: Set<String>) -> [Diagnostic] {
        config.rules.keys.sorted().compactMap { name in
            known.contains(name.lowercased())
                ? nil
                : PolicyRules.unknownRule.diagnostic(
                    Self.unknownRuleInConfig(name, suggestion: suggestion(for: name)),
                    // The entry's own line when the config reader recorded it, else `rules:`.
                    at: config.keyLocations["rules.\(name)"] ?? config.keyLocations["rules"],
                    fix: Self.unknownRuleFix
                )
        }
    }

    private func suggestion(for name: String) -> String? {
        NearMiss.bestMatches(for: name, in: knownRules.flatMap { [$0.id.name, $0.id.code] }, limit: 1).first
    }

    private func applySettings(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Settings by lower-cased code or name; codes are applied last so they win.
        var settings: [String: WorkspaceConfig.RuleSetting] = [:]
        let entries = config.rules.sorted { $0.key < $1.key }
        for (name, setting) in entries where !Self.looksLikeCode(name) { settings[name.lowercased()] = setting }
        for (name, setting) in entries where Self.looksLikeCode(name) { settings[name.lowercased()] = setting }
        return diagnostics.compactMap { diagnostic in
            var diagnostic = diagnostic
            let setting = settings[diagnostic.rule.code.lowercased()] ?? settings[diagnostic.rule.name.lowercased()]
            if let setting {
                guard let severity = setting.severity else { return nil }
                diagnostic.severity = severity
            }
            if strict, diagnostic.severity == .warning { diagnostic.severity = .error }
            return diagnostic
        }
    }

    static func looksLikeCode(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasPrefix("apg") && lowered.count == 6 && lowered.dropFirst(3).allSatisfy(\.isNumber)
    }
}

extension DiagnosticPolicy {
    static func unusedSuppression(_ name: String, line: Int) -> String {
        "suppression of '\(name)' is unused: line \(line) has no such diagnostic"
    }
    static let unusedSuppressionFix = FixSuggestion("remove the rule from the apg-disable-next-line comment, or the whole comment")
    static func unknownRuleInConfig(_ name: String, suggestion: String?) -> String {
        "unknown rule '\(name)' under rules: in apg.yaml" + didYouMean(suggestion)
    }
    static func unknownRuleInComment(_ name: String, suggestion: String?) -> String {
        "unknown rule '\(name)' in apg-disable-next-line" + didYouMean(suggestion)
    }
    static let unknownRuleFix = FixSuggestion("use a rule code or name listed by `apg rules`")
    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
