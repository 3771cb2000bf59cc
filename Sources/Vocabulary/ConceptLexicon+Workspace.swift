import Foundation

extension ConceptLexicon {
    /// The bundled concepts extended with a workspace's own (`apg.yaml`'s `concepts:`).
    /// The last extension is kept for the process: compiling the same workspace again
    /// (each revision of `apg report --history`, each save under `apg watch` or the
    /// language server) then reuses its tables and what they found, instead of
    /// rebuilding both.
    public static func bundled(extendedWith extra: [String: [String: [String]]]) -> ConceptLexicon {
        guard !extra.isEmpty else { return bundled }
        return LastExtension.shared.lexicon(for: extra) { bundled.extended(with: extra) }
    }
}

/// The most recent workspace extension of the bundled lexicon.
private final class LastExtension: @unchecked Sendable {
    static let shared = LastExtension()

    private let lock = NSLock()
    private var last: (extra: [String: [String: [String]]], lexicon: ConceptLexicon)?

    func lexicon(for extra: [String: [String: [String]]], build: () -> ConceptLexicon) -> ConceptLexicon {
        if let last = lock.withLock({ last }), last.extra == extra { return last.lexicon }
        let built = build()
        lock.withLock { last = (extra, built) }
        return built
    }
}
