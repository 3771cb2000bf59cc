import ArgumentParser
import Foundation

extension URL {
    /// The file URL of `path` exactly as given. Foundation on Linux expands a leading `~`
    /// to the home folder; a shell has already done that where the user meant it, so a
    /// `~` that reaches apg is a name (`--since '~'` must not compare with the home folder).
    init(literalPath path: String, isDirectory: Bool = true, relativeTo base: URL? = nil) {
        let literal = path.hasPrefix("~") ? "./" + path : path
        self = URL(fileURLWithPath: literal, isDirectory: isDirectory, relativeTo: base).standardizedFileURL
    }
}

extension ValidationError {
    /// An option that names a file or folder was given an empty value: `-o ""` must not
    /// mean the current folder.
    static func emptyPath(_ option: String, takes what: String) -> ValidationError {
        ValidationError("\(option) takes \(what), not an empty value")
    }
}
