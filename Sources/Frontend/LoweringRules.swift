import Diagnostics

/// OWNER: frontend-lowering helper.
public enum LoweringRules {
    public static let all: [RuleDescriptor] = []
}
