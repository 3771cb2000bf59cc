import Foundation
import Mustache

/// Parsed template libraries and template checks, shared by every render of the process:
/// a build renders several outputs from the same templates, and a portfolio build renders
/// every account's, so parsing them once instead of per output was most of a small build.
/// Keyed by the template texts themselves, so a `--templates` override is its own entry.
final class TemplateCache: @unchecked Sendable {
    static let shared = TemplateCache()

    struct LibraryKey: Hashable {
        var templates: [String: String]
        var contentType: String
    }

    struct CheckKey: Hashable {
        var templates: [String: String]
        var schema: TemplateSchema
        var name: String
    }

    private let lock = NSLock()
    // Guarded by `lock`. A process renders a handful of template sets at most (the
    // built-in one, an override folder), so nothing is ever evicted.
    private var libraries: [LibraryKey: Result<MustacheLibrary, RenderError>] = [:]
    private var checks: [CheckKey: [TemplateProblem]] = [:]
    private var labelTables: [String: Result<[String: PackLabels.Entry], RenderError>] = [:]

    func library(for key: LibraryKey, parse: () -> Result<MustacheLibrary, RenderError>) -> Result<MustacheLibrary, RenderError> {
        cached(in: \.libraries, key, make: parse)
    }

    func problems(for key: CheckKey, check: () -> [TemplateProblem]) -> [TemplateProblem] {
        cached(in: \.checks, key, make: check)
    }

    /// `labels.json` decoded, by its text.
    func labelTable(for json: String, decode: () -> Result<[String: PackLabels.Entry], RenderError>) -> Result<[String: PackLabels.Entry], RenderError> {
        cached(in: \.labelTables, json, make: decode)
    }

    private func cached<Key: Hashable, Value>(in table: ReferenceWritableKeyPath<TemplateCache, [Key: Value]>, _ key: Key, make: () -> Value) -> Value {
        if let cached = lock.withLock({ self[keyPath: table][key] }) { return cached }
        // Made outside the lock: two threads may both make it once, which costs less than
        // making every other render wait.
        let made = make()
        lock.withLock { self[keyPath: table][key] = made }
        return made
    }
}
