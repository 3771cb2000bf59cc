import PlanModel

/// The country an action belongs to: its owner's, from the Team section (`Land: DE`),
/// not the file it is written in — a global file holds actions for every country. The
/// first owner with a country decides (the lead owner comes first); an action whose
/// owners have none falls back to its file's country or region, and is global (nil)
/// in the global file.
public struct ActionCountries: Sendable {
    private let countryOfMember: [String: String]
    private let originOfFile: [String: String]

    public init(model: AccountModel) {
        var members: [String: String] = [:]
        for member in model.team {
            if let country = member.country, members[member.key] == nil { members[member.key] = country }
        }
        countryOfMember = members
        var files: [String: String] = [:]
        for source in model.sources {
            if let origin = source.country ?? source.region, files[source.path] == nil { files[source.path] = origin }
        }
        originOfFile = files
    }

    public func country(of action: ActionItem) -> String? {
        for owner in action.owners {
            if let country = countryOfMember[owner.key] { return country }
        }
        return originOfFile[action.location.file]
    }
}
