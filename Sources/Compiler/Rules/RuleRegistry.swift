import Diagnostics

/// Every validation rule, and every descriptor apg knows (for `apg explain`/`apg rules`).
///
/// OWNER: validation-rules helper. Placeholder until it lands.
public enum RuleRegistry {
    public static func validate(_ context: RuleContext) -> [Diagnostic] { [] }

    /// Front end, linker, synthesis and validation descriptors, by code.
    public static var allDescriptors: [RuleDescriptor] { [] }
}
