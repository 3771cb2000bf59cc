import Diagnostics

/// Every diagnostic the front end can emit, for `apg explain` and `apg rules`.
/// Codes APG001–APG019 belong to the front matter, workspace and `apg.yaml`
/// (`FrontMatterRules`), APG020–APG069 to the lowering of sections (`LoweringRules`).
public enum FrontendRules {
    public static var all: [RuleDescriptor] { FrontMatterRules.all + LoweringRules.all + LimitRules.all }
}
