/// A property a fuzz target checks that did not hold. The fuzz targets trap on it, so
/// that libFuzzer saves the input; the test suite expects none for every saved input.
public struct FuzzFinding: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
