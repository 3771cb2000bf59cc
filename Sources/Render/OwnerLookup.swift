import Compiler
import Diagnostics
import PlanModel

/// The team member an `--owner` option names, in the edition being rendered.
enum OwnerLookup {
    /// `owner` is a handle (`@jweber` or `jweber`), or in a customer edition the member's
    /// name, as the build passes it. A customer edition knows the team by name only, so a
    /// handle is first turned into the name the unfiltered compilation gives it.
    static func member(_ owner: String, in visible: Compilation, of compilation: Compilation) throws -> Member {
        var handle = owner.hasPrefix("@") ? String(owner.dropFirst()) : owner
        if visible.isCustomerEdition && !compilation.isCustomerEdition {
            handle = CustomerEdition.customerNames(of: compilation.model.team)[handle.lowercased()] ?? handle
        }
        guard let member = visible.model.team.first(where: { $0.key == handle.lowercased() }) else {
            throw RenderError.unknownOwner(handle, suggestion: NearMiss.bestMatches(for: handle, in: visible.model.team.map(\.handle), limit: 1).first)
        }
        return member
    }
}
