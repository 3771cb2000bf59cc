import Diagnostics
import Frontend
import PlanModel

/// Every validation rule, and every descriptor apg knows (for `apg explain`, `apg rules`
/// and SARIF's rule list).
public enum RuleRegistry {
    /// The validation passes, in code order. Adding a rule: its own file in this folder,
    /// an entry here, and a test file `Tests/CompilerTests/Rules/<Rule>Tests.swift`.
    public static let rules: [any ValidationRule] = [
        TeamSize(),
        TeamCrossFunctional(),
        TeamGlobal(),
        ItemCount(),
        UnitThemes(),
        AcquiredUnitCoverage(),
        StakeholderCoverage(),
        GoalStrategy(),
        GoalAlternatives(),
        GoalSelectedStrategy(),
        GoalMetric(),
        StrategyActions(),
        ActionOwner(),
        ActionDue(),
        ActionMetric(),
        MemberResponsibility(),
        MilestoneAfterDue(),
        DateHorizon(),
        CheckboxStatus(),
        ItemAddressed(),
        StaleAction(),
        StatusHistory(),
        WorkshopOwner(),
    ]

    /// Runs every rule. Each is linear in the size of the account, so this is too.
    public static func validate(_ context: RuleContext) -> [Diagnostic] {
        rules.flatMap { $0.check(context) }
    }

    /// The validation rules' descriptors and those of the diagnostics `DiagnosticPolicy`
    /// emits itself.
    public static var validationDescriptors: [RuleDescriptor] {
        rules.map(\.descriptor) + PolicyRules.all
    }

    /// Front end, linker, synthesis and validation descriptors, by code.
    public static let allDescriptors: [RuleDescriptor] =
        (FrontendRules.all + LinkerRules.all + SynthesisRules.all + CustomerEditionRules.all + validationDescriptors).sorted { $0.id.code < $1.id.code }

    /// The descriptor a user means by a code or name, ignoring case.
    public static func descriptor(named text: String) -> RuleDescriptor? {
        allDescriptors.first { $0.id.isNamed(text) }
    }

    /// Codes and names to offer as "did you mean …?" for a misspelt rule.
    public static var allNames: [String] {
        allDescriptors.flatMap { [$0.id.name, $0.id.code] }
    }
}
