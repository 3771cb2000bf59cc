import ArgumentParser
import Foundation
import Frontend
import StatusUpdate
import Vocabulary

/// `apg fmt`: rewrites guides in their normal form (see `GuideFormatter`).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Normalize guides: list markers, indentation, attribute keys in the file's language, ISO dates, {#id} form, blank lines.",
        discussion: "Keeps every word of text, comments and unknown content. Exit status 1 with --check when a file would change."
    )

    @Argument(help: "A guide, or a workspace folder (every guide in it).", completion: .file())
    var path: String = "."

    @Flag(help: "Change nothing; list the files that would change and exit 1 if any.")
    var check = false

    @Flag(help: "Change nothing; print a unified diff of what would change.")
    var diff = false

    func run() throws {
        let guides = try GuideFiles.list(path)
        let formatter = GuideFormatter(vocabulary: guides.vocabulary)
        let console = APGMain.console
        var changed: [String] = []
        if !check, !diff { AtomicFileWriter.removeStaleTemporaryFiles(besides: guides.files.map(\.url)) }
        for guide in guides.files {
            let formatted = formatter.format(guide.text)
            guard formatted != guide.text else { continue }
            changed.append(guide.displayPath)
            if diff {
                console.out(UnifiedDiff.diff(old: guide.text, new: formatted, path: guide.displayPath))
            } else if check {
                console.out(guide.displayPath + "\n")
            } else {
                try AtomicFileWriter.replace(guide.url, with: formatted)
                console.out("formatted \(guide.displayPath)\n")
            }
        }
        if check, !changed.isEmpty { throw ExitCode(1) }
    }
}

/// The guides a workspace command rewrites: one file, or every guide a workspace reads.
struct GuideFiles {
    struct Guide {
        var url: URL
        var displayPath: String
        var text: String
    }

    var files: [Guide]
    var vocabulary: Vocabulary

    static func list(_ path: String) throws -> GuideFiles {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw CommandFailure("no such file or folder: '\(path)'")
        }
        if !isFolder.boolValue {
            guard case .success(let bytes) = Workspace.readGuide(atPath: url.path), let text = String(validating: bytes, as: UTF8.self) else {
                throw CommandFailure("cannot read '\(path)' as UTF-8 text (a regular file of at most 8 MiB)")
            }
            let workspace = try? Workspace.load(root: url.deletingLastPathComponent())
            return GuideFiles(files: [Guide(url: url, displayPath: path, text: text)], vocabulary: vocabulary(workspace))
        }
        let workspace: Workspace
        do {
            workspace = try Workspace.load(root: url)
        } catch {
            throw CommandFailure("\(error)")
        }
        let guides = workspace.files.compactMap { file -> Guide? in
            // A file that is not UTF-8 is reported by `check`; it is not rewritten.
            guard let text = String(validating: file.bytes, as: UTF8.self) else { return nil }
            return Guide(url: url.appendingPathComponent(file.path), displayPath: file.path, text: text)
        }
        return GuideFiles(files: guides, vocabulary: vocabulary(workspace))
    }

    private static func vocabulary(_ workspace: Workspace?) -> Vocabulary {
        guard let extra = workspace?.config.vocabulary, !extra.isEmpty else { return .bundled }
        return Vocabulary.bundled.extended(with: extra)
    }
}
