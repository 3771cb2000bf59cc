import Diagnostics

/// OWNER: front-matter helper.
public enum FrontMatterRules {
    public static let all: [RuleDescriptor] = []
}
