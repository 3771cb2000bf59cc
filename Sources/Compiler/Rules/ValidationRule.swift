import Diagnostics
import PlanModel

/// One account-planning rule of the process, checked over the linked account.
///
/// Each rule is a small type in its own file: static metadata (`descriptor`) and a
/// `check` that is linear in the size of the account. Its messages live at the bottom
/// of its file.
public protocol ValidationRule: Sendable {
    static var descriptor: RuleDescriptor { get }
    func check(_ context: RuleContext) -> [Diagnostic]
}

extension ValidationRule {
    public var descriptor: RuleDescriptor { Self.descriptor }
}
