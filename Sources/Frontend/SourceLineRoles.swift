/// What the front end read some of a guide's lines as, so that `apg fmt` changes only
/// what cannot change the model (lines are 1-based).
public struct SourceLineRoles: Sendable, Equatable {
    /// Lines read as an entity's `Key: value` attribute or dated history entry: the only
    /// lines whose key and date fmt may respell.
    public var attributeLines: Set<Int>
    /// Lines kept as their source text (the vision, notes, sections the vocabulary does
    /// not know), in order: fmt copies them as written, since any change, even of
    /// indentation, is a change to the text the model stores.
    public var verbatimLines: [ClosedRange<Int>]

    public init(attributeLines: Set<Int> = [], verbatimLines: [ClosedRange<Int>] = []) {
        self.attributeLines = attributeLines
        self.verbatimLines = verbatimLines
    }

    /// Every verbatim line number, for constant-time lookups.
    public var verbatimLineSet: Set<Int> {
        var lines = Set<Int>()
        for range in verbatimLines { lines.formUnion(range) }
        return lines
    }
}
