import Foundation
import StatusUpdate

/// Replaces guides all at once for `fmt`, `fix` and `update` (`GuideFileWriter`: a
/// temporary file in the same folder renamed over the guide, permissions kept), and
/// removes the temporary files a killed run left before writing new ones.
enum AtomicFileWriter {
    static func replace(_ url: URL, with text: String) throws {
        do {
            try GuideFileWriter.replace(url, with: text)
        } catch {
            throw CommandFailure("cannot write '\(url.path)': \(error.localizedDescription)")
        }
    }

    /// Before a command rewrites guides: the folders of `guides` lose what a killed run
    /// left there.
    static func removeStaleTemporaryFiles(besides guides: [URL]) {
        GuideFileWriter.removeStaleTemporaryFiles(in: guides.map { $0.deletingLastPathComponent() })
    }
}
