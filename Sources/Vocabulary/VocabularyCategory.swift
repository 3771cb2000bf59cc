/// The lists of localized words. Raw values are the category names used in
/// `vocabulary.yaml` and in `apg.yaml`'s `vocabulary:`.
public enum VocabularyCategory: String, Sendable, Hashable, CaseIterable {
    case sections
    case subheadings
    case attributes
    case priority
    case itemKind = "item-kind"
    case strategyStatus = "strategy-status"
    case actionStatus = "action-status"
    case unitType = "unit-type"
    case buyingRole = "buying-role"
    case stance
    case visibility

    /// Value lists live under `values:` in the data file.
    public var isValueList: Bool {
        switch self {
        case .sections, .subheadings, .attributes: false
        default: true
        }
    }
}
