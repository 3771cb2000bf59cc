import Foundation

/// `file:` URIs and the paths they name. Documents are keyed by path, because clients
/// spell the same file's URI differently (`%3A` or `:`).
enum DocumentURI {
    /// The absolute, standardized path of a `file:` URI; nil for other schemes (`untitled:`).
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.standardizedFileURL.path
        return path.isEmpty ? nil : path
    }

    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
