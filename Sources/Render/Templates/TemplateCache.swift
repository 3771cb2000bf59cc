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

    func library(for key: LibraryKey, parse: () -> Result<MustacheLibrary, RenderError>) -> Result<MustacheLibrary, RenderError> {
        if let cached = lock.withLock({ libraries[key] }) { return cached }
        // Parsed outside the lock: two threads may both parse once, which costs less than
        // making every other render wait.
        let parsed = parse()
        lock.withLock { libraries[key] = parsed }
        return parsed
    }

    func problems(for key: CheckKey, check: () -> [TemplateProblem]) -> [TemplateProblem] {
        if let cached = lock.withLock({ checks[key] }) { return cached }
        let problems = check()
        lock.withLock { checks[key] = problems }
        return problems
    }
}
