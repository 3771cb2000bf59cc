import Compiler
import PlanModel

extension Compilation {
    /// The compilation as `audience` may see it: for the customer, its customer edition
    /// (`CustomerEdition`, the one allow-list). Every renderer works from this, so no
    /// output can show what another leaves out.
    public func filtered(for audience: Audience) -> Compilation {
        guard audience == .customer, !isCustomerEdition else { return self }
        return customerEdition.compilation
    }
}
