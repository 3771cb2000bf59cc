import Diagnostics
import PlanModel

/// A statement somewhere in a file that a unit reports to a parent: a unit defined
/// nested under another, or a reference-only item (`- #xc`) nested under a unit.
struct ParentClaim {
    /// The unit being placed, with the location of the item that places it.
    var child: Reference
    var parent: Reference?
    /// True for a reference-only item, whose target may not exist.
    var isReferenceOnly: Bool
}

/// Builds the organization tree from every file's parent claims: the first claim of a
/// unit wins, a different second claim is an error, and a cycle is reported and broken
/// so that everything that rolls up the tree terminates.
struct OrganizationLinker {
    private struct Placement {
        var parent: Reference
        var location: SourceLocation
        /// Claims are numbered in definition order; the latest one in a cycle is blamed.
        var sequence: Int
    }

    static func link(
        _ units: inout EntityTable<OrgUnit>,
        claims: [ParentClaim],
        resolver: inout ReferenceResolver,
        diagnostics: inout [Diagnostic]
    ) {
        var placements: [String: Placement] = [:]
        for (sequence, claim) in claims.enumerated() {
            var child = claim.child
            if claim.isReferenceOnly {
                child = resolver.resolve(child, as: .unit, usage: "in the organization")
                guard resolver.target(of: child, as: .unit) != nil else { continue }
            }
            guard let written = claim.parent else { continue }
            let parent = resolver.resolve(written, as: .unit, usage: "as a parent unit")
            guard resolver.target(of: parent, as: .unit) != nil else { continue }
            if let existing = placements[child.key] {
                if existing.parent.key != parent.key {
                    diagnostics.append(LinkerRules.unitParentConflict.diagnostic(
                        "unit '\(child.id)' is placed under '\(parent.id)' but already under '\(existing.parent.id)'",
                        at: claim.child.location,
                        notes: [DiagnosticNote("'\(child.id)' is placed under '\(existing.parent.id)' here", at: existing.location)],
                        fix: FixSuggestion("keep one placement; to hang local units under '\(child.id)', write '- #\(child.id)' at the top level of the list")
                    ))
                }
                continue
            }
            placements[child.key] = Placement(parent: parent, location: claim.child.location, sequence: sequence)
        }

        breakCycles(in: &placements, units: units.values, diagnostics: &diagnostics)
        units.updateAll { unit in unit.parent = placements[unit.key]?.parent }
    }

    /// Walks up from every unit once (each unit is finished at most once, so this is
    /// linear), reporting each cycle found and removing its latest claim.
    private static func breakCycles(in placements: inout [String: Placement], units: [OrgUnit], diagnostics: inout [Diagnostic]) {
        enum State { case unvisited, onPath, finished }
        var indexByKey: [String: Int] = [:]
        for (index, unit) in units.enumerated() { indexByKey[unit.key] = index }
        func parentIndex(_ index: Int) -> Int? {
            placements[units[index].key].flatMap { indexByKey[$0.parent.key] }
        }

        var state = [State](repeating: .unvisited, count: units.count)
        for start in units.indices where state[start] == .unvisited {
            var path: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == .unvisited {
                state[index] = .onPath
                path.append(index)
                current = parentIndex(index)
            }
            if let closing = current, state[closing] == .onPath, let begin = path.firstIndex(of: closing) {
                let cycle = Array(path[begin...])
                report(cycle, units: units, placements: &placements, diagnostics: &diagnostics)
            }
            for index in path { state[index] = .finished }
        }
    }

    private static func report(_ cycle: [Int], units: [OrgUnit], placements: inout [String: Placement], diagnostics: inout [Diagnostic]) {
        // Blame the claim written last: it is the one that closed the loop.
        guard let blamedPosition = cycle.indices.max(by: {
            (placements[units[cycle[$0]].key]?.sequence ?? 0) < (placements[units[cycle[$1]].key]?.sequence ?? 0)
        }) else { return }
        let ordered = Array(cycle[blamedPosition...] + cycle[..<blamedPosition])
        let blamed = units[ordered[0]]
        guard let placement = placements[blamed.key] else { return }
        let chain = (ordered + [ordered[0]]).map { units[$0].id }.joined(separator: " → ")
        let notes = ordered.dropFirst().prefix(5).compactMap { index -> DiagnosticNote? in
            let unit = units[index]
            guard let other = placements[unit.key] else { return nil }
            return DiagnosticNote("'\(unit.id)' is placed under '\(other.parent.id)' here", at: other.location)
        }
        diagnostics.append(LinkerRules.unitParentCycle.diagnostic(
            "unit '\(blamed.id)' is its own ancestor: \(chain)",
            at: placement.location,
            notes: notes,
            fix: FixSuggestion("remove one of these nestings so that the units form a tree")
        ))
        placements[blamed.key] = nil
    }
}
