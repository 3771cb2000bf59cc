import Foundation
import Frontend
import Render

/// Where `build` and `report` write: checked before anything is written, marked so that
/// later runs do not read its Markdown as guides, and failures told in words.
enum OutputFolder {
    /// Refuses a folder that would overwrite or be mixed with the guides, or that is a
    /// file.
    static func check(_ folder: URL, named name: String, workspaceRoot: URL) throws {
        let resolved = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let root = workspaceRoot.resolvingSymlinksInPath().standardizedFileURL.path
        if resolved == root {
            throw CommandFailure("the output folder '\(name)' is the workspace itself; nothing written: its Markdown outputs would be read as guides and could replace one. Write to a subfolder such as '--output out'")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandFailure("the output folder '\(name)' is a file; nothing written. Give --output a folder, or move the file")
        }
    }

    /// Writes the files atomically with the marker that keeps the folder out of the
    /// workspace.
    static func write(_ files: [OutputFile], to folder: URL, named name: String, what: String) throws {
        let marker = OutputFile(
            path: Workspace.outputMarkerName,
            text: "This folder holds apg's outputs; apg does not read its Markdown files as guides.\n")
        do {
            try OutputWriter.write(files + [marker], to: folder)
        } catch {
            throw CommandFailure("cannot write \(what) to '\(name)': \(describe(error)); nothing written")
        }
    }

    /// The system's words for an I/O error, without Foundation's error-domain dump.
    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? Error {
            let underlyingError = underlying as NSError
            if underlyingError.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(underlyingError.code))).lowercased()
            }
        }
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code))).lowercased()
        }
        if let posix = error as? POSIXError {
            return String(cString: strerror(posix.code.rawValue)).lowercased()
        }
        return nsError.localizedDescription
    }
}
